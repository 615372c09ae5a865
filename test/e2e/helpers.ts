/**
 * Shared steps of the e2e tests: users created by the test itself (so flows that change a user
 * never touch the shared seeded ones), codes read from the local Cognito's dev routes, and the
 * few UI steps every file repeats.
 */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import type { Browser } from "playwright-core";
import { cognitoCall } from "../support/cognito/cognito-call";
import { openTab, type Captured, type Tab } from "./browser";
import type { SentMessage } from "../support/cognito/local-cognito";

export const config = () => inject("cognito");

/** A name no other test (or run) uses: e2e-<time>-<random>. */
export function uniqueName(prefix = "e2e"): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
}

/** A password that meets the pools' policy, different on every call. */
export function uniquePassword(label = "Pass"): string {
  return `${label}-${randomBytes(3).toString("hex")}-Aa1!`;
}

export interface FreshUser {
  username: string;
  email: string;
  password: string;
}

export interface CreateUserOptions {
  /** The pool that requires MFA instead of the main one. */
  pool?: "main" | "mfaRequired";
  /** Invited: left in FORCE_CHANGE_PASSWORD with `password` as the temporary password. */
  invited?: boolean;
}

export const poolIdOf = (pool: CreateUserOptions["pool"] = "main") =>
  pool === "mfaRequired" ? config().mfaRequiredPool.userPoolId : config().userPoolId;

/** An admin-created user with a verified email: confirmed with a permanent password, or invited. */
export async function createUser(options: CreateUserOptions = {}): Promise<FreshUser> {
  const { endpoint } = config();
  const UserPoolId = poolIdOf(options.pool);
  const username = uniqueName();
  const user = { username, email: `${username}@example.com`, password: uniquePassword(options.invited ? "Temp" : "Fresh") };
  await cognitoCall(endpoint, "AdminCreateUser", {
    UserPoolId, Username: username, MessageAction: "SUPPRESS", TemporaryPassword: user.password,
    UserAttributes: [{ Name: "email", Value: user.email }, { Name: "email_verified", Value: "true" }],
  });
  if (!options.invited) {
    await cognitoCall(endpoint, "AdminSetUserPassword", { UserPoolId, Username: username, Password: user.password, Permanent: true });
  }
  return user;
}


/**
 * The newest code sent to `username` (or to that destination) at or after `since`, as the person
 * would read it in their inbox; polls until it is there.
 */
export async function codeSent(username: string, since: number, medium?: SentMessage["medium"], timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await fetch(`${config().endpoint}/_dev/messages?username=${encodeURIComponent(username)}`);
    const { messages } = (await answer.json()) as { messages: SentMessage[] };
    const found = messages.filter((m) => m.at >= since && m.code && (!medium || m.medium === medium)).at(-1);
    if (found?.code) return found.code;
    if (Date.now() > deadline) throw new Error(`No ${medium ?? ""} code for ${username} since ${since}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The code an authenticator app shows now for `secret` (base32). */
export async function totpCode(secret: string): Promise<string> {
  const answer = await fetch(`${config().endpoint}/_dev/totp?secret=${encodeURIComponent(secret)}`);
  return ((await answer.json()) as { code: string }).code;
}

/** A six-digit code that is not `code` (nor close to it). */
export const wrongCode = (code: string) => String((Number(code) + 500_000) % 1_000_000).padStart(6, "0");

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
