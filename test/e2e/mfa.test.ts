/**
 * Multi-factor sign-in through the page: SMS and email codes for the seeded users, and MFA set-up
 * in the pool that requires it, with the setup key read off the screen as a person copies it.
 * The password is on no request in any of them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { carries, launch } from "./browser";
import { codeSent, freshUser, describeRequest, freshTab, signIn, signInScreen, totpCode, welcome, wrongCode } from "./helpers";
import { userFor } from "../support/dev-api";

const user = userFor;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("MFA, through the UI only", () => {
  it("SMS MFA: the texted code, 3 Cognito requests, no password on the wire", async () => {
    const { context, tab } = await freshTab(browser);
    const sms = user("smsMfa");
    const since = Date.now();
    await signIn(tab, sms.username, sms.password);
    await tab.page.getByText(/^Enter the code we texted to \+\*+0101\.$/).waitFor();
    await tab.page.getByRole("textbox", { name: "Code", exact: true }).fill(await codeSent(sms.username, since, "SMS"));
    await welcome(tab, sms.email).waitFor();
    expect(tab.cognito().map(describeRequest)).toEqual([
      "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER", "RespondToAuthChallenge:SMS_MFA",
    ]);
    for (const request of tab.requests) expect(carries(request, sms.password), request.url).toBe(false);
    expect(tab.problems).toEqual([]);
    await context.close();
  });

  it("email OTP: the emailed code, 3 Cognito requests, no password on the wire", async () => {
    const { context, tab } = await freshTab(browser);
    const otp = user("emailOtp");
    const since = Date.now();
    await signIn(tab, otp.username, otp.password);
    await tab.page.getByText(/^Enter the code we emailed to e\*\*\*@e\*\*\*\.com\.$/).waitFor();
    await tab.page.getByRole("textbox", { name: "Code", exact: true }).fill(await codeSent(otp.username, since, "EMAIL"));
    await welcome(tab, otp.email).waitFor();
    expect(tab.cognito().map(describeRequest)).toEqual([
      "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER", "RespondToAuthChallenge:EMAIL_OTP",
    ]);
    for (const request of tab.requests) expect(carries(request, otp.password), request.url).toBe(false);
    expect(tab.problems).toEqual([]);
    await context.close();
  });

  it("MFA set-up in the pool that requires it: key off the screen, wrong code refused, then signed in; next sign-in asks for the app's code (wrong one refused too)", async () => {
    const fresh = await freshUser({ pool: "mfaRequired" });
    const { context, tab } = await freshTab(browser, "?pool=mfaRequired");
    const { page } = tab;
    await signIn(tab, fresh.username, fresh.password);
    await page.getByRole("heading", { name: "Set up an authenticator app" }).waitFor();

    // As a person copies it: the grouped key, spaces removed.
    const shown = page.getByTestId("totp-secret");
    await shown.waitFor();
    const secret = (await shown.textContent())!.replace(/\s+/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const code = await totpCode(secret);
    const codeField = page.getByRole("textbox", { name: "Code", exact: true });

    await codeField.fill(wrongCode(code));
    await page.getByRole("alert").filter({ hasText: "That code is not right. Check it and try again." }).waitFor();
    expect(await page.getByRole("heading", { name: "Set up an authenticator app" }).isVisible()).toBe(true);

    await codeField.fill(await totpCode(secret));
    await welcome(tab, fresh.email).waitFor();
    expect(tab.cognito().map(describeRequest)).toEqual([
      "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER",
      "AssociateSoftwareToken", "VerifySoftwareToken", "VerifySoftwareToken", "RespondToAuthChallenge:MFA_SETUP",
    ]);

    // Signed out and back in: now the app's code is asked for.
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await signInScreen(tab).waitFor();
    const before = tab.cognito().length;
    await signIn(tab, fresh.username, fresh.password);
    await page.getByText("Enter the code from your authenticator app.").waitFor();
    // A wrong code here too: the mismatch message, the same screen; then the right one.
    await codeField.fill(wrongCode(await totpCode(secret)));
    await page.getByRole("alert").filter({ hasText: "That code is not right. Check it and try again." }).waitFor();
    expect(await page.getByText("Enter the code from your authenticator app.").isVisible()).toBe(true);
    await codeField.fill(await totpCode(secret));
    await welcome(tab, fresh.email).waitFor();
    expect(tab.cognito().slice(before).map(describeRequest)).toEqual([
      "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER",
      "RespondToAuthChallenge:SOFTWARE_TOKEN_MFA", "RespondToAuthChallenge:SOFTWARE_TOKEN_MFA",
    ]);
    for (const request of tab.requests) expect(carries(request, fresh.password), request.url).toBe(false);
    expect(tab.problems).toEqual([]);
    await context.close();
  });
});
