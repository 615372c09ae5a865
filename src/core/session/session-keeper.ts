/**
 * Holds the signed-in session: loads it without a request, refreshes it ahead of expiry (one
 * request for any number of concurrent callers in a tab, and across tabs), and clears tokens only
 * on definitive auth errors — never on network errors, 5xx or throttling.
 *
 * Sign-out wins: every session has a generation, and `clear()` starts a new one. A refresh or
 * sign-in answer that belongs to an older generation lands nowhere (not in memory, not in
 * storage, not in another tab), whenever it arrives.
 *
 * Across tabs, with no timers: a refresh runs under a Web Lock. The tab that refreshed posts the
 * new tokens to the other tabs and, before it lets go of the refresh lock, takes a marker lock
 * named after the tokens it replaced. The lock manager is consistent across tabs, while another
 * tab's view of localStorage may lag by a few milliseconds; so a tab that gets the refresh lock and
 * still reads stale tokens asks the lock manager: if a marker says they were replaced, it waits
 * for the new ones to arrive (tab message or storage) instead of refreshing a second time.
 */
import { endsSession } from "../errors.js";
import { call, CognitoError, type Transport } from "../transport/types.js";
import type { InitiateAuthResponse } from "../transport/cognito-types.js";
import { clearTokens, loadTokens, saveTokens, type StorageAdapter } from "./storage.js";
import { clockDriftOf, decodeClaims, secondsLeft, tokenIdOf, type Tokens } from "./tokens.js";
import { addOnParameters, type SignInAddOn } from "../flows/context.js";

/** The Web Locks calls the keeper uses (navigator.locks; tests inject their own). */
export type Locks = Pick<LockManager, "request" | "query">;

export interface SessionKeeperOptions {
  clientId: string;
  storage: StorageAdapter;
  transport: Transport;
  now: () => number;
  locks?: Locks | undefined;
  /** Sign-in add-ons: their extra AuthParameters go with each refresh (e.g. DEVICE_KEY). */
  addOns: readonly SignInAddOn[];
  /** A definitive auth error ended the session (tokens already cleared). */
  onEnded: () => void;
  /** This tab refreshed: tell the other tabs (they adopt the tokens without a request); false when there is no way to. */
  onRefreshed: (tokens: Tokens) => boolean;
}

export interface SessionKeeper {
  /** The session's generation: bumped by every clear(). */
  readonly generation: number;
  /** Reads storage into memory (no request); the tokens may be stale. */
  load(): Promise<Tokens | null>;
  /** Valid tokens, refreshing first when they are about to expire; null when signed out. */
  valid(): Promise<Tokens | null>;
  /** Stores a sign-in's tokens; null (nothing stored) when the session moved past `since`. */
  store(result: { IdToken?: string; AccessToken?: string; RefreshToken?: string }, options?: { since?: number; endSession?: string | undefined }): Promise<Tokens | null>;
  /**
   * Tokens another tab stored: adopted in memory when it signed in, or when it refreshed the
   * session this tab holds (storage is shared, so that is the same session).
   */
  heard(tokens: Tokens, signedIn?: boolean): void;
  /** Ends the session here: a new generation, memory and storage cleared, waiters released. */
  clear(): Promise<void>;
  peek(): Tokens | null;
  /** REFRESH_TOKEN_AUTH for `tokens` (their refresh token, with the add-ons' parameters such as DEVICE_KEY); stores nothing. */
  renew(tokens: Tokens): Promise<InitiateAuthResponse>;
}

/** Refresh this many seconds before expiry. */
const MARGIN = 60;

export function createSessionKeeper(options: SessionKeeperOptions): SessionKeeper {
  const { clientId, storage, transport, now, locks } = options;
  const lockName = `cognito-react-kit:refresh:${clientId}`;
  const markerPrefix = `cognito-react-kit:fresh:${clientId}:`;
  let generation = 0;
  let tokens: Tokens | null = null;
  let username = "";
  let inflight: Promise<Tokens | null> | null = null;
  /** The newest tokens another tab posted, and a wake-up for a refresh waiting for them. */
  let lastHeard: Tokens | null = null;
  let wake: () => void = () => {};
  let releaseMarker: () => void = () => {};

  const fresh = (t: Tokens | null): boolean => t !== null && secondsLeft(t, now()) > MARGIN;
  /** The marker that says "these tokens were replaced": named by their id claim, never a token. */
  const markerOf = (t: Tokens) => markerPrefix + tokenIdOf(t);

  async function load(): Promise<Tokens | null> {
    const since = generation;
    const stored = await loadTokens(storage, clientId);
    if (since !== generation) return null;
    tokens = stored?.tokens ?? null;
    username = stored?.username ?? "";
    return tokens;
  }

  /**
   * Newer tokens another tab refreshed, when its storage writes have not (all) reached this tab:
   * the tokens it posted, or — when a marker says the tokens this tab had were replaced — the
   * ones still on their way (posted before the marker was taken: waited for, no timer).
   */
  async function refreshedElsewhere(had: (Tokens | null)[], since: number): Promise<Tokens | null> {
    if (lastHeard && fresh(lastHeard)) return lastHeard;
    const held = new Set(((await locks?.query?.())?.held ?? []).map((l) => l.name));
    if (!had.some((t) => t && held.has(markerOf(t)))) return null;
    for (;;) {
      if (since !== generation) return null;
      if (lastHeard && fresh(lastHeard)) return lastHeard;
      const stored = await load();
      if (stored && fresh(stored)) return stored;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  }

  async function refresh(): Promise<Tokens | null> {
    const since = generation;
    const previous = tokens;
    const current = await load();
    if (!current || fresh(current)) return current;
    // Storage may show another tab's write half done (new tokens, old clockDrift): both what this
    // tab held and what it read are checked against the markers.
    const elsewhere = await refreshedElsewhere([previous, current], since);
    if (elsewhere) return since === generation ? (tokens = elsewhere) : null;
    if (!current.refreshToken || since !== generation) return null;
    try {
      const answer = await keeper.renew(current);
      const next = await keeper.store({ RefreshToken: current.refreshToken, ...answer.AuthenticationResult }, { since, endSession: current.endSession });
      if (next) await publish(next, current);
      return next;
    } catch (error) {
      if (since !== generation) return null;
      if (error instanceof CognitoError && endsSession(error.code)) {
        await keeper.clear();
        options.onEnded();
        return null;
      }
      throw error;
    }
  }

  /** Tells the other tabs, then holds the marker (granted before the refresh lock is let go). */
  async function publish(next: Tokens, replaced: Tokens) {
    if (!options.onRefreshed(next) || !locks) return;
    releaseMarker();
    await new Promise<void>((granted) => {
      void locks.request(markerOf(replaced), { ifAvailable: true }, (lock) => {
        granted();
        return lock ? new Promise<void>((release) => (releaseMarker = release)) : undefined;
      });
    });
  }

  const keeper: SessionKeeper = {
    get generation() {
      return generation;
    },
    load,
    valid() {
      if (fresh(tokens)) return Promise.resolve(tokens);
      // request() resolves with what the callback resolves with (its typings say a Promise of it).
      inflight ??= (locks ? (locks.request(lockName, refresh) as Promise<unknown> as Promise<Tokens | null>) : refresh()).finally(() => {
        inflight = null;
      });
      return inflight;
    },
    async store(result, { since = generation, endSession } = {}) {
      if (!result.IdToken || !result.AccessToken) throw new CognitoError("InvalidTokens", "");
      const next: Tokens = {
        idToken: result.IdToken,
        accessToken: result.AccessToken,
        clockDrift: clockDriftOf(result.AccessToken, now()),
        ...(result.RefreshToken && { refreshToken: result.RefreshToken }),
        ...(endSession && { endSession }),
      };
      const claimed = decodeClaims(next.accessToken)?.username;
      const name = typeof claimed === "string" ? claimed : username;
      if (since !== generation) return null;
      if (username && name !== username) await clearTokens(storage, clientId);
      tokens = next;
      username = name;
      await saveTokens(storage, clientId, name, next);
      // A sign-out that happened while storage was written takes it back out.
      if (since !== generation) {
        await clearTokens(storage, clientId);
        return null;
      }
      return next;
    },
    heard(next, signedIn) {
      // A tab that signed out takes no refresh from another: the session it ended stays ended
      // here (and no later session of this tab could mistake those tokens for its own).
      if (!signedIn && !tokens) return;
      lastHeard = tokens = next;
      username = String(decodeClaims(next.accessToken)?.username ?? username);
      wake();
    },
    async clear() {
      generation++;
      tokens = lastHeard = null;
      username = "";
      releaseMarker();
      wake();
      await clearTokens(storage, clientId);
    },
    peek: () => tokens,
    renew: (held) => call(transport, "InitiateAuth", {
      AuthFlow: "REFRESH_TOKEN_AUTH",
      ClientId: clientId,
      AuthParameters: { REFRESH_TOKEN: held.refreshToken!, ...addOnParameters(options, String(decodeClaims(held.accessToken)?.username)) },
    }),
  };
  return keeper;
}
