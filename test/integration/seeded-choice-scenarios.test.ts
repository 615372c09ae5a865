/**
 * The demo preset's choice-based sign-in pools, as the run's global set-up seeded them: each
 * scenario signs in the way its README row says, over HTTP. The seeded users are shared by every
 * test file, so nothing here changes them (MFA set-up is shown, not finished).
 */
import { describe, expect, it } from "vitest";
import { cognitoCall, describeDemo } from "cognito-react-kit-local";
import { latestCode, stackConfig } from "../support/dev-api";
import { choiceUser } from "../support/choice-users";
import { refusal, wire } from "../support/user-auth-wire";

const config = stackConfig();
const api = wire(config.endpoint);

describe("the passwordless pool", () => {
  it("a user with only an email is offered the email code alone, and signs in with it", async () => {
    const user = choiceUser("otpEmailOnly");
    const client = user.pool.userPoolClientId;
    const select = await api.userAuth(client, { USERNAME: user.username });
    expect(select.AvailableChallenges).toEqual(["EMAIL_OTP"]);
    const since = Date.now();
    const challenge = await api.respond(client, "SELECT_CHALLENGE", select.Session, { USERNAME: user.username, ANSWER: "EMAIL_OTP" });
    const code = await latestCode(config.endpoint, user.username, since, "EMAIL");
    expect((await api.respond(client, "EMAIL_OTP", challenge.Session, { USERNAME: user.username, EMAIL_OTP_CODE: code })).AuthenticationResult).toBeTruthy();
  });

  it("a user with a phone gets the SMS code too", async () => {
    const user = choiceUser("otpPhone");
    const client = user.pool.userPoolClientId;
    const since = Date.now();
    const challenge = await api.userAuth(client, { USERNAME: user.username, PREFERRED_CHALLENGE: "SMS_OTP" });
    expect(challenge.ChallengeParameters).toMatchObject({ CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: `+*******${user.phone!.slice(-4)}` });
    const code = await latestCode(config.endpoint, user.username, since, "SMS");
    expect((await api.respond(client, "SMS_OTP", challenge.Session, { USERNAME: user.username, SMS_OTP_CODE: code })).AuthenticationResult).toBeTruthy();
  });

  it("a user with a password chooses among code and password, by email alias too", async () => {
    const user = choiceUser("choice");
    const select = await api.userAuth(user.pool.userPoolClientId, { USERNAME: user.email });
    expect(select.AvailableChallenges).toEqual(["EMAIL_OTP", "PASSWORD", "PASSWORD_SRP"]);
    const tokens = await api.respond(user.pool.userPoolClientId, "SELECT_CHALLENGE", select.Session, { USERNAME: user.username, ANSWER: "PASSWORD", PASSWORD: user.password! });
    expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("the pool's settings: sign-in policy and relying party", async () => {
    const { userPoolId } = config.passwordlessPool;
    const mfa = await cognitoCall<{ WebAuthnConfiguration: object }>(config.endpoint, "GetUserPoolMfaConfig", { UserPoolId: userPoolId });
    expect(mfa.WebAuthnConfiguration).toEqual({ RelyingPartyId: "localhost", UserVerification: "preferred" });
    // The main demo client has no ALLOW_USER_AUTH: choice-based sign-in is refused there.
    expect((await refusal(api.userAuth(config.userPoolClientId, { USERNAME: "demo-confirmed" }))).message).toBe("USER_AUTH flow not enabled for this client");
  });
});

describe("the email-MFA-required pool", () => {
  it("offers email MFA in MFA_SETUP after the password", async () => {
    const user = choiceUser("emailMfaSetup");
    const setup = await api.userAuth(user.pool.userPoolClientId, { USERNAME: user.username, PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: user.password! });
    expect(setup.ChallengeName).toBe("MFA_SETUP");
    expect(JSON.parse(setup.ChallengeParameters!.MFAS_CAN_SETUP!)).toEqual(["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]);
  });

  it("is listed in the demo summary with every choice-based user", () => {
    const text = describeDemo(config);
    for (const user of [...config.passwordlessPool.users, ...config.emailMfaRequiredPool.users]) expect(text).toContain(user.username);
    expect(text).toMatch(/demo-otp-email +otp-email@example.com +\(passwordless\)/);
  });
});
