/**
 * Sign-up, forgot password, and the signed-in account operations through the core, live.
 */
import { accountOf } from "../../../src/index";
import { describe, expect, it } from "vitest";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { atStep, harnessesForEachTest, until } from "../../support/auth-harness";
import { freshUser, latestCode, stackConfig, totpNow, wrongCode } from "../../support/dev-api";
import { sdkTransport } from "../../../src/sdk/index";

const config = stackConfig();
const harness = harnessesForEachTest();

async function signedIn() {
  const user = await freshUser();
  const h = harness();
  await until(h.auth, atStep("signIn"));
  await h.auth.signIn({ username: user.username, password: user.password });
  return { user, h };
}

describe("sign-up", () => {
  it("signs up with attributes, confirms with the emailed code, then signs in", async () => {
    const h = harness();
    await until(h.auth, atStep("signIn"));
    h.auth.navigate("signUp");
    const username = `signup-${Date.now()}`;
    const since = Date.now();
    await h.auth.signUp({ username, password: "Sign-Up-2026!", attributes: { email: `${username}@example.com`, name: "Ana Example" } });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmSignUp", username, delivery: { medium: "EMAIL", attribute: "email" } });
    await h.auth.confirmSignUp({ code: wrongCode(await latestCode(config.endpoint, username, since)) });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmSignUp", error: { code: "CodeMismatchException" } });
    await h.auth.confirmSignUp({ code: await latestCode(config.endpoint, username, since) });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signIn", username });
    await h.auth.signIn({ username, password: "Sign-Up-2026!" });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signedIn", user: { username, emailVerified: true } });
    expect((await accountOf(h.auth).getUser()).attributes).toMatchObject({ name: "Ana Example", email_verified: "true" });
  });

  it("refuses a taken username and a weak password with their own messages", async () => {
    const h = harness();
    await until(h.auth, atStep("signIn"));
    h.auth.navigate("signUp");
    await h.auth.signUp({ username: "demo-confirmed", password: "Whatever-2026!", attributes: { email: "x@example.com" } });
    expect(h.auth.getSnapshot().error).toEqual({ code: "UsernameExistsException", messageId: "error.UsernameExists" });
    await h.auth.signUp({ username: `weak-${Date.now()}`, password: "alllowercase", attributes: { email: "y@example.com" } });
    expect(h.auth.getSnapshot().error).toEqual({ code: "InvalidPasswordException", messageId: "error.InvalidPassword" });
  });
});

describe("forgot password", () => {
  it("by email alias: code, new password, sign in with it", async () => {
    const user = await freshUser();
    const h = harness();
    await until(h.auth, atStep("signIn"));
    h.auth.navigate("forgotPassword");
    const since = Date.now();
    await h.auth.forgotPassword({ username: user.email });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmForgotPassword", delivery: { medium: "EMAIL", destination: expect.stringContaining("***") } });
    await h.auth.confirmForgotPassword({ code: await latestCode(config.endpoint, user.username, since), password: "Recovered-2026!" });
    await h.auth.signIn({ username: user.username, password: "Recovered-2026!" });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
  });

  it("answers an unknown user like a known one (no enumeration)", async () => {
    const h = harness();
    await until(h.auth, atStep("signIn"));
    h.auth.navigate("forgotPassword");
    await h.auth.forgotPassword({ username: "nobody-like-this" });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmForgotPassword", status: "idle" });
  });
});

describe("account (signed in)", () => {
  it("reads attributes on demand only, updates the email with a verification round trip", async () => {
    const { h, user } = await signedIn();
    h.sent.length = 0;
    const before = await accountOf(h.auth).getUser();
    expect(h.sent).toEqual(["GetUser"]);
    expect(before.attributes.email).toBe(user.email);
    const since = Date.now();
    await accountOf(h.auth).updateAttributes({ name: "Renamed" });
    expect((await accountOf(h.auth).getUser()).attributes.name).toBe("Renamed");
    const sent = await accountOf(h.auth).sendAttributeVerificationCode("email");
    expect(sent).toMatchObject({ medium: "EMAIL" });
    await expect(accountOf(h.auth).verifyAttribute("email", "000000")).rejects.toMatchObject({ error: { code: "CodeMismatchException" } });
    await accountOf(h.auth).verifyAttribute("email", await latestCode(config.endpoint, user.username, since));
    expect((await accountOf(h.auth).getUser()).attributes.email_verified).toBe("true");
  });

  it("changes the password; a wrong current password is its own message and keeps the session", async () => {
    const { h, user } = await signedIn();
    await expect(accountOf(h.auth).changePassword("Not-Current-1!", "Next-Pass-2026!")).rejects.toMatchObject({ error: { messageId: "error.IncorrectPassword" } });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
    await accountOf(h.auth).changePassword(user.password, "Next-Pass-2026!");
    await h.auth.signOut();
    await h.auth.signIn({ username: user.username, password: "Next-Pass-2026!" });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
  });

  it("sets up TOTP while signed in and makes it the preferred MFA", async () => {
    const { h, user } = await signedIn();
    const { secret, uri } = await accountOf(h.auth).associateTotp();
    expect(uri).toContain(`secret=${secret}`);
    await expect(accountOf(h.auth).verifyTotp(wrongCode(totpNow(secret)))).rejects.toMatchObject({ error: { code: "CodeMismatchException" } });
    await accountOf(h.auth).verifyTotp(totpNow(secret), "Phone");
    await accountOf(h.auth).setMfaPreference({ enabled: ["TOTP"], preferred: "TOTP", methods: ["TOTP"] });
    expect((await accountOf(h.auth).getUser()).mfa).toEqual({ enabled: ["TOTP"], preferred: "TOTP" });
    await h.auth.signOut();
    await h.auth.signIn({ username: user.username, password: user.password });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "TOTP" });
  });
});

describe("./sdk transport", () => {
  it("signs in with SRP through the app's own CognitoIdentityProviderClient", async () => {
    const user = await freshUser();
    const client = new CognitoIdentityProviderClient({ endpoint: config.endpoint, region: "local", credentials: { accessKeyId: "x", secretAccessKey: "x" } });
    const h = harness({ transport: sdkTransport(client) });
    await until(h.auth, atStep("signIn"));
    await h.auth.signIn({ username: user.username, password: "wrong-Pass-1!" });
    expect(h.auth.getSnapshot().error).toEqual({ code: "NotAuthorizedException", messageId: "error.NotAuthorized" });
    await h.auth.signIn({ username: user.username, password: user.password });
    expect(h.auth.getSnapshot().step).toBe("signedIn");
  });
});
