/**
 * Each seeded user reaches its expected first challenge or error through SRP sign-in, and the
 * challenge can be completed the way a person would (codes from /_dev, TOTP from the secret).
 */
import { describe, expect, it } from "vitest";
import {
  answerMfa, completeNewPassword, referenceUser, selectMfaType, setUpTotp, srpSignIn,
} from "../support/reference-client";
import { cognitoCall } from "cognito-react-kit-local";
import { freshUser, latestCode, stackConfig, totpNow as totp, userFor, wrongCode } from "../support/dev-api";

const config = stackConfig();

function signIn(scenario: string) {
  const user = userFor(scenario);
  const pool = user.scenario === "mfaSetup" ? config.mfaRequiredPool : config;
  const cognitoUser = referenceUser(pool, config.endpoint, user.username);
  return { user, cognitoUser, first: srpSignIn(cognitoUser, user.username, user.password) };
}

describe("seeded scenarios, signed in with SRP", () => {
  it("confirmed: tokens straight away", async () => {
    expect((await signIn("confirmed").first).kind).toBe("success");
  });

  it("totpMfa: SOFTWARE_TOKEN_MFA, answered with a code from the seeded secret", async () => {
    const { user, cognitoUser, first } = signIn("totpMfa");
    expect(await first).toMatchObject({ kind: "totpRequired", challengeName: "SOFTWARE_TOKEN_MFA" });
    expect(user.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await answerMfa(cognitoUser, wrongCode(totp(user.totpSecret!)), "SOFTWARE_TOKEN_MFA"))
      .toMatchObject({ kind: "failure", code: "CodeMismatchException" });
    // The wrong code above was a real refusal; a fresh sign-in with the right code succeeds.
    const again = signIn("totpMfa");
    await again.first;
    expect((await answerMfa(again.cognitoUser, totp(user.totpSecret!), "SOFTWARE_TOKEN_MFA")).kind).toBe("success");
  });

  it("smsMfa: SMS_MFA to the masked phone, answered with the texted code", async () => {
    const since = Date.now();
    const { user, cognitoUser, first } = signIn("smsMfa");
    const outcome = await first;
    expect(outcome).toMatchObject({ kind: "mfaRequired", challengeName: "SMS_MFA" });
    if (outcome.kind === "mfaRequired") {
      expect(outcome.parameters).toMatchObject({ CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0101" });
    }
    const code = await latestCode(config.endpoint, user.username, since);
    expect((await answerMfa(cognitoUser, code, "SMS_MFA")).kind).toBe("success");
  });

  it("selectMfa: SELECT_MFA_TYPE offering both, then TOTP", async () => {
    const { user, cognitoUser, first } = signIn("selectMfa");
    const outcome = await first;
    expect(outcome.kind).toBe("selectMFAType");
    if (outcome.kind !== "selectMFAType") return;
    expect(JSON.parse(outcome.parameters.MFAS_CAN_CHOOSE ?? "[]")).toEqual(["SMS_MFA", "SOFTWARE_TOKEN_MFA"]);
    expect((await selectMfaType(cognitoUser, "SOFTWARE_TOKEN_MFA")).kind).toBe("totpRequired");
    expect((await answerMfa(cognitoUser, totp(user.totpSecret!), "SOFTWARE_TOKEN_MFA")).kind).toBe("success");
  });

  it("emailOtp: EMAIL_OTP to the masked email (raw protocol: amazon-cognito-identity-js 6 predates EMAIL_OTP)", async () => {
    const user = userFor("emailOtp");
    const answer = await cognitoCall<{ ChallengeName: string; ChallengeParameters: Record<string, string> }>(config.endpoint, "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH", ClientId: config.userPoolClientId, AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
    });
    expect(answer).toMatchObject({ ChallengeName: "EMAIL_OTP", ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "e***@e***.com" } });
  });

  it("invited: NEW_PASSWORD_REQUIRED, and a temporary password that is wrong is refused", async () => {
    const user = userFor("invited");
    const wrong = await srpSignIn(referenceUser(config, config.endpoint, user.username), user.username, "Not-The-Temp-1!");
    expect(wrong).toMatchObject({ kind: "failure", code: "NotAuthorizedException" });
    const { first } = signIn("invited");
    const outcome = await first;
    expect(outcome.kind).toBe("newPasswordRequired");
    if (outcome.kind === "newPasswordRequired") expect(outcome.userAttributes.email).toBe(user.email);
  });

  it("unconfirmed: UserNotConfirmedException after a correct password", async () => {
    expect(await signIn("unconfirmed").first).toMatchObject({ kind: "failure", code: "UserNotConfirmedException" });
  });

  it("resetRequired: PasswordResetRequiredException", async () => {
    expect(await signIn("resetRequired").first).toMatchObject({ kind: "failure", code: "PasswordResetRequiredException" });
  });

  it("mfaSetup: MFA_SETUP in the MFA-required pool", async () => {
    const outcome = await signIn("mfaSetup").first;
    expect(outcome.kind).toBe("mfaSetup");
    if (outcome.kind === "mfaSetup") expect(JSON.parse(outcome.parameters.MFAS_CAN_SETUP ?? "[]")).toContain("SOFTWARE_TOKEN_MFA");
  });
});

describe("completing challenges that change the user (on users of the test's own)", () => {
  it("NEW_PASSWORD_REQUIRED: the new password gives tokens and then signs in", async () => {
    const user = await freshUser({ invited: true });
    const cognitoUser = referenceUser(user.pool, config.endpoint, user.username);
    expect((await srpSignIn(cognitoUser, user.username, user.password)).kind).toBe("newPasswordRequired");
    const newPassword = "Brand-New-Pass-1!";
    expect((await completeNewPassword(cognitoUser, newPassword)).kind).toBe("success");
    const again = await srpSignIn(referenceUser(user.pool, config.endpoint, user.username), user.username, newPassword);
    expect(again.kind).toBe("success");
    const old = await srpSignIn(referenceUser(user.pool, config.endpoint, user.username), user.username, user.password);
    expect(old).toMatchObject({ kind: "failure", code: "NotAuthorizedException" });
  });

  it("MFA_SETUP: a wrong code is refused", async () => {
    const user = await freshUser({ pool: "mfaRequired" });
    const cognitoUser = referenceUser(user.pool, config.endpoint, user.username);
    expect((await srpSignIn(cognitoUser, user.username, user.password)).kind).toBe("mfaSetup");
    expect(await setUpTotp(cognitoUser, (secret) => wrongCode(totp(secret))))
      .toMatchObject({ kind: "failure", code: "CodeMismatchException" });
  });

  it("MFA_SETUP: TOTP associated through the Session gives tokens; the next sign-in asks for TOTP", async () => {
    const user = await freshUser({ pool: "mfaRequired" });
    const cognitoUser = referenceUser(user.pool, config.endpoint, user.username);
    expect((await srpSignIn(cognitoUser, user.username, user.password)).kind).toBe("mfaSetup");
    let secret = "";
    const done = await setUpTotp(cognitoUser, (s) => { secret = s; return totp(s); });
    expect(done.kind).toBe("success");
    const next = referenceUser(user.pool, config.endpoint, user.username);
    expect((await srpSignIn(next, user.username, user.password)).kind).toBe("totpRequired");
    expect((await answerMfa(next, totp(secret), "SOFTWARE_TOKEN_MFA")).kind).toBe("success");
  });
});
