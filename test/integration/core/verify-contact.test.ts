/**
 * The verify-contact step after sign-in, through the core against the live local Cognito: off by
 * default, entered only for users with no verified email or phone, skippable, a live session
 * throughout, and verification that sticks (GetUser says so, the next sign-in does not ask).
 */
import { describe, expect, it } from "vitest";
import { accountOf, verifyContactOf, verifyContactStep, type CognitoAuthConfig } from "../../../src/index";
import { atStep, harnessesForEachTest, until } from "../../support/auth-harness";
import { freshUser, latestCode, stackConfig, userFor, wrongCode } from "../../support/dev-api";

const config = stackConfig();
const harness = harnessesForEachTest();

async function signIn(user: { username: string; password: string }, options: Pick<CognitoAuthConfig, "verifyContact"> = { verifyContact: verifyContactStep }) {
  const h = harness(options);
  await until(h.auth, atStep("signIn"));
  await h.auth.signIn(user);
  return h;
}

describe("verify contact after sign-in (live)", () => {
  it("is off by default: an unverified user signs straight in", async () => {
    const h = await signIn(await freshUser({ emailVerified: false }), {});
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signedIn", user: { emailVerified: false } });
  });

  it("asks nobody who can already recover the account", async () => {
    const h = await signIn(await freshUser());
    expect(h.auth.getSnapshot().step).toBe("signedIn");
  });

  it("asks a user with no verified contact, with the session already live; a wrong code stays, the right one verifies", async () => {
    const user = await freshUser({ emailVerified: false });
    const h = await signIn(user);
    expect(h.auth.getSnapshot()).toMatchObject({ step: "verifyContact", unverified: ["email"], attribute: null, delivery: null, status: "idle" });
    // Live: tokens are stored and usable (account operations work) while the step shows.
    expect(await h.auth.getTokens()).not.toBeNull();
    h.auth.navigate("signUp");
    expect(h.auth.getSnapshot().step).toBe("verifyContact");

    const step = verifyContactOf(h.auth);
    const since = Date.now();
    await step.sendCode({ attribute: "email" });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "verifyContact", attribute: "email", delivery: { medium: "EMAIL", attribute: "email" } });
    const code = await latestCode(config.endpoint, user.username, since);
    await step.confirm({ code: wrongCode(code) });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "verifyContact", attribute: "email", status: "error", error: { code: "CodeMismatchException" } });
    await step.confirm({ code });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signedIn", user: { username: user.username, emailVerified: true } });
    expect((await accountOf(h.auth).getUser()).attributes.email_verified).toBe("true");

    // Verified for good: the next sign-in does not ask.
    await h.auth.signOut();
    await h.auth.signIn(user);
    expect(h.auth.getSnapshot().step).toBe("signedIn");
  });

  it("the seeded unverifiedContact user: both contacts on file, neither verified, as the ID token says (no request)", async () => {
    const seeded = userFor("unverifiedContact");
    const h = await signIn(seeded);
    expect(h.auth.getSnapshot()).toMatchObject({
      step: "verifyContact", unverified: ["email", "phone_number"],
      user: { emailVerified: false, phoneNumber: seeded.phone, claims: { email_verified: false, phone_number_verified: false } },
    });
    expect(h.sent).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
  });

  it("offers email and phone, sends an SMS to the phone, and can go back to choosing", async () => {
    const user = await freshUser({ emailVerified: false, unverifiedPhone: "+15555550177" });
    const h = await signIn(user);
    expect(h.auth.getSnapshot()).toMatchObject({ step: "verifyContact", unverified: ["email", "phone_number"] });
    const step = verifyContactOf(h.auth);
    await step.sendCode({ attribute: "phone_number" });
    expect(h.auth.getSnapshot()).toMatchObject({ attribute: "phone_number", delivery: { medium: "SMS", destination: "+*******0177" } });
    await step.back();
    expect(h.auth.getSnapshot()).toMatchObject({ step: "verifyContact", attribute: null, delivery: null, status: "idle" });
  });

  it("skip signs in as usual, nothing verified; the next sign-in asks again", async () => {
    const user = await freshUser({ emailVerified: false });
    const h = await signIn(user);
    await verifyContactOf(h.auth).skip();
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signedIn", user: { emailVerified: false } });
    expect((await accountOf(h.auth).getUser()).attributes.email_verified).toBe("false");
    await h.auth.signOut();
    await h.auth.signIn(user);
    expect(h.auth.getSnapshot().step).toBe("verifyContact");
  });

  it("sign-out during the step ends everything: tokens gone, a code answer in flight lands nowhere", async () => {
    const user = await freshUser({ emailVerified: false });
    const h = await signIn(user);
    const sending = verifyContactOf(h.auth).sendCode();
    await h.auth.signOut();
    await sending;
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signIn", username: "", status: "idle" });
    expect(await h.auth.getTokens()).toBeNull();
    expect(await h.storage.getItem(`CognitoIdentityServiceProvider.${config.userPoolClientId}.LastAuthUser`)).toBeNull();
  });
});
