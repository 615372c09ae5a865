import { useEffect, useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { liveCognito } from "./demo-config";
import { NoLocalCognito, showsNoLocalCognito } from "./support/no-local-cognito";

/** What the demo's local Cognito holds: the seeded users to try each screen with. */
function LocalCognitoStatus() {
  const [health, setHealth] = useState<"checking" | "up" | "down">("checking");
  useEffect(() => {
    if (!liveCognito) return;
    fetch(`${liveCognito.endpoint}/health`).then((r) => setHealth(r.ok ? "up" : "down"), () => setHealth("down"));
  }, []);
  if (!liveCognito) return <NoLocalCognito what="This list of seeded users" />;
  const users = [...liveCognito.users, ...liveCognito.mfaRequiredPool.users];
  return (
    <section aria-labelledby="local-cognito-heading">
      <h1 id="local-cognito-heading">Local Cognito</h1>
      <p>
        {liveCognito.endpoint} — <strong>{health}</strong> · pool {liveCognito.userPoolId} · client {liveCognito.userPoolClientId}
      </p>
      <table>
        <caption>Seeded users</caption>
        <thead>
          <tr><th scope="col">Scenario</th><th scope="col">Username</th><th scope="col">Email alias</th><th scope="col">Password</th></tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.username}><td>{u.scenario}</td><td>{u.username}</td><td>{u.email}</td><td><code>{u.password}</code></td></tr>
          ))}
        </tbody>
      </table>
      <p>
        Codes sent by email or SMS: <a href={`${liveCognito.endpoint}/_dev/messages`}>{liveCognito.endpoint}/_dev/messages</a>
      </p>
    </section>
  );
}

const meta = {
  title: "Local Cognito/Seeded users",
  component: LocalCognitoStatus,
} satisfies Meta<typeof LocalCognitoStatus>;

export default meta;

/** The stack answers its health check ("up") and lists every seeded user of both pools. */
export const Status: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    if (await showsNoLocalCognito(canvasElement)) return;
    const canvas = within(canvasElement);
    await expect(liveCognito, "a local Cognito: npm run demo, or npm test's own").not.toBeNull();
    await expect(await canvas.findByText("up", { selector: "strong" }, { timeout: 10_000 })).toBeVisible();
    const users = [...(liveCognito?.users ?? []), ...(liveCognito?.mfaRequiredPool.users ?? [])];
    const rows = within(canvas.getByRole("table", { name: "Seeded users" })).getAllByRole("row").slice(1);
    await expect(rows.map((r) => r.firstChild?.textContent)).toEqual(users.map((u) => u.scenario));
    await expect(users.length).toBeGreaterThan(5);
  },
};
