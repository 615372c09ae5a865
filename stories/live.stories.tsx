import { useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { createCognitoAuth, type StorageOption } from "../src/index";
import { AccountSettings, Authenticator, HostedUiButtons, type AuthUIOptions } from "../src/ui/index";
import { hostedUi } from "../src/oauth/index";
import { liveCognito } from "./demo-config";
import { NoLocalCognito, showsNoLocalCognito } from "./support/no-local-cognito";

/**
 * Real flows against the local Cognito that `npm run demo` starts: sign up, confirm, sign in
 * with SRP, TOTP / SMS / email MFA, MFA set-up, new password, reset, profile. Codes are printed
 * by `npm run demo` and listed at <endpoint>/_dev/messages; seeded users are in Local
 * Cognito/Seeded users. Without a local Cognito, it says what to run and links the scripted stories.
 */
function LiveAuthenticator({ pool, storage = "localStorage", ui }: { pool: "main" | "mfaRequired"; storage?: StorageOption; ui?: AuthUIOptions }) {
  const [auth] = useState(() => {
    if (!liveCognito) return null;
    const ids = pool === "main" ? liveCognito : liveCognito.mfaRequiredPool;
    return createCognitoAuth({
      userPoolId: ids.userPoolId, userPoolClientId: ids.userPoolClientId, endpoint: liveCognito.endpoint,
      storage, totpIssuer: "cognito-react-kit demo",
    });
  });
  if (!auth) return <NoLocalCognito what="Signing in for real" />;
  return (
    <Authenticator {...ui} auth={auth} signUpAttributes={["email", "name"]}>
      {() => <AccountSettings methods={["TOTP", "SMS", "EMAIL"]} />}
    </Authenticator>
  );
}

const meta = {
  title: "Local Cognito/Live flows",
  // Kept from the former title: the seeded hosted-UI client's callback is this id's story.
  id: "live-local-cognito",
  component: LiveAuthenticator,
  parameters: { layout: "padded" },
  // The toolbar's theme, language and direction reach the live screens too.
  render: (args, { parameters }) => <LiveAuthenticator {...args} ui={parameters.ui} />,
  argTypes: { ui: { table: { disable: true } } },
} satisfies Meta<typeof LiveAuthenticator>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The live machine's first screen (or, after an earlier visit, the signed-in account), not the fallback. */
const rendersLive: Story["play"] = async ({ canvasElement }) => {
  if (await showsNoLocalCognito(canvasElement)) return;
  const canvas = within(canvasElement);
  await expect(liveCognito, "a local Cognito: npm run demo, or npm test's own").not.toBeNull();
  await waitFor(() => expect(canvas.queryByRole("heading", { level: 2, name: "Sign in" }) ?? canvas.queryByRole("heading", { level: 1, name: "Your account" })).toBeVisible());
  await expect(canvas.queryByText(/No local Cognito/)).toBeNull();
};

const seeded = (scenario: string) => {
  const user = [...(liveCognito?.users ?? []), ...(liveCognito?.mfaRequiredPool.users ?? [])].find((u) => u.scenario === scenario);
  if (!user) throw new Error(`No seeded ${scenario} user`);
  return user;
};

const signInAs = async (canvasElement: HTMLElement, scenario: string) => {
  const canvas = within(canvasElement);
  const user = seeded(scenario);
  await userEvent.type(await canvas.findByLabelText("Username or email"), user.username);
  await userEvent.type(canvas.getByLabelText("Password"), user.password);
  await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
  return { canvas, user };
};

/** The demo pool: every seeded scenario except MFA set-up. */
export const Authenticator_: Story = { name: "Main pool", args: { pool: "main" }, play: rendersLive };

/** The pool that requires MFA: sign in as demo-mfa-setup to set up TOTP from the QR code. */
export const MfaRequiredPool: Story = { args: { pool: "mfaRequired" }, play: rendersLive };

/**
 * A real SRP sign-in against the local Cognito (this tab only): the seeded confirmed user, then
 * the account page, whose profile comes from Cognito with the access token just issued.
 */
export const SignedInWithSrp: Story = {
  args: { pool: "main", storage: "memory" },
  play: async ({ canvasElement }) => {
    if (await showsNoLocalCognito(canvasElement)) return;
    const { canvas, user } = await signInAs(canvasElement, "confirmed");
    await expect(await canvas.findByRole("heading", { level: 1, name: "Your account" }, { timeout: 10_000 })).toBeVisible();
    await expect(await canvas.findByLabelText("Email", {}, { timeout: 10_000 })).toHaveValue(user.email);
  },
};

/** A wrong password against the local Cognito: Cognito's NotAuthorized, shown on the sign-in screen. */
export const WrongPasswordLive: Story = {
  args: { pool: "main", storage: "memory" },
  play: async ({ canvasElement }) => {
    if (await showsNoLocalCognito(canvasElement)) return;
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText("Username or email"), seeded("confirmed").username);
    await userEvent.type(canvas.getByLabelText("Password"), "Not-The-Password-1!");
    await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
    await expect(await canvas.findByText("Incorrect username or password.", {}, { timeout: 10_000 })).toBeVisible();
  },
};

/** The MFA-required pool signs demo-mfa-setup in to TOTP set-up: a QR code for the secret Cognito issued. */
export const MfaSetupLive: Story = {
  args: { pool: "mfaRequired", storage: "memory" },
  play: async ({ canvasElement }) => {
    if (await showsNoLocalCognito(canvasElement)) return;
    const { canvas, user } = await signInAs(canvasElement, "mfaSetup");
    const qr = await canvas.findByRole("img", { name: `QR code for adding ${user.username} to an authenticator app` }, { timeout: 10_000 });
    await expect(qr).toBeVisible();
    await expect(canvas.getByTestId("totp-secret").textContent?.replace(/\s/g, "")).toMatch(/^[A-Z2-7]{16,}$/);
  },
};

/**
 * The hosted UI (code + PKCE) against the local Cognito: "Continue with the hosted UI" leaves for
 * the local hosted page; after signing in there you land back here signed in.
 */
function LiveHostedUi({ navigate }: { navigate?: (url: string) => void }) {
  const [setup] = useState(() => {
    if (!liveCognito) return null;
    const auth = createCognitoAuth({
      userPoolId: liveCognito.userPoolId, userPoolClientId: liveCognito.userPoolClientId, endpoint: liveCognito.endpoint, storage: "localStorage",
    });
    const back = `${location.origin}/iframe.html?id=live-local-cognito--hosted-ui&viewMode=story`;
    return { auth, hosted: hostedUi(auth, { domain: liveCognito.endpoint, redirectSignIn: back, redirectSignOut: back }, navigate ? { navigate } : {}) };
  });
  if (!setup) return <NoLocalCognito what="The hosted UI round trip" />;
  return (
    <Authenticator auth={setup.auth} slots={{ signIn: { footer: <HostedUiButtons hosted={setup.hosted} /> } }}>
      {({ user }) => (
        <div className="crk-root">
          <p>Signed in as {user.email ?? user.username} (through the hosted UI or the form).</p>
          <button type="button" className="crk-button" onClick={() => void setup.hosted.signOut()}>Sign out</button>
        </div>
      )}
    </Authenticator>
  );
}

export const HostedUi: Story = {
  name: "Hosted UI round trip",
  args: { pool: "main" },
  render: () => <LiveHostedUi />,
  play: async ({ canvasElement }) => {
    if (await showsNoLocalCognito(canvasElement)) return;
    await expect(await within(canvasElement).findByRole("button", { name: "Continue with the hosted UI" })).toBeVisible();
  },
};

/** The hosted-UI button leaves for the local Cognito's /oauth2/authorize: this client, code + PKCE S256, back to this page. */
const leftFor = fn();
export const HostedUiLeaves: Story = {
  args: { pool: "main" },
  render: () => <LiveHostedUi navigate={leftFor} />,
  play: async ({ canvasElement }) => {
    if (await showsNoLocalCognito(canvasElement)) return;
    leftFor.mockClear();
    await userEvent.click(await within(canvasElement).findByRole("button", { name: "Continue with the hosted UI" }));
    await waitFor(() => expect(leftFor).toHaveBeenCalledTimes(1));
    const url = new URL(String(leftFor.mock.calls[0]?.[0]));
    await expect(`${url.origin}${url.pathname}`).toBe(`${liveCognito?.endpoint}/oauth2/authorize`);
    await expect(url.searchParams.get("client_id")).toBe(liveCognito?.userPoolClientId);
    await expect(url.searchParams.get("response_type")).toBe("code");
    await expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    await expect(url.searchParams.get("redirect_uri")).toContain("id=live-local-cognito--hosted-ui");
  },
};
