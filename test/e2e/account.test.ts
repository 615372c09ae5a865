/**
 * Account settings through the page, for users each test creates: a changed email verified with
 * the emailed code, and "Sign out on all devices" ending a session in another browser.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { carries, launch } from "./browser";
import { codeSent, freshUser, describeRequest, freshTab, signIn, signInScreen, uniqueName, welcome } from "./helpers";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("account settings, through the UI only", () => {
  it("profile: a changed email asks for its code; with the emailed code it shows as verified", async () => {
    const fresh = await freshUser();
    const { context, tab } = await freshTab(browser);
    const { page } = tab;
    const newEmail = `${uniqueName("e2e-moved")}@example.com`;
    await signIn(tab, fresh.username, fresh.password);
    await welcome(tab, fresh.email).waitFor();
    await page.getByRole("button", { name: "Account settings" }).click();
    // The profile section (the MFA section has a "Save changes" button of its own).
    const profile = page.getByRole("region", { name: "Profile" });
    await profile.waitFor();

    const emailField = profile.getByRole("textbox", { name: /^Email/ });
    await emailField.waitFor();
    expect(await emailField.inputValue()).toBe(fresh.email);
    await emailField.fill(newEmail);
    const since = Date.now();
    await profile.getByRole("button", { name: "Save changes" }).click();

    const codeField = profile.getByRole("textbox", { name: "Code for Email" });
    await codeField.waitFor();
    // Until the code is in, the new email shows as not verified.
    await profile.locator("p").filter({ hasText: /^Email/ }).getByText("Not verified").waitFor();
    await codeField.fill(await codeSent(fresh.username, since, "EMAIL"));
    // The single code field submits itself at six digits; the profile reloads, verified.
    await codeField.waitFor({ state: "detached" });
    await page.getByText("Not verified").waitFor({ state: "detached", timeout: 2_000 });
    expect(await emailField.inputValue()).toBe(newEmail);
    expect(await page.getByRole("button", { name: "Verify Email" }).count()).toBe(0);

    const sent = tab.cognito().map(describeRequest);
    expect(sent).toContain("UpdateUserAttributes");
    expect(sent).toContain("VerifyUserAttribute");
    const update = tab.cognito().find((r) => r.target === "UpdateUserAttributes")!;
    expect(JSON.parse(update.body).UserAttributes).toEqual([{ Name: "email", Value: newEmail }]);
    for (const request of tab.requests) expect(carries(request, fresh.password), request.url).toBe(false);
    expect(tab.problems).toEqual([]);
    await context.close();
  });

  it("sign out on all devices: the other browser's session ends when it next uses its tokens", async () => {
    const fresh = await freshUser();
    const here = await freshTab(browser);
    const there = await freshTab(browser);
    for (const { tab } of [here, there]) {
      await signIn(tab, fresh.username, fresh.password);
      await welcome(tab, fresh.email).waitFor();
    }

    await here.tab.page.getByRole("button", { name: "Account settings" }).click();
    const globalSignOut = here.tab.page.waitForResponse((r) => r.request().headers()["x-amz-target"] === "AWSCognitoIdentityProviderService.GlobalSignOut");
    await here.tab.page.getByRole("button", { name: "Sign out on all devices" }).click();
    await signInScreen(here.tab).waitFor();
    expect(here.tab.cognito().map(describeRequest)).toContain("GlobalSignOut");
    // This browser signs out before Cognito answers (sign-out first, network second); the other
    // browser's tokens end only with Cognito's answer, so the test waits for it (a loaded run had
    // the other browser's GetUser arrive first, and still be served).
    expect((await globalSignOut).ok()).toBe(true);

    // The other browser still shows the app (nothing told it), until it uses its revoked tokens.
    expect(await welcome(there.tab, fresh.email).isVisible()).toBe(true);
    const before = there.tab.cognito().length;
    await there.tab.page.getByRole("button", { name: "Account settings" }).click();
    await signInScreen(there.tab).waitFor();
    // Each section that loads the profile (Profile, Two-step verification) sends one GetUser.
    const refused = there.tab.cognito().slice(before).map(describeRequest);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set(["GetUser"]));
    // Its tokens are gone from storage: a reload stays signed out.
    await there.tab.page.reload();
    await signInScreen(there.tab).waitFor();

    for (const { tab } of [here, there]) {
      for (const request of tab.requests) expect(carries(request, fresh.password), request.url).toBe(false);
      expect(tab.problems).toEqual([]);
    }
    await here.context.close();
    await there.context.close();
  });
});
