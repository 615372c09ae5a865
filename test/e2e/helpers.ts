/**
 * Shared steps of the e2e tests: users created by the test itself (so flows that change a user
 * never touch the shared seeded ones), codes read from the local Cognito's dev routes, and the
 * few UI steps every file repeats.
 */
import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { latestCode, stackConfig } from "../support/dev-api";
import { openTab, type Captured, type Tab } from "./browser";
import type { SentMessage } from "../support/cognito/local-cognito";

export { stackConfig as config, freshUser, wrongCode } from "../support/dev-api";

/** A name no other test (or run) uses: e2e-<time>-<random>. */
export function uniqueName(prefix = "e2e"): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
}

/** A password that meets the pools' policy, different on every call. */
export function uniquePassword(label = "Pass"): string {
  return `${label}-${randomBytes(3).toString("hex")}-Aa1!`;
}

/** The newest code sent to `username` since `since` (polls), as the person reads it. */
export const codeSent = (username: string, since: number, medium?: SentMessage["medium"]) =>
  latestCode(stackConfig().endpoint, username, since, medium);

/** The code an authenticator app shows now for `secret` (base32). */
export async function totpCode(secret: string): Promise<string> {
  const answer = await fetch(`${stackConfig().endpoint}/_dev/totp?secret=${encodeURIComponent(secret)}`);
  return ((await answer.json()) as { code: string }).code;
}


/** A new browser context (its own storage) with one tab on the page. */
export async function freshTab(browser: Browser, query = "") {
  const context = await browser.newContext();
  return { context, tab: await openTab(context, query) };
}

export async function signIn(tab: Tab, username: string, password: string) {
  await tab.page.getByRole("textbox", { name: "Username or email" }).fill(username);
  await tab.page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await tab.page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export const welcome = (tab: Tab, email: string) => tab.page.getByRole("heading", { name: `Welcome, ${email}` });
export const signInScreen = (tab: Tab) => tab.page.getByRole("heading", { name: "Sign in", exact: true });

/** The Cognito operation of a request, with the challenge or flow it carries (for readable asserts). */
export function describeRequest(request: Captured): string {
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(request.body) as Record<string, unknown>;
  } catch {
    // not JSON
  }
  const detail = body.ChallengeName ?? body.AuthFlow;
  return typeof detail === "string" ? `${request.target}:${detail}` : String(request.target ?? request.url);
}
