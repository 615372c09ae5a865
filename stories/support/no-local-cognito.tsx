/**
 * What the live stories (Local Cognito/…) show when this Storybook has no local Cognito to talk
 * to: what to run, and where the same screens are without one (the scripted stories).
 */
import { expect, within } from "storybook/test";
import { liveCognito } from "../demo-config";

/** The scripted stories of each journey, by the docs page that opens it. */
export const SCRIPTED_JOURNEYS: readonly (readonly [name: string, docsId: string])[] = [
  ["Drop-in", "drop-in-authenticator--docs"],
  ["Sign in", "sign-in-sign-in-screen--docs"],
  ["Sign up", "sign-up-sign-up-screen--docs"],
  ["MFA", "mfa-select-mfa-type--docs"],
  ["Recovery", "recovery-forgot-password--docs"],
  ["Account", "account-account-settings--docs"],
  ["Hosted UI", "hosted-ui-hosted-ui-buttons--docs"],
];

/**
 * The live stories' stand-in: run `npm run demo`, or use the scripted stories.
 *
 * @example
 * if (!liveCognito) return <NoLocalCognito what="Signing in for real" />;
 */
export function NoLocalCognito({ what }: { what: string }) {
  return (
    <section aria-labelledby="no-local-cognito" className="kit-no-cognito">
      <h2 id="no-local-cognito">No local Cognito</h2>
      <p>
        {what} needs the local Cognito, and this Storybook was started without one. In the repository, run{" "}
        <code>npm run demo</code>: it starts a seeded local Cognito and Storybook wired to it (the codes it sends are printed
        there and listed at <code>/_dev/messages</code>).
      </p>
      <p>Every screen and state can be seen without it, in the scripted stories:</p>
      <ul>
        {SCRIPTED_JOURNEYS.map(([name, id]) => (
          <li key={id}>
            <a href={`./?path=/docs/${id}`} target="_top">{name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * For a live story's play: true (after checking the stand-in is shown) when there is no local
 * Cognito and none is expected, as in a static build or `npm run storybook`. In `npm test` one is
 * expected (.storybook/vitest-setup.ts), so a missing one still fails the story.
 */
export async function showsNoLocalCognito(canvasElement: HTMLElement): Promise<boolean> {
  if (liveCognito || (globalThis as { __CRK_EXPECT_LIVE_COGNITO__?: boolean }).__CRK_EXPECT_LIVE_COGNITO__) return false;
  const canvas = within(canvasElement);
  await expect(await canvas.findByRole("heading", { name: "No local Cognito" })).toBeVisible();
  await expect(canvas.getByText("npm run demo")).toBeVisible();
  await expect(canvas.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "./?path=/docs/sign-in-sign-in-screen--docs");
  return true;
}
