/**
 * Choice-based sign-in on the scripted transport (a unit: what the commands send and which step
 * follows; the flows against the local Cognito are test/ui/passwordless-live.test.tsx).
 */
import { describe, expect, it } from "vitest";
import { createCognitoAuth, memoryStorage, type AuthState, type CognitoAuth } from "../../src/index";
import { choiceSignIn, passwordlessOf, type ChoiceSignInOptions } from "../../src/passwordless/index";
import { scriptedTransport, settle, signedIn, type Script } from "../../src/testing/index";

const SESSION = "scripted-session";
const SELECT = (...available: string[]) => ({ ChallengeName: "SELECT_CHALLENGE", AvailableChallenges: available, ChallengeParameters: {}, Session: SESSION });
const EMAIL_OTP = { ChallengeName: "EMAIL_OTP", ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "a***@e***.com", USERNAME: "ana-sub" }, Session: SESSION };
const SMS_OTP = { ChallengeName: "SMS_OTP", ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0101", USERNAME: "ana-sub" }, Session: SESSION };
const VERIFIER = { ChallengeName: "PASSWORD_VERIFIER", ChallengeParameters: { SALT: "a1b2c3d4", SRP_B: "5".repeat(768), SECRET_BLOCK: btoa("block"), USER_ID_FOR_SRP: "ana-sub" }, Session: SESSION };
const MFA_SETUP = (...names: string[]) => ({ ChallengeName: "MFA_SETUP", ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify(names) }, Session: SESSION });

async function machine(script: Script, options: ChoiceSignInOptions = { methods: ["EMAIL_OTP", "SMS_OTP", "PASSWORD"] }, authFlow?: "USER_PASSWORD_AUTH") {
  const transport = scriptedTransport({ latency: 0, ...script });
  const auth = createCognitoAuth({
    userPoolId: "eu-west-1_Unit", userPoolClientId: `unit-${Math.random().toString(36).slice(2)}`, storage: memoryStorage(), locks: null,
    transport, addOns: [choiceSignIn(options)], ...(authFlow ? { authFlow } : {}),
  });
  await settle(auth, (s) => s.step !== "restoring");
  return { auth, transport, pl: passwordlessOf(auth) };
}

const body = (request: { input: Record<string, unknown> } | undefined) => request?.input as Record<string, Record<string, string> | string>;
const snapshotHolds = (auth: CognitoAuth, ...secrets: string[]) => secrets.filter((s) => JSON.stringify(auth.getSnapshot()).includes(s));

describe("choiceSignIn: username first, then the method", () => {
  it("with no preference, USER_AUTH carries only the username; SELECT_CHALLENGE becomes the methods the account has AND the app offers, in the app's order", async () => {
    const { auth, transport, pl } = await machine({ operations: { InitiateAuth: SELECT("WEB_AUTHN", "PASSWORD_SRP", "PASSWORD", "EMAIL_OTP") } });
    await pl.signIn({ username: "ana@example.com" });
    expect(body(transport.sent("InitiateAuth")[0])).toEqual({ AuthFlow: "USER_AUTH", ClientId: expect.any(String), AuthParameters: { USERNAME: "ana@example.com" } });
    const state = auth.getSnapshot() as Extract<AuthState, { step: "selectChallenge" }>;
    expect(state).toMatchObject({ step: "selectChallenge", methods: ["EMAIL_OTP", "PASSWORD"], username: "ana@example.com", status: "idle" });
    expect(snapshotHolds(auth, SESSION)).toEqual([]);
  });

  it("an email code: SELECT_CHALLENGE answered EMAIL_OTP, the code as EMAIL_OTP_CODE with the Session; signed in", async () => {
    const { auth, transport, pl } = await machine({
      operations: { InitiateAuth: SELECT("EMAIL_OTP", "PASSWORD_SRP") },
      challenges: { SELECT_CHALLENGE: EMAIL_OTP, EMAIL_OTP: signedIn() },
    });
    await pl.signIn({ username: "ana@example.com" });
    await pl.selectChallenge({ method: "EMAIL_OTP" });
    expect(body(transport.sent("RespondToAuthChallenge")[0])).toMatchObject({ ChallengeName: "SELECT_CHALLENGE", ChallengeResponses: { USERNAME: "ana@example.com", ANSWER: "EMAIL_OTP" }, Session: SESSION });
    expect(auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "EMAIL", destination: "a***@e***.com", firstFactor: true, username: "ana@example.com" });
    await auth.confirmSignIn({ code: "123456" });
    expect(body(transport.sent("RespondToAuthChallenge")[1])).toMatchObject({ ChallengeName: "EMAIL_OTP", ChallengeResponses: { USERNAME: "ana-sub", EMAIL_OTP_CODE: "123456" }, Session: SESSION });
    expect(auth.getSnapshot().step).toBe("signedIn");
  });

  it("an SMS code asked for at once (preferred): PREFERRED_CHALLENGE SMS_OTP, the code as SMS_OTP_CODE", async () => {
    const { auth, transport, pl } = await machine({ operations: { InitiateAuth: SMS_OTP }, challenges: { SMS_OTP: signedIn() } }, { methods: ["SMS_OTP", "EMAIL_OTP"], preferred: "SMS_OTP" });
    await pl.signIn({ username: "+15555550101" });
    expect(body(transport.sent("InitiateAuth")[0])!.AuthParameters).toEqual({ USERNAME: "+15555550101", PREFERRED_CHALLENGE: "SMS_OTP" });
    expect(auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "SMS", destination: "+*******0101", firstFactor: true });
    await auth.confirmSignIn({ code: "654321" });
    expect(body(transport.sent("RespondToAuthChallenge")[0])).toMatchObject({ ChallengeName: "SMS_OTP", ChallengeResponses: { SMS_OTP_CODE: "654321" } });
    expect(auth.getSnapshot().step).toBe("signedIn");
  });

  it("a password goes by SRP: PASSWORD_SRP with SRP_A, then the verifier's proof; the password is in no request", async () => {
    const { auth, transport, pl } = await machine({ operations: { InitiateAuth: VERIFIER } });
    await pl.signIn({ username: "ana", method: "PASSWORD", password: "Correct-Horse-1!" });
    const initiate = body(transport.sent("InitiateAuth")[0])!.AuthParameters as Record<string, string>;
    expect(initiate).toMatchObject({ USERNAME: "ana", PREFERRED_CHALLENGE: "PASSWORD_SRP", SRP_A: expect.stringMatching(/^[0-9a-f]+$/) });
    const verifier = body(transport.sent("RespondToAuthChallenge")[0])!;
    expect(verifier).toMatchObject({ ChallengeName: "PASSWORD_VERIFIER", ChallengeResponses: { USERNAME: "ana-sub", PASSWORD_CLAIM_SIGNATURE: expect.any(String) } });
    expect(JSON.stringify(transport.requests)).not.toContain("Correct-Horse-1!");
    expect(auth.getSnapshot().step).toBe("signedIn");
  });

  it("MFA after a password stays MFA: its code screen offers no new sign-in code (an email MFA code is EMAIL_OTP too)", async () => {
    for (const mfa of [EMAIL_OTP, { ChallengeName: "SMS_MFA", ChallengeParameters: { CODE_DELIVERY_DESTINATION: "+*******0101" }, Session: SESSION }]) {
      const { auth, pl } = await machine({ operations: { InitiateAuth: VERIFIER }, afterPassword: mfa });
      await pl.signIn({ username: "ana", method: "PASSWORD", password: "Correct-Horse-1!" });
      const state = auth.getSnapshot();
      expect(state).toMatchObject({ step: "confirmSignIn", status: "idle" });
      expect(state, mfa.ChallengeName).not.toHaveProperty("firstFactor");
      await pl.resendCode();
      expect(auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", status: "error", error: { code: "SignInMethodUnavailable" } });
    }
  });

  it("the password chosen at SELECT_CHALLENGE: ANSWER PASSWORD_SRP with SRP_A, then the proof", async () => {
    const { auth, transport, pl } = await machine({ operations: { InitiateAuth: SELECT("PASSWORD_SRP", "EMAIL_OTP") }, challenges: { SELECT_CHALLENGE: VERIFIER } });
    await pl.signIn({ username: "ana" });
    await pl.selectChallenge({ method: "PASSWORD", password: "Correct-Horse-1!" });
    expect(body(transport.sent("RespondToAuthChallenge")[0])!.ChallengeResponses).toMatchObject({ ANSWER: "PASSWORD_SRP", SRP_A: expect.any(String) });
    expect(JSON.stringify(transport.requests)).not.toContain("Correct-Horse-1!");
    expect(auth.getSnapshot().step).toBe("signedIn");
  });

  it("only under the explicit USER_PASSWORD_AUTH opt-in does the password itself go (PREFERRED_CHALLENGE PASSWORD)", async () => {
    const { auth, transport, pl } = await machine({ operations: { InitiateAuth: signedIn() } }, undefined, "USER_PASSWORD_AUTH");
    await pl.signIn({ username: "ana", method: "PASSWORD", password: "Correct-Horse-1!" });
    expect(body(transport.sent("InitiateAuth")[0])!.AuthParameters).toEqual({ USERNAME: "ana", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Correct-Horse-1!" });
    expect(auth.getSnapshot().step).toBe("signedIn");
  });

  it("a method the app does not offer fails without a request; an account with none of the app's methods says so", async () => {
    const { auth, transport, pl } = await machine({ operations: { InitiateAuth: SELECT("WEB_AUTHN") } }, { methods: ["EMAIL_OTP"] });
    await pl.signIn({ username: "ana", method: "SMS_OTP" });
    expect(auth.getSnapshot()).toMatchObject({ step: "signIn", status: "error", error: { code: "SignInMethodUnavailable", messageId: "error.SignInMethodUnavailable" } });
    expect(transport.requests).toHaveLength(0);
    await pl.signIn({ username: "ana", method: undefined });
    // EMAIL_OTP alone is the app's pick: asked for directly; Cognito offered only a passkey.
    expect(body(transport.sent("InitiateAuth")[0])!.AuthParameters).toMatchObject({ PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(auth.getSnapshot()).toMatchObject({ step: "signIn", status: "error", error: { code: "NoSignInMethod" } });
  });

  it("a method the user picked that Cognito does not honour (it answers with the choice) says so; the app's preferred falls back to the choice", async () => {
    const picked = await machine({ operations: { InitiateAuth: SELECT("PASSWORD_SRP") } });
    await picked.pl.signIn({ username: "ana", method: "EMAIL_OTP" });
    expect(picked.auth.getSnapshot()).toMatchObject({ step: "signIn", status: "error", error: { code: "SignInMethodUnavailable", messageId: "error.SignInMethodUnavailable" } });
    const preferred = await machine({ operations: { InitiateAuth: SELECT("PASSWORD_SRP") } }, { methods: ["EMAIL_OTP", "PASSWORD"], preferred: "EMAIL_OTP" });
    await preferred.pl.signIn({ username: "ana" });
    expect(preferred.auth.getSnapshot()).toMatchObject({ step: "selectChallenge", methods: ["PASSWORD"], status: "idle" });
  });

  it("a factor the pool refuses (InvalidParameterException) reads 'not available', Cognito's name kept as the code", async () => {
    const { auth, pl } = await machine({ operations: { InitiateAuth: SELECT("EMAIL_OTP", "SMS_OTP") }, challenges: { SELECT_CHALLENGE: { error: "InvalidParameterException" } } });
    await pl.signIn({ username: "ana" });
    await pl.selectChallenge({ method: "SMS_OTP" });
    expect(auth.getSnapshot()).toMatchObject({ step: "selectChallenge", status: "error", error: { code: "InvalidParameterException", messageId: "error.SignInMethodUnavailable" } });
  });

  it("a new code: a new USER_AUTH for the same method; 'another way' goes back to the choice", async () => {
    const { auth, transport, pl } = await machine({ operations: { InitiateAuth: EMAIL_OTP } }, { methods: ["EMAIL_OTP", "PASSWORD"], preferred: "EMAIL_OTP" });
    await pl.signIn({ username: "ana@example.com" });
    await pl.resendCode();
    expect(transport.sent("InitiateAuth").map((r) => body(r)!.AuthParameters)).toEqual([
      { USERNAME: "ana@example.com", PREFERRED_CHALLENGE: "EMAIL_OTP" }, { USERNAME: "ana@example.com", PREFERRED_CHALLENGE: "EMAIL_OTP" },
    ]);
    expect(auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", firstFactor: true, status: "idle" });
  });

  it("an expired Session at the choice: back to sign-in, saying so", async () => {
    const { auth, pl } = await machine({ operations: { InitiateAuth: SELECT("EMAIL_OTP") }, challenges: { SELECT_CHALLENGE: { error: "NotAuthorizedException" } } });
    await pl.signIn({ username: "ana" });
    await pl.selectChallenge({ method: "EMAIL_OTP" });
    expect(auth.getSnapshot()).toMatchObject({ step: "signIn", username: "ana", error: { messageId: "error.SessionExpired" } });
  });

  it("rejects options that cannot work", () => {
    expect(() => choiceSignIn({ methods: [] })).toThrow(TypeError);
    expect(() => choiceSignIn({ methods: ["EMAIL_OTP", "FAX" as "EMAIL_OTP"] })).toThrow(/FAX/);
    expect(() => choiceSignIn({ methods: ["EMAIL_OTP"], preferred: "PASSWORD" })).toThrow(/preferred/);
    expect(choiceSignIn({ methods: ["EMAIL_OTP"] }).options.passwordlessSignUp).toBe(true);
    expect(choiceSignIn({ methods: ["EMAIL_OTP", "PASSWORD"] }).options.passwordlessSignUp).toBe(false);
  });
});

describe("a passkey chosen", () => {
  it("WEB_AUTHN becomes the webAuthn step (the ceremony is cognito-react-kit/passkeys'); its request options are not in the snapshot", async () => {
    const WEB_AUTHN = { ChallengeName: "WEB_AUTHN", ChallengeParameters: { USERNAME: "ana-sub", CREDENTIAL_REQUEST_OPTIONS: '{"challenge":"c2VjcmV0"}' }, Session: SESSION };
    const { auth, transport, pl } = await machine({ operations: { InitiateAuth: SELECT("WEB_AUTHN", "EMAIL_OTP") }, challenges: { SELECT_CHALLENGE: WEB_AUTHN } }, { methods: ["WEB_AUTHN", "EMAIL_OTP"] });
    await pl.signIn({ username: "ana" });
    expect(auth.getSnapshot()).toMatchObject({ methods: ["WEB_AUTHN", "EMAIL_OTP"] });
    await pl.selectChallenge({ method: "WEB_AUTHN" });
    expect(body(transport.sent("RespondToAuthChallenge")[0])!.ChallengeResponses).toMatchObject({ ANSWER: "WEB_AUTHN" });
    expect(auth.getSnapshot()).toMatchObject({ step: "webAuthn", username: "ana", status: "idle" });
    expect(snapshotHolds(auth, SESSION, "c2VjcmV0")).toEqual([]);
  });
});

describe("passwordless sign-up, then signed in without a password", () => {
  it("SignUp with no Password; ConfirmSignUp with SignUp's Session; USER_AUTH with the Session it returns → signed in", async () => {
    const { auth, transport, pl } = await machine({
      operations: {
        SignUp: { UserConfirmed: false, UserSub: "sub-1", Session: "signup-session", CodeDeliveryDetails: { DeliveryMedium: "EMAIL", Destination: "a***@e***.com" } },
        ConfirmSignUp: { Session: "confirm-session" },
        InitiateAuth: signedIn(),
      },
    });
    auth.navigate("signUp");
    await pl.signUp({ username: "ana@example.com", attributes: { email: "ana@example.com" } });
    expect(body(transport.sent("SignUp")[0])).not.toHaveProperty("Password");
    expect(auth.getSnapshot()).toMatchObject({ step: "confirmSignUp", delivery: { destination: "a***@e***.com" } });
    expect(snapshotHolds(auth, "signup-session")).toEqual([]);
    await pl.confirmSignUp({ code: "123456" });
    expect(body(transport.sent("ConfirmSignUp")[0])).toMatchObject({ Username: "ana@example.com", ConfirmationCode: "123456", Session: "signup-session" });
    expect(body(transport.sent("InitiateAuth")[0])).toMatchObject({ AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "ana@example.com" }, Session: "confirm-session" });
    expect(auth.getSnapshot().step).toBe("signedIn");
  });

  it("no Session back from ConfirmSignUp: the user picks a method (USER_AUTH naming it)", async () => {
    const { auth, transport, pl } = await machine({ operations: { SignUp: { UserConfirmed: false, UserSub: "s" }, ConfirmSignUp: {}, InitiateAuth: EMAIL_OTP } });
    auth.navigate("signUp");
    await pl.signUp({ username: "ana@example.com" });
    await pl.confirmSignUp({ code: "123456" });
    expect(auth.getSnapshot()).toMatchObject({ step: "selectChallenge", methods: ["EMAIL_OTP", "SMS_OTP", "PASSWORD"] });
    await pl.selectChallenge({ method: "EMAIL_OTP" });
    expect(body(transport.sent("InitiateAuth")[0])!.AuthParameters).toEqual({ USERNAME: "ana@example.com", PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "EMAIL", firstFactor: true });
  });
});

describe("email MFA set-up", () => {
  it("MFA_SETUP offering email: choose email, give the address (MFA_SETUP with EMAIL), then the code (EMAIL_OTP_CODE)", async () => {
    const { auth, transport, pl } = await machine({
      operations: { InitiateAuth: VERIFIER },
      afterPassword: MFA_SETUP("SOFTWARE_TOKEN_MFA", "EMAIL_OTP"),
      challenges: { MFA_SETUP: EMAIL_OTP, EMAIL_OTP: signedIn() },
    });
    await pl.signIn({ username: "ana", method: "PASSWORD", password: "Correct-Horse-1!" });
    expect(auth.getSnapshot()).toMatchObject({ step: "selectMfaSetup", methods: ["TOTP", "EMAIL"] });
    await pl.selectMfaSetup({ method: "EMAIL" });
    expect(auth.getSnapshot().step).toBe("setupEmailMfa");
    expect(transport.sent("AssociateSoftwareToken")).toHaveLength(0);
    await pl.setupEmailMfa({ email: "ana@example.com" });
    expect(body(transport.sent("RespondToAuthChallenge")[1])).toMatchObject({ ChallengeName: "MFA_SETUP", ChallengeResponses: { EMAIL: "ana@example.com" }, Session: SESSION });
    const code = auth.getSnapshot();
    expect(code).toMatchObject({ step: "confirmSignIn", method: "EMAIL" });
    expect(code).not.toHaveProperty("firstFactor");
    await auth.confirmSignIn({ code: "123456" });
    expect(body(transport.sent("RespondToAuthChallenge")[2])).toMatchObject({ ChallengeName: "EMAIL_OTP", ChallengeResponses: { EMAIL_OTP_CODE: "123456" } });
    expect(auth.getSnapshot().step).toBe("signedIn");
  });

  it("the authenticator app chosen instead: the stock TOTP set-up (its secret fetched)", async () => {
    const { auth, transport, pl } = await machine({
      operations: { InitiateAuth: VERIFIER, AssociateSoftwareToken: { SecretCode: "JBSWY3DPEHPK3PXP", Session: "s2" } },
      afterPassword: MFA_SETUP("SOFTWARE_TOKEN_MFA", "EMAIL_OTP"),
    });
    await pl.signIn({ username: "ana", method: "PASSWORD", password: "Correct-Horse-1!" });
    await pl.selectMfaSetup({ method: "TOTP" });
    await settle(auth, (s) => s.status !== "pending");
    expect(auth.getSnapshot()).toMatchObject({ step: "setupTotp", secret: "JBSWY3DPEHPK3PXP" });
    expect(transport.sent("AssociateSoftwareToken")).toHaveLength(1);
  });

  it("email the only method to set up: straight to the address", async () => {
    const { auth, pl } = await machine({ operations: { InitiateAuth: VERIFIER }, afterPassword: MFA_SETUP("EMAIL_OTP") });
    await pl.signIn({ username: "ana", method: "PASSWORD", password: "Correct-Horse-1!" });
    expect(auth.getSnapshot().step).toBe("setupEmailMfa");
  });
});
