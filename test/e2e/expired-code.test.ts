/**
 * An expired code, as a person meets it: the message says so, the screen stays, a new code works.
 * (The local Cognito expires codes on request: /_dev/expire-codes.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch } from "./browser";
import { codeSent, config, freshTab, signIn, uniqueName, uniquePassword } from "./helpers";
import { cognitoCall } from "cognito-react-kit-local";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("expired code", () => {
  it("an unconfirmed user signs in, the code has expired, a new one confirms the account", async () => {
    const { endpoint, userPoolClientId } = config();
    const username = uniqueName("e2e-expired");
    const password = uniquePassword("Expired");
    const first = Date.now();
    await cognitoCall(endpoint, "SignUp", { ClientId: userPoolClientId, Username: username, Password: password, UserAttributes: [{ Name: "email", Value: `${username}@example.com` }] });
    const oldCode = await codeSent(username, first, "EMAIL");
    expect(await (await fetch(`${endpoint}/_dev/expire-codes?username=${username}`)).json()).toEqual({ expired: 1 });

    const { context, tab } = await freshTab(browser);
    const { page } = tab;
    await signIn(tab, username, password);
    await page.getByRole("heading", { name: "Confirm your account" }).waitFor();
    await page.getByRole("textbox", { name: "Code", exact: true }).fill(oldCode);
    await page.getByRole("alert").filter({ hasText: "That code has expired. Ask for a new one." }).waitFor();
    expect(await page.getByRole("heading", { name: "Confirm your account" }).isVisible()).toBe(true);

    const resent = Date.now();
    await page.getByRole("button", { name: "Send a new code" }).click();
    await page.getByText(/^We sent a code to /).waitFor();
    const newCode = await codeSent(username, resent, "EMAIL");
    expect(newCode).not.toBe(oldCode);
    await page.getByRole("textbox", { name: "Code", exact: true }).fill(newCode);
    await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
    await signIn(tab, username, password);
    await page.getByRole("heading", { name: `Welcome, ${username}@example.com` }).waitFor();
    expect(tab.problems).toEqual([]);
    await context.close();
  });
});
