/**
 * The passkeys add-on and its commands on the machine, over a scripted Cognito, with the browser's
 * WebAuthn API stood in for (Node has none): what goes on the wire, where each outcome leaves the
 * machine, and that the challenge's options, Session and assertion never enter the snapshot.
 * (The real ceremony runs in Chromium: test/e2e/passkeys.test.ts.)
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createCognitoAuth, memoryStorage, type AuthState } from "../../src/index";
import { scriptedTransport, settle, signedIn, type Script } from "../../src/testing/index";
import { passkeys, passkeySignInOf, signedInWithPasskey } from "../../src/passkeys/index";

const OPTIONS = JSON.stringify({ challenge: "Y2hhbGxlbmdl", rpId: "localhost", allowCredentials: [{ type: "public-key", id: "Y3JlZA" }], userVerification: "preferred" });
const WEB_AUTHN = { ChallengeName: "WEB_AUTHN", ChallengeParameters: { USERNAME: "ana", CREDENTIAL_REQUEST_OPTIONS: OPTIONS }, Session: "secret-session-1" };
const ASSERTION = { id: "Y3JlZA", rawId: "Y3JlZA", type: "public-key", response: { clientDataJSON: "e30", authenticatorData: "AQID", signature: "c2ln" }, clientExtensionResults: {} };

/** The browser's WebAuthn: `get` resolves a credential whose toJSON is ASSERTION, or rejects as told. */
function browserWebAuthn(get: () => Promise<unknown>) {
  const calls: CredentialRequestOptions[] = [];
  vi.stubGlobal("PublicKeyCredential", function PublicKeyCredential() {});
  vi.stubGlobal("navigator", { credentials: { get: (o: CredentialRequestOptions) => (calls.push(o), get()) } });
  return calls;
}
afterEach(() => vi.unstubAllGlobals());

async function machine(script: Script) {
  const transport = scriptedTransport({ latency: 0, ...script });
  const auth = createCognitoAuth({ userPoolId: "eu-west-1_Test", userPoolClientId: `c${Math.random()}`, storage: memoryStorage(), locks: null, transport, addOns: [passkeys()] });
  await settle(auth, (s) => s.step !== "restoring");
  const seen: AuthState[] = [];
  auth.subscribe(() => seen.push(auth.getSnapshot()));
  return { auth, transport, seen };
}

const leaks = (states: AuthState[]) => JSON.stringify(states).match(/secret-session|Y2hhbGxlbmdl|c2ln|CREDENTIAL/g);

describe("passkey sign-in", () => {
  it("from the sign-in step: USER_AUTH preferring WEB_AUTHN, then the assertion; two requests, nothing secret in the snapshot", async () => {
    const calls = browserWebAuthn(async () => ({ toJSON: () => ASSERTION }));
    const { auth, transport, seen } = await machine({ operations: { InitiateAuth: WEB_AUTHN }, challenges: { WEB_AUTHN: signedIn({ username: "ana" }) } as Script["challenges"] });
    await passkeySignInOf(auth).signIn({ username: "ana" });
    expect(auth.getSnapshot().step).toBe("signedIn");
    expect(transport.requests.map((r) => r.operation)).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
    expect(transport.requests[0]!.input).toMatchObject({ AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "ana", PREFERRED_CHALLENGE: "WEB_AUTHN" } });
    expect(transport.requests[0]!.input.AuthParameters).not.toHaveProperty("PASSWORD");
    expect(transport.requests[1]!.input).toEqual({
      ClientId: expect.any(String), ChallengeName: "WEB_AUTHN", Session: "secret-session-1",
      ChallengeResponses: { USERNAME: "ana", CREDENTIAL: JSON.stringify(ASSERTION) },
    });
    // The browser got Cognito's options as binary (the fallback's conversion): challenge and allowed credential.
    expect([...new Uint8Array(calls[0]!.publicKey!.challenge as Uint8Array)]).toEqual([...Buffer.from("challenge")]);
    expect(calls[0]!.publicKey!.rpId).toBe("localhost");
    expect(leaks(seen)).toBeNull();
    expect(signedInWithPasskey()).toBe(true);
  });

  it("a cancelled prompt lands on the webAuthn step with the reason; a retry reuses Cognito's challenge", async () => {
    let cancel = true;
    browserWebAuthn(async () => {
      if (cancel) throw new DOMException("The operation either timed out or was not allowed.", "NotAllowedError");
      return { toJSON: () => ASSERTION };
    });
    const { auth, transport, seen } = await machine({ operations: { InitiateAuth: WEB_AUTHN } });
    await passkeySignInOf(auth).signIn({ username: "ana" });
    expect(auth.getSnapshot()).toMatchObject({ step: "webAuthn", username: "ana", status: "error", error: { code: "PasskeyCancelled", messageId: "error.PasskeyCancelled" } });
    cancel = false;
    await passkeySignInOf(auth).retry();
    expect(auth.getSnapshot().step).toBe("signedIn");
    expect(transport.requests.map((r) => r.operation)).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
    expect(leaks(seen)).toBeNull();
  });

  it("a passkey Cognito refuses: 'not recognised' on the webAuthn step; the retry asks for a new challenge", async () => {
    browserWebAuthn(async () => ({ toJSON: () => ASSERTION }));
    const { auth, transport } = await machine({ operations: { InitiateAuth: WEB_AUTHN }, challenges: { WEB_AUTHN: { error: "NotAuthorizedException" } } as Script["challenges"] });
    await passkeySignInOf(auth).signIn({ username: "ana" });
    expect(auth.getSnapshot()).toMatchObject({ step: "webAuthn", status: "error", error: { code: "PasskeyNotRecognized" } });
    await passkeySignInOf(auth).retry();
    expect(transport.requests.map((r) => r.operation)).toEqual(["InitiateAuth", "RespondToAuthChallenge", "InitiateAuth", "RespondToAuthChallenge"]);
  });

  it("no passkey for the user (Cognito offers a choice instead), or no WebAuthn in the browser: said on the webAuthn step", async () => {
    browserWebAuthn(async () => ({ toJSON: () => ASSERTION }));
    const select = { ChallengeName: "SELECT_CHALLENGE", AvailableChallenges: ["PASSWORD", "PASSWORD_SRP"], ChallengeParameters: { USERNAME: "ana" }, Session: "s" };
    const none = await machine({ operations: { InitiateAuth: select } });
    await passkeySignInOf(none.auth).signIn({ username: "ana" });
    expect(none.auth.getSnapshot()).toMatchObject({ step: "webAuthn", error: { code: "PasskeyNone" } });
    vi.unstubAllGlobals();
    const unsupported = await machine({ operations: { InitiateAuth: WEB_AUTHN } });
    await passkeySignInOf(unsupported.auth).signIn({ username: "ana" });
    expect(unsupported.auth.getSnapshot()).toMatchObject({ step: "webAuthn", error: { code: "PasskeyUnsupported" } });
  });

  it("passkeys not enabled for the pool; other failures go the machine's usual way", async () => {
    const off = await machine({ operations: { InitiateAuth: { error: "WebAuthnNotEnabledException" } } as Script["operations"] });
    await passkeySignInOf(off.auth).signIn({ username: "ana" });
    expect(off.auth.getSnapshot()).toMatchObject({ step: "webAuthn", error: { code: "PasskeysNotEnabled" } });
    const unconfirmed = await machine({ operations: { InitiateAuth: { error: "UserNotConfirmedException" } } as Script["operations"] });
    await passkeySignInOf(unconfirmed.auth).signIn({ username: "ana" });
    expect(unconfirmed.auth.getSnapshot().step).toBe("confirmSignUp");
  });
});
