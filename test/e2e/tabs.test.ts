/**
 * Two tabs of one browser (one context: shared localStorage, BroadcastChannel and Web Locks).
 * A tab opened after sign-in is signed in without a request; sign-out reaches the other tab within
 * a second; concurrent callers in one tab share one refresh, and a tab that finds the other's new
 * tokens in storage sends nothing. When both tabs ask for tokens at the same moment, there is one
 * refresh in all, with no sleep in the kit: the refreshing tab posts the new tokens and holds a
 * marker lock named after the ones it replaced, so the tab queued behind it — whose view of
 * localStorage may still show the old tokens in Chromium — waits for them instead of refreshing
 * again. Ten races in a row make a second refresh show (it did in about half the races before).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, type Tab } from "./browser";
import { describeRequest, finish, refreshes, signInScreen, twoSignedInTabs, welcome, type AuthWindow } from "./helpers";
import { userFor } from "../support/dev-api";

const plain = () => userFor("confirmed");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("two tabs of one browser", () => {
  it("tab B opened after sign-in is signed in with 0 requests; sign-out in tab A reaches tab B within 1 s", async () => {
    const user = plain();
    const { context, a, b } = await twoSignedInTabs(browser, user, { fakeClock: false });

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
    const user = plain();
    const { context, a, b } = await twoSignedInTabs(browser, user);
    await context.clock.fastForward("59:40");
    const fromA = await a.page.evaluate(() => Promise.all([1, 2, 3, 4, 5].map(() => (window as unknown as AuthWindow).auth.getTokens())));
    expect(refreshes(a)).toHaveLength(1);
    expect(new Set(fromA.map((t) => t?.accessToken)).size).toBe(1);
    expect(fromA[0]).not.toBeNull();

    // Tab B, still holding the old tokens in memory, adopts the new ones: no request.
    await expect.poll(() => storedAccessToken(b)).toBe(fromA[0]!.accessToken);
    const fromB = await b.page.evaluate(() => (window as unknown as AuthWindow).auth.getTokens());
    expect(fromB).toEqual(fromA[0]);
    expect(refreshes(b)).toEqual([]);
    await finish(context, [a, b], user.password);
  });

  /*
   * Fails in about 2 of 100 races (2026-11-22, reported to the core's owner): saveTokens writes each
   * key on its own and Chromium hands another renderer's localStorage writes over key by key, so
   * the tab queued on the refresh lock can read the new access and ID tokens with the OLD
   * clockDrift. secondsLeft() then calls them stale, no marker is held under the NEW token's jti,
   * and the tab refreshes a second time, although the "refreshed" message with the right drift
   * had already arrived (traced with a storage/lock/channel spy in the page).
   */
  it("refresh race: both tabs ask for tokens 59m40s later, at once; one REFRESH_TOKEN_AUTH per race (10 races)", async () => {
    const user = plain();
    const { context, a, b } = await twoSignedInTabs(browser, user);
    const perRace: number[] = [];
    const fromBoth: string[][] = [];
    for (let race = 0; race < 10; race++) {
      const before = refreshes(a).length + refreshes(b).length;
      // Tokens live 60 minutes and are refreshed 60 s before expiry: 59m40s on, both tabs must refresh.
      await context.clock.fastForward("59:40");
      const [fromA, fromB] = await Promise.all([a, b].map((tab) => tab.page.evaluate(() => (window as unknown as AuthWindow).auth.getTokens())));
      expect(fromA).not.toBeNull();
      expect(fromB).not.toBeNull();
      perRace.push(refreshes(a).length + refreshes(b).length - before);
      fromBoth.push([fromA!.accessToken, fromB!.accessToken]);
    }
    console.info(`refresh race: REFRESH_TOKEN_AUTH per race ${JSON.stringify(perRace)}; sent by tab A ${refreshes(a).length}, tab B ${refreshes(b).length}`);
    for (const tab of [a, b]) await welcome(tab, user.email).waitFor();
    expect(perRace).toEqual(Array(10).fill(1));
    // Both tabs answered each race with the one new access token, and every race made a new one.
    expect(fromBoth.every(([x, y]) => x === y)).toBe(true);
    expect(new Set(fromBoth.map(([x]) => x)).size).toBe(10);
    await finish(context, [a, b], user.password);
  });
});

const storedAccessToken = (tab: Tab) =>
  tab.page.evaluate(() => Object.entries(localStorage).find(([key]) => key.endsWith(".accessToken"))?.[1] ?? null);
