/**
 * The core's sign-in flows against the live local Cognito over HTTP.
 */
import { describe, expect, it } from "vitest";
import { atStep, harnessesForEachTest, until, type Harness } from "../../support/auth-harness";
import { freshUser, latestCode, stackConfig, totpNow, userFor, wrongCode } from "../../support/dev-api";
import { cognitoCall } from "cognito-react-kit-local";
import { fetchTransport } from "../../../src/index";

const config = stackConfig();
const harness = harnessesForEachTest();

async function ready(h: Harness) {
  return until(h.auth, atStep("signIn"));
}

describe("SRP sign-in (the default)", () => {
  it("signs in with two requests, stores tokens under amazon-cognito-identity-js keys", async () => {
    const h = harness();
    await ready(h);
    const user = userFor("confirmed");
    await h.auth.signIn({ username: user.username, password: user.password });
    const state = h.auth.getSnapshot();
    expect(state).toMatchObject({ step: "signedIn", status: "idle", error: null, user: { username: user.username, email: user.email } });
    expect(h.sent).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
    const prefix = `CognitoIdentityServiceProvider.${config.userPoolClientId}`;
    expect(await h.storage.getItem(`${prefix}.LastAuthUser`)).toBe(user.username);
    for (const field of ["idToken", "accessToken", "refreshToken", "clockDrift"]) {
      expect(await h.storage.getItem(`${prefix}.${user.username}.${field}`)).toBeTruthy();
    }
    expect(JSON.stringify(state)).not.toContain(user.password);
  });

  it("signs in by email alias", async () => {
    const h = harness();
    await ready(h);
    const user = userFor("confirmed");
    await h.auth.signIn({ username: user.email, password: user.password });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signedIn", user: { username: user.username } });
  });

  it("shows a wrong password and an unknown user with the same message, keeping the username", async () => {
    const h = harness();
    await ready(h);
    const user = userFor("confirmed");
    await h.auth.signIn({ username: user.username, password: "Wrong-Pass-1!" });
    const wrong = h.auth.getSnapshot();
    expect(wrong).toMatchObject({ step: "signIn", status: "error", error: { code: "NotAuthorizedException", messageId: "error.NotAuthorized" } });
    await h.auth.signIn({ username: "nobody-at-all", password: "Wrong-Pass-1!" });
    expect(h.auth.getSnapshot().error?.messageId).toBe(wrong.error?.messageId);
  });

  it("USER_PASSWORD_AUTH works only as an explicit opt-in", async () => {
    const h = harness({ authFlow: "USER_PASSWORD_AUTH" });
    await ready(h);
    const user = userFor("confirmed");
    await h.auth.signIn({ username: user.username, password: user.password });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
    expect(h.sent).toEqual(["InitiateAuth"]);
  });
});

describe("challenges", () => {
  it("TOTP: a wrong code shows codeMismatch and stays; the right code signs in (3 requests)", async () => {
    const h = harness();
    await ready(h);
    const user = userFor("totpMfa");
    await h.auth.signIn({ username: user.username, password: user.password });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "TOTP", destination: null });
    await h.auth.confirmSignIn({ code: wrongCode(totpNow(user.totpSecret!)) });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", status: "error", error: { code: "CodeMismatchException", messageId: "error.CodeMismatch" } });
    const h2 = harness();
    await ready(h2);
    await h2.auth.signIn({ username: user.username, password: user.password });
    await h2.auth.confirmSignIn({ code: totpNow(user.totpSecret!) });
    expect(h2.auth.getSnapshot().step).toBe("signedIn");
    expect(h2.sent).toEqual(["InitiateAuth", "RespondToAuthChallenge", "RespondToAuthChallenge"]);
  });

  it("SMS: the masked destination, then the texted code", async () => {
    const h = harness();
    await ready(h);
    const user = userFor("smsMfa");
    const since = Date.now();
    await h.auth.signIn({ username: user.username, password: user.password });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "SMS", destination: "+*******0101" });
    await h.auth.confirmSignIn({ code: await latestCode(config.endpoint, user.username, since) });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
  });

  it("EMAIL_OTP: the masked email, then the emailed code", async () => {
    const h = harness();
    await ready(h);
    const user = userFor("emailOtp");
    const since = Date.now();
    await h.auth.signIn({ username: user.username, password: user.password });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "EMAIL", destination: "e***@e***.com" });
    await h.auth.confirmSignIn({ code: wrongCode(await latestCode(config.endpoint, user.username, since)) });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", error: { code: "CodeMismatchException" } });
    await h.auth.confirmSignIn({ code: await latestCode(config.endpoint, user.username, since) });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
    expect(h.sent).toEqual(["InitiateAuth", "RespondToAuthChallenge", "RespondToAuthChallenge", "RespondToAuthChallenge"]);
  });

  it("SELECT_MFA_TYPE: offers SMS and TOTP, then asks for the chosen one", async () => {
    const h = harness();
    await ready(h);
    const user = userFor("selectMfa");
    await h.auth.signIn({ username: user.username, password: user.password });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "selectMfaType", methods: ["SMS", "TOTP"] });
    await h.auth.selectMfaType({ method: "TOTP" });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "TOTP" });
    await h.auth.confirmSignIn({ code: totpNow(user.totpSecret!) });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
  });

  it("MFA_SETUP: secret and otpauth URI in the step, a wrong code is refused, the right one signs in", async () => {
    const user = await freshUser({ pool: "mfaRequired" });
    const h = harness({ pool: "mfaRequired", totpIssuer: "Kit Demo" });
    await ready(h);
    await h.auth.signIn({ username: user.username, password: user.password });
    const setup = await until(h.auth, (s) => s.step === "setupTotp" && s.secret !== null);
    if (setup.step !== "setupTotp" || !setup.secret) throw new Error("no secret");
    expect(setup.uri).toBe(`otpauth://totp/Kit%20Demo%3A${user.username}?secret=${setup.secret}&issuer=Kit%20Demo`);
    await h.auth.verifyTotpSetup({ code: wrongCode(totpNow(setup.secret)) });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "setupTotp", status: "error", error: { code: "CodeMismatchException" } });
    await h.auth.verifyTotpSetup({ code: totpNow(setup.secret) });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
  });

  it("NEW_PASSWORD_REQUIRED: a password breaking the policy is refused, a good one signs in", async () => {
    const user = await freshUser({ invited: true });
    const h = harness();
    await ready(h);
    await h.auth.signIn({ username: user.username, password: user.password });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "newPasswordRequired", requiredAttributes: [], userAttributes: { email: user.email } });
    await h.auth.completeNewPassword({ password: "short" });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "newPasswordRequired", status: "error", error: { code: "InvalidPasswordException", messageId: "error.InvalidPassword" } });
    await h.auth.completeNewPassword({ password: "Fresh-Start-2026!" });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
  });

  it("UserNotConfirmed → confirm sign-up with resend, then sign in", async () => {
    const username = `unconf-${Date.now()}`;
    const password = "Unconfirmed-1!";
    await cognitoCall(config.endpoint, "SignUp", { ClientId: config.userPoolClientId, Username: username, Password: password, UserAttributes: [{ Name: "email", Value: `${username}@example.com` }] });
    const h = harness();
    await ready(h);
    await h.auth.signIn({ username, password });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmSignUp", username, status: "error", error: { code: "UserNotConfirmedException" } });
    const since = Date.now();
    await h.auth.resendSignUpCode();
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmSignUp", status: "idle", delivery: { medium: "EMAIL", destination: "u***@e***.com" } });
    await h.auth.confirmSignUp({ code: await latestCode(config.endpoint, username, since) });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signIn", username });
    await h.auth.signIn({ username, password });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
  });

  it("PasswordResetRequired → the reset code sent at once, the reason kept; code, new password, sign in", async () => {
    const user = await freshUser();
    await cognitoCall(config.endpoint, "AdminResetUserPassword", { UserPoolId: config.userPoolId, Username: user.username });
    const h = harness();
    await ready(h);
    const since = Date.now();
    await h.auth.signIn({ username: user.username, password: user.password });
    expect(h.auth.getSnapshot()).toMatchObject({
      step: "confirmForgotPassword", username: user.username, delivery: { medium: "EMAIL" }, status: "error", error: { code: "PasswordResetRequiredException" },
    });
    await h.auth.confirmForgotPassword({ code: await latestCode(config.endpoint, user.username, since), password: "After-Reset-2026!" });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signIn", username: user.username });
    await h.auth.signIn({ username: user.username, password: "After-Reset-2026!" });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
  });
});

describe("secrets stay out of the snapshot", () => {
  it("no password, Session or code appears in any snapshot or error of an MFA sign-in", async () => {
    const user = userFor("smsMfa");
    const sessions: string[] = [];
    const real = fetchTransport({ endpoint: config.endpoint });
    const h = harness({
      transport: {
        async send(operation, input) {
          const output = (await real.send(operation, input)) as { Session?: string };
          if (output.Session) sessions.push(output.Session);
          return output;
        },
      },
    });
    const seen: string[] = [];
    h.auth.subscribe(() => seen.push(JSON.stringify(h.auth.getSnapshot())));
    await ready(h);
    const since = Date.now();
    await h.auth.signIn({ username: user.username, password: "Wrong-Pass-1!" });
    await h.auth.signIn({ username: user.username, password: user.password });
    const code = await latestCode(config.endpoint, user.username, since);
    await h.auth.confirmSignIn({ code: wrongCode(code) });
    await h.auth.confirmSignIn({ code });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
    expect(sessions.length).toBeGreaterThan(0);
    const all = seen.join("\n");
    for (const secret of [user.password, "Wrong-Pass-1!", code, wrongCode(code), ...sessions]) expect(all).not.toContain(secret);
  });
});
