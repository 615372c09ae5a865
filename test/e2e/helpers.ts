/**
 * Shared steps of the e2e tests: users created by the test itself (so flows that change a user
 * never touch the shared seeded ones), codes read from the local Cognito's dev routes, and the
 * few UI steps every file repeats.
 */
import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext } from "playwright-core";
import { latestCode, stackConfig } from "../support/dev-api";
import { carries, openTab, type Captured, type Tab } from "./browser";
import type { SentMessage } from "cognito-react-kit-local";

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

/** The machine the page exposes as `window.auth` (for checks no person could make by looking). */
export interface AuthWindow {
  auth: {
    getTokens(): Promise<{ idToken: string; accessToken: string } | null>;
    getSnapshot(): { step: string; status?: string; error?: { code: string } | null };
    config: { userPoolClientId: string };
  };
}

/** The tab's REFRESH_TOKEN_AUTH requests. */
export const refreshes = (tab: Tab) =>
  tab.cognito().filter((r) => r.target === "InitiateAuth" && (JSON.parse(r.body) as { AuthFlow?: string }).AuthFlow === "REFRESH_TOKEN_AUTH");

/** The kit's keys in the context's localStorage (amazon-cognito-identity-js names). */
export const sessionKeys = (tab: Tab) =>
  tab.page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("CognitoIdentityServiceProvider")));

/**
 * One context (shared localStorage, BroadcastChannel, Web Locks) with Playwright's fake clock
 * installed before either page navigates (it runs at real speed until moved), tab A signed in
 * through the UI, tab B opened after and signed in from storage with no request.
 */
export async function twoSignedInTabs(browser: Browser, user: { username: string; password: string; email: string }, { fakeClock = true } = {}) {
  const context = await browser.newContext();
  if (fakeClock) await context.clock.install();
  const a = await openTab(context);
  await signIn(a, user.username, user.password);
  await welcome(a, user.email).waitFor();
  const b = await openTab(context);
  await welcome(b, user.email).waitFor();
  if (b.cognito().length !== 0) throw new Error(`tab B sent ${b.cognito().map(describeRequest).join(", ")} on opening`);
  return { context, a, b };
}

/**
 * The closing checks of every multi-tab test: no password on the wire (but where `sent` says the
 * person typed it, e.g. the hosted sign-in page's own form), no page error or CSP violation.
 */
export async function finish(context: BrowserContext, tabs: Tab[], password: string, sent: (request: Captured) => boolean = () => false) {
  for (const tab of tabs) {
    for (const request of tab.requests) {
      if (!sent(request) && carries(request, password)) throw new Error(`the password travelled in ${request.method} ${request.url}`);
    }
    if (tab.problems.length) throw new Error(`page problems: ${tab.problems.join("; ")}`);
  }
  await context.close();
}
