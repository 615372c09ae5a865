import { useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { createCognitoAuth } from "../src/index";
import { AccountSettings, Authenticator, HostedUiButtons } from "../src/ui/index";
import { hostedUi } from "../src/oauth/index";
import { liveCognito } from "./demo-config";

/**
 * Real flows against the local Cognito that `npm run demo` starts: sign up, confirm, sign in
 * with SRP, TOTP / SMS / email MFA, MFA set-up, new password, reset, profile. Codes are printed
 * by `npm run demo` and listed at <endpoint>/_dev/messages; seeded users are in the Demo story.
 */
function LiveAuthenticator({ pool }: { pool: "main" | "mfaRequired" }) {
  const [auth] = useState(() => {
    if (!liveCognito) return null;
    const ids = pool === "main" ? liveCognito : liveCognito.mfaRequiredPool;
    return createCognitoAuth({
      userPoolId: ids.userPoolId, userPoolClientId: ids.userPoolClientId, endpoint: liveCognito.endpoint,
      storage: "localStorage", totpIssuer: "cognito-react-kit demo",
    });
  });
  if (!auth) return <p>No local Cognito: run <code>npm run demo</code> to try real flows here.</p>;
  return (
    <Authenticator auth={auth} signUpAttributes={["email", "name"]}>
      {() => <AccountSettings methods={["TOTP", "SMS", "EMAIL"]} />}
    </Authenticator>
  );
}

const meta = {
  title: "Live/Local Cognito",
  component: LiveAuthenticator,
  parameters: { layout: "padded" },
} satisfies Meta<typeof LiveAuthenticator>;

export default meta;

/** The demo pool: every seeded scenario except MFA set-up. */
export const Authenticator_: StoryObj<typeof meta> = { name: "Authenticator", args: { pool: "main" } };

/** The pool that requires MFA: sign in as demo-mfa-setup to set up TOTP from the QR code. */
export const MfaRequiredPool: StoryObj<typeof meta> = { args: { pool: "mfaRequired" } };

/**
 * The hosted UI (code + PKCE) against the local Cognito: "Continue with the hosted UI" leaves for
 * the local hosted page; after signing in there you land back here signed in.
 */
function LiveHostedUi() {
  const [setup] = useState(() => {
    if (!liveCognito) return null;
    const auth = createCognitoAuth({
      userPoolId: liveCognito.userPoolId, userPoolClientId: liveCognito.userPoolClientId, endpoint: liveCognito.endpoint, storage: "localStorage",
    });
    const back = `${location.origin}/iframe.html?id=live-local-cognito--hosted-ui&viewMode=story`;
    return { auth, hosted: hostedUi(auth, { domain: liveCognito.endpoint, redirectSignIn: back, redirectSignOut: back }) };
  });
  if (!setup) return <p>No local Cognito: run <code>npm run demo</code> to try the hosted UI here.</p>;
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

export const HostedUi: StoryObj<typeof meta> = { name: "Hosted UI", args: { pool: "main" }, render: () => <LiveHostedUi /> };
