/**
 * The local Cognito's passwordless sign-up and email MFA set-up over HTTP: SignUp with no
 * password where the sign-in policy allows it, ConfirmSignUp's Session and InitiateAuth USER_AUTH
 * with it (once, within 3 minutes), MFA_SETUP offering EMAIL_OTP in a pool that requires MFA and
 * enables email MFA, the pool MFA config's email and WebAuthn settings, and the config checks.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { start, validateConfig, type LocalCognitoConfig, type LocalCognitoServer } from "cognito-react-kit-local";
import { refusal, wire } from "../support/user-auth-wire";

const CONFIG: LocalCognitoConfig = {
  pools: [{
    name: "passwordless",
    allowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"],
    webAuthn: { relyingPartyId: "localhost" },
    clients: [{ name: "web", authFlows: ["USER_AUTH", "USER_SRP_AUTH", "REFRESH_TOKEN_AUTH"] }],
  }, {
    name: "passwords",
    clients: [{ name: "web", authFlows: ["USER_AUTH", "USER_SRP_AUTH", "REFRESH_TOKEN_AUTH"] }],
  }, {
    name: "email-mfa-required",
    mfa: "ON",
    emailMfa: true,
    clients: [{ name: "web", authFlows: ["USER_AUTH", "USER_SRP_AUTH", "REFRESH_TOKEN_AUTH"] }],
    users: [
      { username: "mo", email: "mo@example.com", password: "Mo-Password-1!" },
      { username: "max", email: "max@example.com", password: "Max-Password-1!" },
    ],
  }, {
    name: "totp-mfa-required",
    mfa: "ON",
    clients: [{ name: "web", authFlows: ["USER_AUTH", "REFRESH_TOKEN_AUTH"] }],
    users: [{ username: "tia", email: "tia@example.com", password: "Tia-Password-1!" }],
  }],
};

let cognito: LocalCognitoServer;
let api: ReturnType<typeof wire>;
const client = (pool: string) => cognito.pools[pool]!.clients.web!;

beforeAll(async () => {
  cognito = await start({ config: CONFIG });
  api = wire(cognito.url);
}, 30_000);
afterAll(() => cognito?.stop());
afterEach(() => vi.useRealTimers());

async function signUpAndConfirm(pool: string, username: string) {
  const signedUp = await api.call<{ UserConfirmed: boolean; CodeDeliveryDetails: { Destination: string } }>("SignUp", {
    ClientId: client(pool), Username: username, UserAttributes: [{ Name: "email", Value: `${username}@example.com` }],
  });
  expect(signedUp.UserConfirmed).toBe(false);
  const confirmed = await api.call<{ Session?: string }>("ConfirmSignUp", { ClientId: client(pool), Username: username, ConfirmationCode: cognito.latestCode(username)! });
  return confirmed.Session;
}

describe("passwordless sign-up, then signed in with ConfirmSignUp's Session", () => {
  it("SignUp with no Password is accepted; the Session signs in with no password and no second code, once", async () => {
    const session = await signUpAndConfirm("passwordless", "newbie");
    expect(session).toBeTruthy();
    const sentBefore = cognito.messages.length;
    const tokens = await api.userAuth(client("passwordless"), { USERNAME: "newbie" }, { Session: session });
    expect(tokens.AuthenticationResult?.IdToken).toBeTruthy();
    expect(cognito.messages.length).toBe(sentBefore);
    expect(await refusal(api.userAuth(client("passwordless"), { USERNAME: "newbie" }, { Session: session })))
      .toEqual({ code: "NotAuthorizedException", message: "Invalid session for the user, session can only be used once." });
    // The new user signs in later with an email code only: there is no password to offer.
    const select = await api.userAuth(client("passwordless"), { USERNAME: "newbie" });
    expect(select.AvailableChallenges).toEqual(["EMAIL_OTP"]);
    // Signed in, the user's factors say the same (GetUserAuthFactors), e.g. to offer a passkey.
    const factors = await api.call("GetUserAuthFactors", { AccessToken: tokens.AuthenticationResult!.AccessToken });
    expect(factors).toEqual({ Username: "newbie", ConfiguredUserAuthFactors: ["EMAIL_OTP"] });
    expect((await refusal(api.call("GetUserAuthFactors", { AccessToken: "not.a.token" }))).code).toBe("NotAuthorizedException");
  });

  it("a blank Password counts as none: no password factor is offered; unconfirmed, the code factor says so", async () => {
    await api.call("SignUp", { ClientId: client("passwordless"), Username: "blank", Password: "", UserAttributes: [{ Name: "email", Value: "blank@example.com" }] });
    const user = await api.call<{ UserStatus: string }>("AdminGetUser", { UserPoolId: cognito.pools.passwordless!.userPoolId, Username: "blank" });
    expect(user.UserStatus).toBe("UNCONFIRMED");
    expect(await api.userAuth(client("passwordless"), { USERNAME: "blank", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "x" }))
      .toMatchObject({ ChallengeName: "SELECT_CHALLENGE", AvailableChallenges: ["EMAIL_OTP"] });
    // Not confirmed yet: the code factor says so (the app then shows sign-up confirmation).
    expect(await refusal(api.userAuth(client("passwordless"), { USERNAME: "blank", PREFERRED_CHALLENGE: "EMAIL_OTP" })))
      .toEqual({ code: "UserNotConfirmedException", message: "User is not confirmed." });
  });

  it("the Session is refused for another user, on another client's pool, and after 3 minutes", async () => {
    const session = await signUpAndConfirm("passwordless", "late");
    await signUpAndConfirm("passwordless", "other");
    expect(await refusal(api.userAuth(client("passwordless"), { USERNAME: "other" }, { Session: session })))
      .toEqual({ code: "NotAuthorizedException", message: "Invalid session for the user." });
    expect((await refusal(api.userAuth(client("passwords"), { USERNAME: "late" }, { Session: session }))).code).toBe("NotAuthorizedException");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3 * 60_000 + 1_000 });
    expect(await refusal(api.userAuth(client("passwordless"), { USERNAME: "late" }, { Session: session })))
      .toEqual({ code: "NotAuthorizedException", message: "Invalid session for the user, session is expired." });
  });

  it("a sign-up with a password gets a Session too, and it signs in the same way", async () => {
    await api.call("SignUp", { ClientId: client("passwords"), Username: "pam", Password: "Pam-Password-1!", UserAttributes: [{ Name: "email", Value: "pam@example.com" }] });
    const { Session } = await api.call<{ Session: string }>("ConfirmSignUp", { ClientId: client("passwords"), Username: "pam", ConfirmationCode: cognito.latestCode("pam")! });
    expect((await api.userAuth(client("passwords"), { USERNAME: "pam" }, { Session })).AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("a pool whose sign-in policy allows no code factor requires the password", async () => {
    const refused = await refusal(api.call("SignUp", { ClientId: client("passwords"), Username: "nopass", UserAttributes: [{ Name: "email", Value: "nopass@example.com" }] }));
    expect(refused.code).toBe("InvalidParameterException");
    expect(refused.message).toMatch(/Password is required.*passwordless/);
    expect((await refusal(api.call("AdminGetUser", { UserPoolId: cognito.pools.passwords!.userPoolId, Username: "nopass" }))).code).toBe("UserNotFoundException");
  });
});

describe("MFA_SETUP offering email MFA", () => {
  it("lists EMAIL_OTP; the address answer sends a code there; the code enables email MFA and signs in", async () => {
    const setup = await api.userAuth(client("email-mfa-required"), { USERNAME: "mo", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Mo-Password-1!" });
    expect(setup.ChallengeName).toBe("MFA_SETUP");
    expect(JSON.parse(setup.ChallengeParameters!.MFAS_CAN_SETUP!)).toEqual(["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]);
    const challenge = await api.respond(client("email-mfa-required"), "MFA_SETUP", setup.Session, { USERNAME: "mo", EMAIL: "mo.work@example.com" });
    expect(challenge).toMatchObject({ ChallengeName: "EMAIL_OTP", ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "m***@e***.com" } });
    const code = cognito.latestCode("mo.work@example.com")!;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    expect((await refusal(api.respond(client("email-mfa-required"), "EMAIL_OTP", challenge.Session, { USERNAME: "mo", EMAIL_OTP_CODE: wrong }))).code).toBe("CodeMismatchException");
    const tokens = await api.respond(client("email-mfa-required"), "EMAIL_OTP", challenge.Session, { USERNAME: "mo", EMAIL_OTP_CODE: code });
    expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();
    const user = await api.call<{ UserMFASettingList: string[]; PreferredMfaSetting: string; UserAttributes: { Name: string; Value: string }[] }>(
      "GetUser", { AccessToken: tokens.AuthenticationResult!.AccessToken });
    expect(user.UserMFASettingList).toEqual(["EMAIL_OTP"]);
    expect(user.PreferredMfaSetting).toBe("EMAIL_OTP");
    expect(user.UserAttributes).toEqual(expect.arrayContaining([{ Name: "email", Value: "mo.work@example.com" }, { Name: "email_verified", Value: "true" }]));
    // From now on the password is followed by an emailed code to the new address.
    const mfa = await api.userAuth(client("email-mfa-required"), { USERNAME: "mo", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Mo-Password-1!" });
    expect(mfa.ChallengeName).toBe("EMAIL_OTP");
    const again = await api.respond(client("email-mfa-required"), "EMAIL_OTP", mfa.Session, { USERNAME: "mo", EMAIL_OTP_CODE: cognito.latestCode("mo")! });
    expect(again.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("refuses a malformed address, a session not from MFA_SETUP, and email set-up where the pool has no email MFA", async () => {
    const setup = await api.userAuth(client("email-mfa-required"), { USERNAME: "max", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Max-Password-1!" });
    expect((await refusal(api.respond(client("email-mfa-required"), "MFA_SETUP", setup.Session, { USERNAME: "max", EMAIL: "not-an-address" }))).code).toBe("InvalidParameterException");
    const select = await api.userAuth(client("email-mfa-required"), { USERNAME: "max" });
    expect((await refusal(api.respond(client("email-mfa-required"), "MFA_SETUP", select.Session, { USERNAME: "max", EMAIL: "max@example.com" }))).code).toBe("NotAuthorizedException");
    const totpOnly = await api.userAuth(client("totp-mfa-required"), { USERNAME: "tia", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Tia-Password-1!" });
    expect(JSON.parse(totpOnly.ChallengeParameters!.MFAS_CAN_SETUP!)).toEqual(["SOFTWARE_TOKEN_MFA"]);
    const refused = await refusal(api.respond(client("totp-mfa-required"), "MFA_SETUP", totpOnly.Session, { USERNAME: "tia", EMAIL: "tia@example.com" }));
    expect(refused).toMatchObject({ code: "InvalidParameterException", message: expect.stringMatching(/Email MFA is not enabled/) });
  });
});

describe("pool settings", () => {
  it("GetUserPoolMfaConfig shows the email MFA and WebAuthn settings; a bad relying party id is refused", async () => {
    const passwordless = await api.call<{ WebAuthnConfiguration?: object; EmailMfaConfiguration?: object }>("GetUserPoolMfaConfig", { UserPoolId: cognito.pools.passwordless!.userPoolId });
    expect(passwordless.WebAuthnConfiguration).toEqual({ RelyingPartyId: "localhost", UserVerification: "preferred" });
    const email = await api.call<{ MfaConfiguration: string; EmailMfaConfiguration?: object }>("GetUserPoolMfaConfig", { UserPoolId: cognito.pools["email-mfa-required"]!.userPoolId });
    expect(email).toMatchObject({ MfaConfiguration: "ON", EmailMfaConfiguration: { Subject: expect.any(String) } });
    const described = await api.call<{ UserPool: { Policies: { SignInPolicy: object } } }>("DescribeUserPool", { UserPoolId: cognito.pools.passwordless!.userPoolId });
    expect(described.UserPool.Policies.SignInPolicy).toEqual({ AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"] });
    expect((await refusal(api.call("SetUserPoolMfaConfig", { UserPoolId: cognito.pools.passwords!.userPoolId, WebAuthnConfiguration: { RelyingPartyId: "https://example.com/" } }))).code)
      .toBe("InvalidParameterException");
  });

  it("the config refuses a sign-in policy without PASSWORD and a passwordless user where the pool needs passwords", () => {
    expect(() => validateConfig({ pools: [{ name: "a", allowedFirstAuthFactors: ["EMAIL_OTP"], clients: [{ name: "w" }] }] })).toThrow(/must include "PASSWORD"/);
    expect(() => validateConfig({ pools: [{ name: "a", clients: [{ name: "w" }], users: [{ username: "u", email: "u@example.com" }] }] })).toThrow(/users\[0\] has no password/);
    expect(() => validateConfig({ pools: [{ name: "a", allowedFirstAuthFactors: ["PASSWORD", "SMS_OTP"], clients: [{ name: "w" }], users: [{ username: "u" }] }] })).toThrow(/no email or phone/);
    expect(() => validateConfig({ pools: [{ name: "a", webAuthn: { relyingPartyId: "x", rp: 1 }, clients: [{ name: "w" }] }] })).toThrow(/webAuthn\.rp is not a setting/);
    expect(() => validateConfig(CONFIG)).not.toThrow();
  });
});
