/**
 * Holds the signed-in session: restores it without a request while it is valid, refreshes it
 * ahead of expiry (one request for any number of concurrent callers in a tab, and across tabs
 * through Web Locks, re-reading storage once the lock is held), and clears tokens only on
 * definitive auth errors — never on network errors, 5xx or throttling.
 */
import { endsSession } from "../errors.js";
import { call, CognitoError, type Transport } from "../transport/types.js";
import { clearTokens, loadTokens, saveTokens, type StorageAdapter } from "./storage.js";
import { clockDriftOf, decodeClaims, secondsLeft, type Tokens } from "./tokens.js";

export interface SessionKeeperOptions {
  clientId: string;
  storage: StorageAdapter;
  transport: Transport;
  now: () => number;
  /** navigator.locks where available; tests inject their own. */
  locks?: Pick<LockManager, "request"> | undefined;
  /** Called when a definitive auth error ended the session. */
  onEnded: () => void;
}

export interface SessionKeeper {
  /** Tokens from storage when still valid — no request. */
  restore(): Promise<Tokens | null>;
  /** Valid tokens, refreshing first when they are about to expire; null when signed out. */
  valid(): Promise<Tokens | null>;
  store(tokens: { IdToken?: string; AccessToken?: string; RefreshToken?: string }): Promise<Tokens>;
  clear(): Promise<void>;
  peek(): Tokens | null;
}

export function createSessionKeeper(options: SessionKeeperOptions): SessionKeeper {
  const { clientId, storage, transport, now } = options;
  /** Refresh this many seconds before expiry. */
  const margin = 60;
  let tokens: Tokens | null = null;
  let username = "";
  let inflight: Promise<Tokens | null> | null = null;

  const fresh = (t: Tokens | null) => t !== null && secondsLeft(t, now()) > margin;

  async function reload() {
    const stored = await loadTokens(storage, clientId);
    tokens = stored?.tokens ?? null;
    username = stored?.username ?? "";
    return tokens;
  }

  async function refresh(): Promise<Tokens | null> {
    // Another tab may have refreshed while we waited for the lock. Its storage writes can reach
    // this tab a few milliseconds after the lock does (Chromium syncs localStorage across
    // processes asynchronously), so stale tokens get a second look before a refresh request.
    let current = await reload();
    if (!fresh(current)) current = await new Promise((r) => setTimeout(r, 150)).then(reload);
    if (!current || fresh(current)) return current;
    if (!current.refreshToken) return null;
    try {
      const answer = await call(transport, "InitiateAuth", {
        AuthFlow: "REFRESH_TOKEN_AUTH",
        ClientId: clientId,
        AuthParameters: { REFRESH_TOKEN: current.refreshToken },
      });
      return await keeper.store({ RefreshToken: current.refreshToken, ...answer.AuthenticationResult });
    } catch (error) {
      if (error instanceof CognitoError && endsSession(error.code)) {
        await keeper.clear();
        options.onEnded();
        return null;
      }
      throw error;
    }
  }

  const keeper: SessionKeeper = {
    async restore() {
      const stored = await reload();
      return fresh(stored) ? stored : null;
    },
    valid() {
      if (fresh(tokens)) return Promise.resolve(tokens);
      inflight ??= (options.locks
        ? (options.locks.request(`cognito-react-kit:refresh:${clientId}`, refresh) as Promise<unknown> as Promise<Tokens | null>)
        : refresh()
      ).finally(() => {
        inflight = null;
      });
      return inflight;
    },
    async store(result) {
      if (!result.IdToken || !result.AccessToken) throw new CognitoError("InvalidTokens", "");
      const next: Tokens = {
        idToken: result.IdToken,
        accessToken: result.AccessToken,
        clockDrift: clockDriftOf(result.AccessToken, now()),
        ...(result.RefreshToken ? { refreshToken: result.RefreshToken } : {}),
      };
      const claimed = decodeClaims(next.accessToken)?.username;
      const name = typeof claimed === "string" ? claimed : username;
      if (username && name !== username) await clearTokens(storage, clientId);
      tokens = next;
      username = name;
      await saveTokens(storage, clientId, name, next);
      return next;
    },
    async clear() {
      tokens = null;
      username = "";
      await clearTokens(storage, clientId);
    },
    peek: () => tokens,
  };
  return keeper;
}
