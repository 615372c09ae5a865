/**
 * Sign-out is final, through the public API against the live local Cognito: answers still on the
 * wire when the user signs out (here or in another tab) land nowhere; a hung network cannot keep
 * anyone signed in; a failed global sign-out is reported and can be retried; and two tabs whose
 * views of storage lag behind each other still make one refresh per expiry.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { CognitoError, fetchTransport, memoryStorage, type StorageAdapter, type Transport } from "../../../src/index";
import { atStep, harnessesForEachTest, until } from "../../support/auth-harness";
import { freshUser, stackConfig } from "../../support/dev-api";
import { cognitoCall } from "cognito-react-kit-local";
import { fakeLocks, laggingStorage } from "../../support/fake-locks";

const config = stackConfig();
const harness = harnessesForEachTest();
const HOUR = 3_600_000;
const real = fetchTransport({ endpoint: config.endpoint });
const lastAuthUser = `CognitoIdentityServiceProvider.${config.userPoolClientId}.LastAuthUser`;

afterEach(() => void vi.useRealTimers());

/** The real transport, except that answers to `hold(op)` wait until the test releases them. */
function gatedTransport() {
  const sent: string[] = [];
  const gates: { operation: string; open: () => void }[] = [];
  const held = new Set<string>();
  const transport: Transport = {
    async send(operation, input) {
      sent.push(operation);
      const answer = real.send(operation, input);
      if (held.has(operation)) await new Promise<void>((open) => gates.push({ operation, open }));
      return answer;
    },
  };
  return {
    transport, sent,
    hold: (operation: string) => void held.add(operation),
    /** Resolves once a held request is on the wire. */
    async onTheWire(operation: string) {
      while (!gates.some((g) => g.operation === operation)) await new Promise((r) => setTimeout(r, 5));
    },
    release: () => gates.splice(0).forEach((g) => g.open()),
  };
}

async function signedInUser(storage: StorageAdapter, extra: Parameters<typeof harness>[0] = {}) {
  const user = await freshUser();
  const h = harness({ storage, ...extra });
  await until(h.auth, atStep("signIn"));
  await h.auth.signIn({ username: user.username, password: user.password });
  expect(h.auth.getSnapshot().step).toBe("signedIn");
  return { user, h };
}

describe("a refresh in flight during sign-out never restores the session", () => {
  it("in the same tab: not in memory, not in storage, not after a reload", async () => {
    let offset = 0;
    const storage = memoryStorage();
    const wire = gatedTransport();
    const { h } = await signedInUser(storage, { transport: wire.transport, now: () => Date.now() + offset });
    offset = HOUR;
    wire.hold("InitiateAuth");
    const tokens = h.auth.getTokens();
    await wire.onTheWire("InitiateAuth");
    expect(await h.auth.signOut()).toEqual({ revoked: true });
    wire.release();
    expect(await tokens).toBeNull();
    expect(h.auth.getSnapshot().step).toBe("signIn");
    expect(await h.auth.getTokens()).toBeNull();
    expect(await storage.getItem(lastAuthUser)).toBeNull();
    const reload = harness({ storage });
    expect((await until(reload.auth, (s) => s.step !== "restoring")).step).toBe("signIn");
  });

  it("when another tab signs out: the refreshing tab lands nowhere either", async () => {
    let offset = 0;
    const storage = memoryStorage();
    const { h: tabA } = await signedInUser(storage);
    const wire = gatedTransport();
    const tabB = harness({ storage, transport: wire.transport, now: () => Date.now() + offset });
    await until(tabB.auth, atStep("signedIn"));
    offset = HOUR;
    wire.hold("InitiateAuth");
    const refreshing = tabB.auth.getTokens();
    await wire.onTheWire("InitiateAuth");
    await tabA.auth.signOut();
    await until(tabB.auth, (s) => s.step === "signIn", 1000);
    wire.release();
    expect(await refreshing).toBeNull();
    expect(await storage.getItem(lastAuthUser)).toBeNull();
    expect(tabB.auth.getSnapshot().step).toBe("signIn");
    expect(tabA.auth.getSnapshot().step).toBe("signIn");
  });

  it("a sign-in answer that arrives after a sign-out in another tab is dropped", async () => {
    const storage = memoryStorage();
    const user = await freshUser();
    const { h: tabA } = await signedInUser(storage);
    const wire = gatedTransport();
    const tabB = harness({ storage: memoryStorage(), transport: wire.transport });
    await until(tabB.auth, atStep("signIn"));
    wire.hold("RespondToAuthChallenge");
    const signingIn = tabB.auth.signIn({ username: user.username, password: user.password });
    await wire.onTheWire("RespondToAuthChallenge");
    await tabA.auth.signOut();
    await until(tabB.auth, (s) => s.step === "signIn" && s.status === "idle", 1000);
    wire.release();
    await signingIn;
    expect(tabB.auth.getSnapshot()).toMatchObject({ step: "signIn", status: "idle", error: null });
    expect(await tabB.auth.getTokens()).toBeNull();
  });
});

describe("sign-out first, network second", () => {
  it("a revoke that never answers: signed out here and in storage at once, resolved after the timeout", async () => {
    const storage = memoryStorage();
    const { h: signedIn } = await signedInUser(storage);
    const hung: Transport = { send: (operation, input) => (operation === "RevokeToken" ? new Promise(() => {}) : real.send(operation, input)) };
    const h = harness({ storage, transport: hung, signOutTimeoutMs: 300 });
    await until(h.auth, atStep("signedIn"));
    const started = performance.now();
    const result = h.auth.signOut();
    await until(h.auth, (s) => s.step === "signIn", 100);
    expect(await storage.getItem(lastAuthUser)).toBeNull();
    await until(signedIn.auth, (s) => s.step === "signIn", 100);
    expect(await result).toEqual({ revoked: false });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("a failed global sign-out is reported, shown on the sign-in step, and can be retried", async () => {
    const storage = memoryStorage();
    const { user, h: first } = await signedInUser(storage);
    let offline = true;
    const flaky: Transport = {
      send: (operation, input) => (offline && operation === "GlobalSignOut" ? Promise.reject(new CognitoError("NetworkError", "")) : real.send(operation, input)),
    };
    // Another device (tabs of this process share a channel, so it is read through Cognito itself).
    const other = harness();
    await until(other.auth, atStep("signIn"));
    await other.auth.signIn({ username: user.username, password: user.password });
    const otherDevice = (await other.auth.getTokens())!.accessToken;
    const h = harness({ storage, transport: flaky });
    await until(h.auth, atStep("signedIn"));
    expect(await h.auth.signOut({ global: true })).toEqual({ revoked: false });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signIn", status: "error", error: { code: "GlobalSignOutFailed", messageId: "error.GlobalSignOutFailed" } });
    await until(first.auth, (s) => s.step === "signIn", 1000);
    // The other device is still signed in until the retry gets through.
    await expect(cognitoCall(config.endpoint, "GetUser", { AccessToken: otherDevice })).resolves.toBeTruthy();
    offline = false;
    expect(await h.auth.signOut({ global: true })).toEqual({ revoked: true });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signIn", error: null });
    await expect(cognitoCall(config.endpoint, "GetUser", { AccessToken: otherDevice })).rejects.toMatchObject({ code: "NotAuthorizedException" });
  });

  it("a refresh error that ends the session tells the other tabs", async () => {
    let offset = 0;
    const storage = memoryStorage();
    const { h: tabA } = await signedInUser(storage, { now: () => Date.now() + offset });
    const tabB = harness({ storage });
    await until(tabB.auth, atStep("signedIn"));
    const username = (tabA.auth.getSnapshot() as { user: { username: string } }).user.username;
    const refreshToken = (await storage.getItem(`CognitoIdentityServiceProvider.${config.userPoolClientId}.${username}.refreshToken`))!;
    await cognitoCall(config.endpoint, "RevokeToken", { Token: refreshToken, ClientId: config.userPoolClientId });
    offset = HOUR;
    expect(await tabA.auth.getTokens()).toBeNull();
    expect((await until(tabB.auth, (s) => s.step === "signIn", 1000)).step).toBe("signIn");
  });
});

describe("restore", () => {
  it("with nothing stored reaches sign-in as soon as storage is read: no timer involved", async () => {
    vi.useFakeTimers();
    const h = harness({ transport: { send: () => Promise.reject(new Error("no request expected")) } });
    for (let i = 0; i < 10 && h.auth.getSnapshot().step === "restoring"; i++) await Promise.resolve();
    expect(h.auth.getSnapshot().step).toBe("signIn");
  });
});

describe("two tabs whose storage views lag behind each other", () => {
  async function race(locks: ReturnType<typeof fakeLocks>, store = laggingStorage()) {
    let offset = 0;
    const now = () => Date.now() + offset;
    const user = await freshUser();
    const sent: string[] = [];
    const counted: Transport = { send: (operation, input) => (sent.push(operation), real.send(operation, input)) };
    const tabA = harness({ storage: store.tabs[0], locks, now, transport: counted });
    await until(tabA.auth, atStep("signIn"));
    await tabA.auth.signIn({ username: user.username, password: user.password });
    store.deliver();
    const tabB = harness({ storage: store.tabs[1], locks, now, transport: counted });
    await until(tabB.auth, atStep("signedIn"));
    sent.length = 0;
    offset = HOUR - 30_000;
    // Both at once: A gets the lock first; its storage write has not reached B when B gets it.
    const [a, b] = await Promise.all([tabA.auth.getTokens(), tabB.auth.getTokens()]);
    return { sent, a, b };
  }

  it("make one refresh request: the lagging tab learns from the lock manager and waits for the tokens", async () => {
    const { sent, a, b } = await race(fakeLocks());
    expect(sent).toEqual(["InitiateAuth"]);
    expect(b?.accessToken).toBe(a?.accessToken);
  });

  it("a write seen half done (new tokens, the old clockDrift) sends no second refresh either", async () => {
    const { sent, a, b } = await race(fakeLocks(), laggingStorage({ immediate: (key) => !key.endsWith(".clockDrift") }));
    expect(sent).toEqual(["InitiateAuth"]);
    expect(b?.accessToken).toBe(a?.accessToken);
  });

  it("(control) without the lock manager's answer, the lagging tab refreshes a second time", async () => {
    const { sent } = await race({ ...fakeLocks(), query: async () => ({ held: [], pending: [] }) });
    expect(sent).toEqual(["InitiateAuth", "InitiateAuth"]);
  });
});
