/**
 * Passwords set through the page, for users each test creates: an invited user's first password,
 * a forgotten password, and a change in account settings. What each request carries is asserted,
 * for the docs:
 *   - NEW_PASSWORD_REQUIRED: the temporary password on no request (SRP); the new one only on
 *     RespondToAuthChallenge with ChallengeName NEW_PASSWORD_REQUIRED (ChallengeResponses.NEW_PASSWORD).
 *   - Forgot password: the new password only on ConfirmForgotPassword (Password).
 *   - Change password: ChangePassword carries both (PreviousPassword, ProposedPassword), as
 *     Cognito's API requires; sign-in afterwards carries neither.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { carries, launch } from "./browser";
import { codeSent, freshUser, describeRequest, freshTab, signIn, signInScreen, uniquePassword, welcome } from "./helpers";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("passwords, through the UI only", () => {
  it("invited user: temporary password on no request; only the NEW_PASSWORD_REQUIRED answer carries the new one", async () => {
    const invited = await freshUser({ invited: true });
    const { context, tab } = await freshTab(browser);
    const { page } = tab;
    const newPassword = uniquePassword("Chosen");
    await signIn(tab, invited.username, invited.password);
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await page.getByText("Your account needs a new password before you can sign in.").waitFor();
    await page.getByRole("textbox", { name: "New password" }).fill(newPassword);
    await page.getByRole("button", { name: "Set password" }).click();
    await welcome(tab, invited.email).waitFor();

    expect(tab.cognito().map(describeRequest)).toEqual([
      "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER", "RespondToAuthChallenge:NEW_PASSWORD_REQUIRED",
    ]);
    for (const request of tab.requests) expect(carries(request, invited.password), request.url).toBe(false);
    const carrying = tab.requests.filter((r) => carries(r, newPassword));
    expect(carrying.map(describeRequest)).toEqual(["RespondToAuthChallenge:NEW_PASSWORD_REQUIRED"]);
    expect(JSON.parse(carrying[0]!.body)).toMatchObject({ ChallengeName: "NEW_PASSWORD_REQUIRED", ChallengeResponses: { NEW_PASSWORD: newPassword } });
    expect(tab.problems).toEqual([]);
    await context.close();
  });

  it("forgot password → emailed code → new password → sign in with it; only ConfirmForgotPassword carries it", async () => {
    const fresh = await freshUser();
    const { context, tab } = await freshTab(browser);
    const { page } = tab;
    const newPassword = uniquePassword("Reset");
    await page.getByRole("button", { name: "Forgot your password?" }).click();
    await page.getByRole("heading", { name: "Reset your password" }).waitFor();
    await page.getByRole("textbox", { name: "Username or email" }).fill(fresh.username);
    const since = Date.now();
    await page.getByRole("button", { name: "Send code" }).click();
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await page.getByRole("textbox", { name: "Code", exact: true }).fill(await codeSent(fresh.username, since, "EMAIL"));
    await page.getByRole("textbox", { name: "New password" }).fill(newPassword);
    await page.getByRole("button", { name: "Reset password" }).click();

    await signInScreen(tab).waitFor();
    expect(await page.getByRole("textbox", { name: "Username or email" }).inputValue()).toBe(fresh.username);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await welcome(tab, fresh.email).waitFor();

    expect(tab.cognito().map(describeRequest)).toEqual([
      "ForgotPassword", "ConfirmForgotPassword", "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER",
    ]);
    const carrying = tab.requests.filter((r) => carries(r, newPassword));
    expect(carrying.map(describeRequest)).toEqual(["ConfirmForgotPassword"]);
    expect(JSON.parse(carrying[0]!.body)).toMatchObject({ Password: newPassword });
    for (const request of tab.requests) expect(carries(request, fresh.password), request.url).toBe(false);
    expect(tab.problems).toEqual([]);
    await context.close();
  });

  it("change password in account settings: wrong current password refused, then changed; sign in with the new one", async () => {
    const fresh = await freshUser();
    const { context, tab } = await freshTab(browser);
    const { page } = tab;
    const newPassword = uniquePassword("Changed");
    await signIn(tab, fresh.username, fresh.password);
    await welcome(tab, fresh.email).waitFor();
    await page.getByRole("button", { name: "Account settings" }).click();
    await page.getByRole("heading", { name: "Change password" }).waitFor();

    const current = page.getByRole("textbox", { name: "Current password" });
    const proposed = page.getByRole("textbox", { name: "New password" });
    const submit = page.getByRole("button", { name: "Change password" });
    await current.fill("Not-The-Password-1!");
    await proposed.fill(newPassword);
    await submit.click();
    await page.getByRole("alert").filter({ hasText: "Your current password is not right." }).waitFor();
    // Still signed in: a wrong current password does not end the session.
    expect(await welcome(tab, fresh.email).isVisible()).toBe(true);

    await current.fill(fresh.password);
    await proposed.fill(newPassword);
    await submit.click();
    await page.getByRole("status").filter({ hasText: "Your password was changed." }).waitFor();
    const changes = tab.cognito().filter((r) => r.target === "ChangePassword");
    expect(changes).toHaveLength(2);
    expect(JSON.parse(changes[1]!.body)).toMatchObject({ PreviousPassword: fresh.password, ProposedPassword: newPassword });

    // The page's own "Sign out" (account settings has a second one).
    await page.getByRole("button", { name: "Sign out", exact: true }).first().click();
    await signInScreen(tab).waitFor();
    const before = tab.cognito().length;
    await signIn(tab, fresh.username, newPassword);
    await welcome(tab, fresh.email).waitFor();
    const signInRequests = tab.cognito().slice(before);
    expect(signInRequests.map(describeRequest)).toEqual(["InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER"]);
    for (const request of signInRequests) expect(carries(request, newPassword), describeRequest(request)).toBe(false);
    // Outside the two ChangePassword requests, neither password went anywhere.
    const carrying = tab.requests.filter((r) => carries(r, newPassword) || carries(r, fresh.password));
    expect(carrying.map(describeRequest)).toEqual(["ChangePassword", "ChangePassword"]);
    expect(tab.problems).toEqual([]);
    await context.close();
  });
});
