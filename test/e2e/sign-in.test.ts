/**
 * A person signs in through the page in Chromium against the live local Cognito. Every request
 * the page makes is captured: the password appears in none of them (URL, headers, body; raw,
 * JSON-escaped, URL-encoded or base64), and the number of Cognito requests per path is fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { carries, launch } from "./browser";
import { freshTab, signIn, totpCode } from "./helpers";
import { userFor as user } from "../support/dev-api";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("sign-in paths, through the UI only", () => {
  it("plain SRP sign-in: 2 requests, no password on the wire; reload stays signed in with 0 requests", async () => {
    const { context, tab } = await freshTab(browser);
    const plain = user("confirmed");
    await signIn(tab, plain.email, plain.password);
    await tab.page.getByRole("heading", { name: `Welcome, ${plain.email}` }).waitFor();
    const signInRequests = tab.cognito().filter((r) => r.target === "InitiateAuth" || r.target === "RespondToAuthChallenge");
    expect(signInRequests.map((r) => r.target)).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
    for (const request of tab.requests) expect(carries(request, plain.password), request.url).toBe(false);
    expect(JSON.parse(signInRequests[0]!.body)).toMatchObject({ AuthFlow: "USER_SRP_AUTH" });

    const before = tab.cognito().length;
    await tab.page.reload();
    await tab.page.getByRole("heading", { name: `Welcome, ${plain.email}` }).waitFor();
    expect(tab.cognito().slice(before)).toEqual([]);
    expect(tab.problems).toEqual([]);
    await context.close();
  });

  it("TOTP MFA: 3 requests, no password on the wire", async () => {
    const { context, tab } = await freshTab(browser);
    const totp = user("totpMfa");
    await signIn(tab, totp.username, totp.password);
    await tab.page.getByText("Enter the code from your authenticator app.").waitFor();
    await tab.page.getByRole("textbox", { name: "Code", exact: true }).fill(await totpCode(totp.totpSecret!));
    await tab.page.getByRole("heading", { name: `Welcome, ${totp.email}` }).waitFor();
    expect(tab.cognito().map((r) => r.target)).toEqual(["InitiateAuth", "RespondToAuthChallenge", "RespondToAuthChallenge"]);
    for (const request of tab.requests) expect(carries(request, totp.password)).toBe(false);
    expect(tab.problems).toEqual([]);
    await context.close();
  });

  it("wrong password and unknown user: the same message, the username kept, the password cleared", async () => {
    const { context, tab } = await freshTab(browser);
    const plain = user("confirmed");
    for (const name of [plain.username, "nobody-by-this-name"]) {
      await signIn(tab, name, "Wrong-Pass-1!");
      await tab.page.getByRole("alert").filter({ hasText: "Incorrect username or password." }).waitFor();
      expect(await tab.page.getByRole("textbox", { name: "Username or email" }).inputValue()).toBe(name);
      expect(await tab.page.getByRole("textbox", { name: "Password" }).inputValue()).toBe("");
    }
    for (const request of tab.requests) expect(carries(request, "Wrong-Pass-1!")).toBe(false);
    await context.close();
  });
});
