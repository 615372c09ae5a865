/**
 * A keyboard-only person: Tab, type, Space and Enter — no mouse — signs up, confirms, signs in with
 * TOTP MFA, and signs out. Focus lands on each new screen's heading, so Tab starts from there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch } from "./browser";
import { codeSent, freshTab, totpCode, uniqueName, uniquePassword } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Tab until the focused element has this accessible name (at most 15 presses). */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : el.closest("label")?.textContent;
      return labelled ?? el.getAttribute("aria-label") ?? el.textContent ?? "";
    });
    if (name.test(label.trim())) return;
  }
  throw new Error(`No focusable element named ${name}`);
}

const headingFocused = (page: Page) => page.evaluate(() => document.activeElement?.tagName === "H2" ? document.activeElement.textContent : null);

describe("keyboard only", () => {
  it("sign up, confirm, sign in with TOTP, sign out", async () => {
    const { context, tab } = await freshTab(browser);
    const { page } = tab;
    const username = uniqueName("e2e-keys");
    const password = uniquePassword("Keys");
    await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();

    await tabTo(page, /^Create an account$/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Create an account" }).waitFor();
    expect(await headingFocused(page)).toBe("Create an account");
    await tabTo(page, /^Username$/);
    await page.keyboard.type(username);
    await page.keyboard.press("Tab");
    await page.keyboard.type(`${username}@example.com`);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Key Board");
    await page.keyboard.press("Tab");
    await page.keyboard.type(password);
    const since = Date.now();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Confirm your account" }).waitFor();
    expect(await headingFocused(page)).toBe("Confirm your account");
    await page.keyboard.press("Tab");
    await page.keyboard.type(await codeSent(username, since, "EMAIL"));

    await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
    await tabTo(page, /^Password$/);
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: `Welcome, ${username}@example.com` }).waitFor();

    // Turn on TOTP from the account settings, by keyboard.
    await tabTo(page, /^Account settings$/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
    // A radio group is one Tab stop (the checked "Off"); arrows choose within it.
    await tabTo(page, /^Off$/);
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: "Use Authenticator app to sign in" }).isChecked()).toBe(true);
    await tabTo(page, /^Set up an authenticator app$/);
    await page.keyboard.press("Enter");
    const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
    await tabTo(page, /^Code$/);
    await page.keyboard.type(await totpCode(secret));
    await page.getByText("Your sign-in settings were saved.").waitFor();

    await tabTo(page, /^Sign out$/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
    await tabTo(page, /^Username or email$/);
    await page.keyboard.type(username);
    await page.keyboard.press("Tab");
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Enter your code" }).waitFor();
    expect(await headingFocused(page)).toBe("Enter your code");
    await page.keyboard.press("Tab");
    await page.keyboard.type(await totpCode(secret));
    await page.getByRole("heading", { name: `Welcome, ${username}@example.com` }).waitFor();
    expect(tab.problems).toEqual([]);
    await context.close();
  });
});
