/**
 * Two tabs of one browser (one context: shared localStorage, BroadcastChannel and Web Locks).
 * A tab opened after sign-in is signed in without a request; sign-out reaches the other tab within
 * a second; concurrent callers in one tab share one refresh, and a tab that finds the other's new
 * tokens in storage sends nothing. When both tabs refresh at the same moment, the kit promises one
 * refresh in all; in Chromium it often sends two (a product bug: see the `it.fails` below).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { carries, launch, openTab, type Tab } from "./browser";
import { describeRequest, signIn, signInScreen, welcome } from "./helpers";
import { userFor } from "../support/dev-api";

const plain = () => userFor("confirmed");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const refreshes = (tab: Tab) =>
  tab.cognito().filter((r) => r.target === "InitiateAuth" && (JSON.parse(r.body) as { AuthFlow?: string }).AuthFlow === "REFRESH_TOKEN_AUTH");

describe("two tabs of one browser", () => {
  it("tab B opened after sign-in is signed in with 0 requests; sign-out in tab A reaches tab B within 1 s", async () => {
    const { context, a, b, user } = await twoSignedInTabs({ fakeClock: false });

    await a.page.getByRole("button", { name: "Sign out", exact: true }).click();
    const start = Date.now();
    await signInScreen(b).waitFor({ timeout: 1_000 });
    const elapsed = Date.now() - start;
    expect(elapsed).toBeLessThan(1_000);
    await signInScreen(a).waitFor();
    expect(a.cognito().map(describeRequest)).toEqual(["InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER", "RevokeToken"]);
    // Tab B learnt of the sign-out from tab A, not from Cognito.
    expect(b.cognito()).toEqual([]);
    await finish(context, [a, b], user.password);
  });

  it("one tab: concurrent callers share one refresh; the other tab, once storage has the new tokens, sends nothing", async () => {
    const { context, a, b, user } = await twoSignedInTabs();
    await context.clock.fastForward("59:40");
    const fromA = await a.page.evaluate(() => Promise.all([1, 2, 3, 4, 5].map(() => (window as unknown as AuthWindow).auth.getTokens())));
    expect(refreshes(a)).toHaveLength(1);
    expect(new Set(fromA.map((t) => t?.accessToken)).size).toBe(1);
    expect(fromA[0]).not.toBeNull();

    // Tab B, still holding the old tokens in memory, re-reads storage under the lock: no request.
    await expect.poll(() => storedAccessToken(b)).toBe(fromA[0]!.accessToken);
    const fromB = await b.page.evaluate(() => (window as unknown as AuthWindow).auth.getTokens());
    expect(fromB).toEqual(fromA[0]);
    expect(refreshes(b)).toEqual([]);
    await finish(context, [a, b], user.password);
  });

  /*
   * PRODUCT BUG (src/core/session/session-keeper.ts, refresh() lines 50-53 with valid() lines 77-85):
   * the cross-tab de-duplication re-reads localStorage once the Web Lock is held, but in Chromium
   * another renderer's localStorage writes reach this tab asynchronously, unordered with the lock
   * hand-over. The tab that waited often reads the old tokens (or a torn mix: new token, old
   * clockDrift), finds them stale, and refreshes again: 2 REFRESH_TOKEN_AUTH instead of 1 in about
   * half to two thirds of races here. Reproduced without the kit: page A writes localStorage under
   * navigator.locks "x"; page B, queued on "x", reads the old value in ~25-35 of 50 tries.
   * Ten rounds make the outcome deterministic (all ten right by chance: < 1e-4). Remove `.fails`
   * once the kit hands the new tokens over reliably (e.g. from the lock holder over BroadcastChannel,
   * or by waiting for the storage event).
   */
  it("refresh race: both tabs ask for tokens 59m40s later, at once; one REFRESH_TOKEN_AUTH per race (10 races)", async () => {
    const { context, a, b, user } = await twoSignedInTabs();
    const perRace: number[] = [];
    for (let race = 0; race < 10; race++) {
      const before = refreshes(a).length + refreshes(b).length;
      // Tokens live 60 minutes and are refreshed 60 s before expiry: 59m40s on, both tabs must refresh.
      await context.clock.fastForward("59:40");
      const [fromA, fromB] = await Promise.all([a, b].map((tab) => tab.page.evaluate(() => (window as unknown as AuthWindow).auth.getTokens())));
      expect(fromA).not.toBeNull();
      expect(fromB).not.toBeNull();
      perRace.push(refreshes(a).length + refreshes(b).length - before);
    }
    for (const tab of [a, b]) await welcome(tab, user.email).waitFor();
    expect(perRace).toEqual(Array(10).fill(1));
    await finish(context, [a, b], user.password);
  });
});

interface AuthWindow {
  auth: { getTokens(): Promise<{ idToken: string; accessToken: string } | null> };
}

/**
 * One context with Playwright's fake clock installed before either page navigates (it runs at real
 * speed until moved), tab A signed in through the UI, tab B opened after and signed in from storage.
 */
async function twoSignedInTabs({ fakeClock = true } = {}) {
  const context = await browser.newContext();
  if (fakeClock) await context.clock.install();
  const user = plain();
  const a = await openTab(context);
  await signIn(a, user.username, user.password);
  await welcome(a, user.email).waitFor();
  const b = await openTab(context);
  await welcome(b, user.email).waitFor();
  expect(b.cognito()).toEqual([]);
  return { context, a, b, user };
}

const storedAccessToken = (tab: Tab) =>
  tab.page.evaluate(() => Object.entries(localStorage).find(([key]) => key.endsWith(".accessToken"))?.[1] ?? null);

async function finish(context: BrowserContext, tabs: Tab[], password: string) {
  for (const tab of tabs) {
    for (const request of tab.requests) expect(carries(request, password), request.url).toBe(false);
    expect(tab.problems).toEqual([]);
  }
  await context.close();
}
