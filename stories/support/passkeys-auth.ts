/**
 * Machines for the passkey stories: the `passkeys()` add-on on a scripted Cognito (no real
 * ceremony: steps are reached through Cognito's answers, failures through the add-on's typed errors).
 */
import { createCognitoAuth, memoryStorage, type AuthState, type CognitoAuth } from "../../src/index";
import { fails, scriptedTransport, settle, signedIn, TEST_USER, type Script } from "../../src/testing/index";
import { passkeyError, type PasskeyErrorCode } from "../../src/passkeys/index";
import { passkeys } from "../../src/ui/passkeys/index";
import type { Loaded } from "./loaders";

/** Cognito's WEB_AUTHN challenge, as USER_AUTH (or SELECT_CHALLENGE's answer) gives it. */
export const WEB_AUTHN = {
  ChallengeName: "WEB_AUTHN",
  ChallengeParameters: {
    USERNAME: TEST_USER.username,
    CREDENTIAL_REQUEST_OPTIONS: JSON.stringify({ challenge: "c3Rvcnk", rpId: "localhost", allowCredentials: [], userVerification: "preferred" }),
  },
  Session: "scripted-web-authn-session",
};

/** Two passkeys, as ListWebAuthnCredentials describes them. */
export const TWO_PASSKEYS = [
  { CredentialId: "cred-1", FriendlyCredentialName: "iCloud Keychain", RelyingPartyId: "example.com", AuthenticatorAttachment: "platform", AuthenticatorTransports: ["internal", "hybrid"], CreatedAt: 1767268800 },
  { CredentialId: "cred-2", FriendlyCredentialName: "Security key", RelyingPartyId: "example.com", AuthenticatorAttachment: "cross-platform", AuthenticatorTransports: ["usb"], CreatedAt: 1779062400 },
];

/** A machine with the passkeys add-on (and its screens) on `script`; `list`: the user's passkeys, removable. */
export async function passkeyAuth(script: Script = {}, setup?: (auth: CognitoAuth) => unknown, until?: (s: AuthState) => boolean, list = TWO_PASSKEYS): Promise<CognitoAuth> {
  const scripted = scriptedTransport(script);
  let credentials = [...list];
  const transport = {
    ...scripted,
    async send(operation: string, input: object) {
      if (operation === "ListWebAuthnCredentials" && !script.operations?.ListWebAuthnCredentials) {
        await scripted.send(operation, input);
        return { Credentials: credentials };
      }
      const answer = await scripted.send(operation, input);
      if (operation === "DeleteWebAuthnCredential") credentials = credentials.filter((c) => c.CredentialId !== (input as { CredentialId: string }).CredentialId);
      return answer;
    },
  };
  const auth = createCognitoAuth({
    userPoolId: "eu-west-1_Scripted", userPoolClientId: `passkeys-${Math.random().toString(36).slice(2)}`, storage: memoryStorage(), locks: null, transport, addOns: [passkeys()],
  });
  await settle(auth, (s) => s.step !== "restoring");
  if (setup) {
    void setup(auth);
    await settle(auth, until ?? ((s) => s.status !== "pending"));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return auth;
}

/** `loaders`: the machine at the `webAuthn` step (reached after a password, as a select-challenge answer would), with `failure` shown. */
export const atWebAuthn = (failure?: PasskeyErrorCode | "pending") => [
  async (): Promise<Loaded> => ({
    auth: await passkeyAuth({ afterPassword: WEB_AUTHN }, async (auth) => {
      await auth.signIn(TEST_USER);
      if (failure === "pending") void auth.answer("webAuthn", () => new Promise(() => undefined));
      else if (failure) await auth.answer("webAuthn", () => Promise.reject(passkeyError(failure)));
    }, (s) => s.step === "webAuthn" && (failure === "pending" ? s.status === "pending" : failure ? s.status === "error" : s.status === "idle")),
  }),
];

/** `loaders`: signed in, with these passkeys (and `script` for the passkey operations). */
export const signedInWithPasskeys = (list = TWO_PASSKEYS, script: Script = {}) => [
  async (): Promise<Loaded> => ({
    auth: await passkeyAuth({ afterPassword: signedIn({ username: "ana", email: "ana@example.com" }), ...script }, (auth) => auth.signIn(TEST_USER), (s) => s.step === "signedIn", list),
  }),
];

export { fails };
