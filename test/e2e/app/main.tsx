/**
 * The page the end-to-end tests drive: the drop-in <Authenticator> with account settings, as an
 * app would ship it, configured from a JSON block the server writes into the page.
 */
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { createCognitoAuth } from "../../../src/index";
import { AccountSettings, Authenticator, HostedUiButtons } from "../../../src/ui/index";
import { hostedUi } from "../../../src/oauth/index";
import { AwsPanel, identityFor } from "./aws-panel";
import { PasskeyPrompt, passkeys, PasskeySettings } from "../../../src/ui/passkeys/index";
import { DeviceSettings, rememberDevices } from "../../../src/devices/ui/index";
import { choiceSignIn } from "../../../src/ui/passwordless/index";

interface PageConfig {
  endpoint: string;
  pools: Record<string, { userPoolId: string; userPoolClientId: string }>;
  identityPools?: Record<string, string>;
}

const config = JSON.parse(document.getElementById("config")!.textContent!) as PageConfig;
const poolName = new URLSearchParams(location.search).get("pool") ?? "main";
const pool = config.pools[poolName]!;
/** ?pool=passkeys: the passkeys add-on and its screens (a pool with WEB_AUTHN allowed, relying party "localhost"). */
const withPasskeys = poolName === "passkeys";
/** ?pool=devices: the pool that remembers devices on the user's say, with the devices add-on and its UI. */
const devices = poolName === "devices";
/** ?pool=passkeys&choice: choice-based sign-in too (username first, then a passkey, an email code or the password). */
const choice = withPasskeys && new URLSearchParams(location.search).has("choice");
const addOns = withPasskeys ? [...(choice ? [choiceSignIn({ methods: ["WEB_AUTHN", "EMAIL_OTP", "PASSWORD"] })] : []), passkeys()]
  : devices ? [rememberDevices()] : null;
const auth = createCognitoAuth({ ...pool, endpoint: config.endpoint, storage: "localStorage", totpIssuer: "e2e", ...(addOns ? { addOns } : {}) });
/** ?pool=hosted: the app client registered for the hosted UI, which comes back to this very URL. */
const back = `${location.origin}/?pool=hosted`;
const hosted = poolName === "hosted" ? hostedUi(auth, { domain: config.endpoint, redirectSignIn: back, redirectSignOut: back }) : null;
// Tests read the machine for the few checks no person could make by looking (token races).
(window as unknown as { auth: typeof auth }).auth = auth;
const aws = identityFor(auth, config.endpoint, config.identityPools);

/** The signed-in app: no request on its own; account settings load only when opened. */
function Home({ name, signOut }: { name: string; signOut: () => void }) {
  const [account, setAccount] = useState(false);
  return (
    <main>
      <h1>Welcome, {name}</h1>
      {withPasskeys && <PasskeyPrompt />}
      <button type="button" onClick={() => setAccount(!account)}>Account settings</button>{" "}
      <button type="button" onClick={signOut}>Sign out</button>
      {account && <AccountSettings methods={["TOTP", "SMS", "EMAIL"]} />}
      {account && withPasskeys && <PasskeySettings />}
      {account && devices && <DeviceSettings />}
    </main>
  );
}

// Home's "Sign out" is the plain one, for a hosted-UI session too: the kit visits its /logout by itself.
createRoot(document.getElementById("root")!).render(<>
  {aws && <AwsPanel aws={aws} endpoint={config.endpoint} />}
  <Authenticator auth={auth} signUpAttributes={["email", "name"]} slots={hosted ? { signIn: { footer: <HostedUiButtons hosted={hosted} /> } } : {}}>
    {({ user, signOut }) => <Home name={user.email ?? user.username} signOut={signOut} />}
  </Authenticator>
</>);
