/**
 * A person at the e2e page: Debian's Chromium driven by playwright-core, with every request the
 * page makes recorded (URL, headers, body) and any CSP violation or page error collected.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import { chromiumPath } from "../../scripts/chromium-path.js";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface Captured {
  url: string;
  method: string;
  target: string | null;
  headers: Record<string, string>;
  body: string;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export interface Tab {
  page: Page;
  requests: Captured[];
  problems: string[];
  /** Requests to Cognito (not the page's own files). */
  cognito(): Captured[];
}

/** `base`: the page's URL when not the served one as is (e.g. on http://localhost for passkeys). */
export async function openTab(context: BrowserContext, query = "", base: string = inject("appUrl")): Promise<Tab> {
  const page = await context.newPage();
  const requests: Captured[] = [];
  const problems: string[] = [];
  const endpoint = inject("cognito").endpoint;
  page.on("request", (request) => {
    const headers = request.headers();
    requests.push({ url: request.url(), method: request.method(), target: headers["x-amz-target"]?.split(".")[1] ?? null, headers, body: request.postData() ?? "" });
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  await page.goto(`${base}${query}`);
  return { page, requests, problems, cognito: () => requests.filter((r) => r.url.startsWith(endpoint) && r.method === "POST") };
}

/** Every way a password could travel: raw, JSON-escaped, URL-encoded, base64. */
export function encodings(secret: string): string[] {
  return [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), new URLSearchParams({ p: secret }).toString().slice(2), Buffer.from(secret).toString("base64")];
}

export function carries(request: Captured, secret: string): boolean {
  const wire = `${request.url}\n${JSON.stringify(request.headers)}\n${request.body}`;
  return encodings(secret).some((e) => wire.includes(e));
}
