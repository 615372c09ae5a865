/**
 * Sessions against the live local Cognito: restore without requests, refresh ahead of expiry
 * (one request however many callers), clock drift, transient failures, sign-out and tabs.
 */
import { accountOf, authorizedFetch } from "../../../src/index";
import { describe, expect, it } from "vitest";
import { atStep, harnessesForEachTest, until } from "../../support/auth-harness";
import { freshUser, stackConfig } from "../../support/dev-api";
import { CognitoError, memoryStorage, type StorageAdapter } from "../../../src/index";
import { cognitoCall } from "cognito-react-kit-local";
import { fakeLocks } from "../../support/fake-locks";

const config = stackConfig();
const harness = harnessesForEachTest();

async function signedIn(storage: StorageAdapter = memoryStorage(), now?: () => number) {
  const user = await freshUser();
  const h = harness({ storage, ...(now ? { now } : {}) });
  await until(h.auth, atStep("signIn"));
  await h.auth.signIn({ username: user.username, password: user.password });
  expect(h.auth.getSnapshot().step).toBe("signedIn");
  return { user, storage, h };
}

const HOUR = 3_600_000;

describe("restore", () => {
  it("a valid stored session restores signed in with zero requests", async () => {
    const { storage, user } = await signedIn();
    const again = harness({ storage });
    const state = await until(again.auth, (s) => s.step !== "restoring");
    expect(state).toMatchObject({ step: "signedIn", user: { username: user.username } });
    expect(again.sent).toEqual([]);
  });

  it("an expired session is refreshed with exactly one request", async () => {
    const { storage } = await signedIn();
    const later = harness({ storage, now: () => Date.now() + HOUR });
    expect((await until(later.auth, (s) => s.step !== "restoring")).step).toBe("signedIn");
    expect(later.sent).toEqual(["InitiateAuth"]);
  });

  it("with no stored session goes to sign-in", async () => {
    const h = harness();
    expect((await until(h.auth, (s) => s.step !== "restoring")).step).toBe("signIn");
    expect(h.sent).toEqual([]);
  });
});

describe("refresh", () => {
  it("ten concurrent callers at expiry share one refresh request", async () => {
    let offset = 0;
    const { h } = await signedIn(memoryStorage(), () => Date.now() + offset);
    h.sent.length = 0;
    offset = HOUR - 30_000; // inside the 60 s refresh margin
    const results = await Promise.all(Array.from({ length: 10 }, () => h.auth.getTokens()));
    expect(h.sent).toEqual(["InitiateAuth"]);
    expect(new Set(results.map((r) => r?.accessToken)).size).toBe(1);
    await h.auth.getTokens();
    expect(h.sent).toEqual(["InitiateAuth"]);
  });

  it("two tabs racing a refresh at expiry make one request (Web Locks, storage re-read under the lock)", async () => {
    let offset = 0;
    const storage = memoryStorage();
    const { h } = await signedIn(storage, () => Date.now() + offset);
    const locks = fakeLocks();
    const tabA = harness({ storage, locks, now: () => Date.now() + offset });
    const tabB = harness({ storage, locks, now: () => Date.now() + offset });
    await Promise.all([until(tabA.auth, (s) => s.step === "signedIn"), until(tabB.auth, (s) => s.step === "signedIn")]);
    offset = HOUR - 30_000;
    const [a, b] = await Promise.all([tabA.auth.getTokens(), tabB.auth.getTokens()]);
    expect([...tabA.sent, ...tabB.sent]).toEqual(["InitiateAuth"]);
    expect(a?.accessToken).toBe(b?.accessToken);
    h.auth.destroy();
  });

  it("a client clock two hours fast does not think fresh tokens expired (drift from iat)", async () => {
    const fast = () => Date.now() + 2 * HOUR;
    const { storage, h } = await signedIn(memoryStorage(), fast);
    h.sent.length = 0;
    await h.auth.getTokens();
    expect(h.sent).toEqual([]);
    expect(Number(await storage.getItem(`CognitoIdentityServiceProvider.${config.userPoolClientId}.${(h.auth.getSnapshot() as { user: { username: string } }).user.username}.clockDrift`))).toBeGreaterThanOrEqual(7199);
  });

  it("keeps tokens on network errors and throttling, clears them when the refresh token is revoked", async () => {
    let offset = 0;
    const storage = memoryStorage();
    const { h } = await signedIn(storage, () => Date.now() + offset);
    const username = (h.auth.getSnapshot() as { user: { username: string } }).user.username;
    const key = `CognitoIdentityServiceProvider.${config.userPoolClientId}.${username}.refreshToken`;
    const refreshToken = (await storage.getItem(key))!;
    offset = HOUR;
    for (const failure of [new CognitoError("NetworkError", "offline"), new CognitoError("TooManyRequestsException", "slow down", 400), new CognitoError("InternalErrorException", "", 500)]) {
      const flaky = harness({ storage, now: () => Date.now() + offset, transport: { send: () => Promise.reject(failure) } });
      await until(flaky.auth, (s) => s.step !== "restoring");
      await expect(flaky.auth.getTokens()).rejects.toBe(failure);
      expect(await storage.getItem(key)).toBe(refreshToken);
    }
    await cognitoCall(config.endpoint, "RevokeToken", { Token: refreshToken, ClientId: config.userPoolClientId });
    expect(await h.auth.getTokens()).toBeNull();
    expect(await storage.getItem(key)).toBeNull();
    expect(h.auth.getSnapshot().step).toBe("signIn");
  });
});

describe("sign-out", () => {
  it("revokes the refresh token and clears storage", async () => {
    const { h, storage } = await signedIn();
    const username = (h.auth.getSnapshot() as { user: { username: string } }).user.username;
    const refreshToken = (await storage.getItem(`CognitoIdentityServiceProvider.${config.userPoolClientId}.${username}.refreshToken`))!;
    expect(await h.auth.signOut()).toEqual({ revoked: true });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signIn", username: "" });
    expect(await storage.getItem(`CognitoIdentityServiceProvider.${config.userPoolClientId}.LastAuthUser`)).toBeNull();
    await expect(cognitoCall(config.endpoint, "InitiateAuth", { AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: config.userPoolClientId, AuthParameters: { REFRESH_TOKEN: refreshToken } }))
      .rejects.toMatchObject({ code: "NotAuthorizedException" });
  });

  it("signs out locally even when revocation fails", async () => {
    const { storage } = await signedIn();
    const offline = harness({ storage, transport: { send: () => Promise.reject(new CognitoError("NetworkError", "offline")) } });
    expect((await until(offline.auth, (s) => s.step !== "restoring")).step).toBe("signedIn");
    expect(await offline.auth.signOut()).toEqual({ revoked: false });
    expect(offline.auth.getSnapshot().step).toBe("signIn");
    expect(await storage.getItem(`CognitoIdentityServiceProvider.${config.userPoolClientId}.LastAuthUser`)).toBeNull();
  });

  it("global sign-out ends the user's other sessions", async () => {
    const { user, h } = await signedIn();
    const other = harness();
    await until(other.auth, atStep("signIn"));
    await other.auth.signIn({ username: user.username, password: user.password });
    expect(await h.auth.signOut({ global: true })).toEqual({ revoked: true });
    await expect(accountOf(other.auth).getUser()).rejects.toMatchObject({ error: { messageId: "error.SessionExpired" } });
    expect(other.auth.getSnapshot().step).toBe("signIn");
  });

  it("is broadcast to another tab of the same app client", async () => {
    const storage = memoryStorage();
    const { h } = await signedIn(storage);
    const tab = harness({ storage });
    await until(tab.auth, (s) => s.step === "signedIn");
    await h.auth.signOut();
    expect((await until(tab.auth, (s) => s.step === "signIn", 1000)).step).toBe("signIn");
  });
});

describe("authorized fetch", () => {
  it("adds the bearer access token for a listed origin, and refuses any other before sending", async () => {
    const seen: string[] = [];
    const echo = await import("node:http").then(({ createServer }) => createServer((req, res) => {
      seen.push(req.headers.authorization ?? "");
      res.end(req.headers.authorization ?? "");
    }));
    await new Promise<void>((resolve) => echo.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(echo.address() as { port: number }).port}`;
    try {
      const { h } = await signedIn();
      const api = authorizedFetch(h.auth, { origins: [origin] });
      expect(await (await api(`${origin}/api`)).text()).toBe(`Bearer ${(await h.auth.getTokens())!.accessToken}`);
      const elsewhere = origin.replace("127.0.0.1", "localhost");
      await expect(api(`${elsewhere}/api`)).rejects.toThrow(/authorizedFetch: http:\/\/localhost:\d+ is not one of its origins/);
      // Node has no page origin: with no origins named, nothing receives the token.
      await expect(authorizedFetch(h.auth)(`${origin}/api`)).rejects.toThrow(/is not one of its origins/);
      expect(seen).toHaveLength(1);
    } finally {
      echo.close();
    }
  });
});
