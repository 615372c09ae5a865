/**
 * A person creates an account through the page: sign-up, the emailed code, then SRP sign-in.
 * The new password travels on exactly one request, SignUp (Cognito must learn it once); the
 * confirmation and every sign-in request carry it in no form.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { carries, launch } from "./browser";
import { codeSent, describeRequest, freshTab, uniqueName, uniquePassword, welcome, wrongCode } from "./helpers";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("sign-up, through the UI only", () => {
  it("sign-up → wrong code keeps the screen → emailed code → SRP sign-in; only SignUp carries the password", async () => {
    const { context, tab } = await freshTab(browser);
    const { page } = tab;
    const username = uniqueName("e2e-signup");
    const email = `${username}@example.com`;
    const password = uniquePassword("SignUp");

    await page.getByRole("button", { name: "Create an account" }).click();
    await page.getByRole("heading", { name: "Create an account" }).waitFor();
    await page.getByRole("textbox", { name: "Username", exact: true }).fill(username);
    await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
    await page.getByRole("textbox", { name: /^Full name/ }).fill("E2E Person");
    await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
    const since = Date.now();
    await page.getByRole("button", { name: "Create account" }).click();

    await page.getByRole("heading", { name: "Confirm your account" }).waitFor();
    const code = await codeSent(username, since, "EMAIL");
    const codeField = page.getByRole("textbox", { name: "Code", exact: true });

    // A wrong code: the message, and the same screen (the field submits itself at six digits).
    await codeField.fill(wrongCode(code));
    await page.getByRole("alert").filter({ hasText: "That code is not right. Check it and try again." }).waitFor();
    expect(await page.getByRole("heading", { name: "Confirm your account" }).isVisible()).toBe(true);

    await codeField.fill(code);
    await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
    // The sign-in screen comes back with the new username filled in.
    expect(await page.getByRole("textbox", { name: "Username or email" }).inputValue()).toBe(username);
    const beforeSignIn = tab.cognito().length;
    await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await welcome(tab, email).waitFor();

    expect(tab.cognito().map(describeRequest)).toEqual([
      "SignUp", "ConfirmSignUp", "ConfirmSignUp",
      "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER",
    ]);
    // Exactly one request carries the password: SignUp. None of the sign-in requests do.
    const carrying = tab.requests.filter((r) => carries(r, password));
    expect(carrying.map(describeRequest)).toEqual(["SignUp"]);
    expect(JSON.parse(carrying[0]!.body)).toMatchObject({ Username: username, Password: password });
    for (const request of tab.cognito().slice(beforeSignIn)) expect(carries(request, password), describeRequest(request)).toBe(false);
    expect(tab.problems).toEqual([]);
    await context.close();
  });
});
