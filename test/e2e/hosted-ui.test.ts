/**
 * The hosted UI in Chromium, as a person does it: click "Continue with the hosted UI", sign in on
 * the local hosted page, land back signed in (code and state gone from the address bar), reload
 * (still signed in, no request), sign out (through /logout, back to the page, signed out).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, openTab } from "./browser";
import { freshUser } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("hosted UI with PKCE", () => {
  it("round trip, reload, sign-out", async () => {
    const user = await freshUser();
    const context = await browser.newContext();
    const tab = await openTab(context, "?pool=hosted");
    const { page } = tab;
    await page.getByRole("button", { name: "Continue with the hosted UI" }).click();
    await page.waitForURL(/\/oauth2\/authorize\?/);
    const authorize = new URL(page.url());
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("response_type")).toBe("code");
    await page.getByLabel("Username:").fill(user.username);
    await page.getByLabel("Password:").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.getByRole("heading", { name: `Welcome, ${user.email}` }).waitFor();
    expect(new URL(page.url()).search).toBe("?pool=hosted");
    const exchange = tab.requests.find((r) => r.url.endsWith("/oauth2/token"))!;
    expect(new URLSearchParams(exchange.body).get("code_verifier")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tab.requests.some((r) => r.body.includes(user.password) && !r.url.includes("/oauth2/authorize"))).toBe(false);

    const before = tab.cognito().length;
    await page.reload();
    await page.getByRole("heading", { name: `Welcome, ${user.email}` }).waitFor();
    expect(tab.cognito().slice(before)).toEqual([]);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/" && url.search === "?pool=hosted" && tab.requests.some((r) => r.url.includes("/logout")));
    await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
    expect(tab.requests.some((r) => r.url.includes("/logout?"))).toBe(true);
    expect(tab.problems).toEqual([]);
    await context.close();
  });

  it("a forged state comes back as a clear message and no session", async () => {
    const context = await browser.newContext();
    const tab = await openTab(context, "?pool=hosted&code=forged-code&state=forged-state");
    await tab.page.getByRole("alert").filter({ hasText: "That sign-in did not start on this page. Start again." }).waitFor();
    expect(new URL(tab.page.url()).search).toBe("?pool=hosted");
    expect(tab.requests.some((r) => r.url.endsWith("/oauth2/token"))).toBe(false);
    expect(await tab.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("CognitoIdentityServiceProvider")))).toEqual([]);
    await context.close();
  });
});
