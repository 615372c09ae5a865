/**
 * Ending a session: here first, the network second. Tokens are cleared and other tabs told at
 * once (a new session generation, so answers still on the wire land nowhere); then Cognito is
 * asked to revoke, waiting at most `timeoutMs` — the timer bounds a wait, it decides nothing.
 */
import { AuthFailure, toAuthError } from "../errors.js";
import { safeUrl } from "../config.js";
import { call, type Transport } from "../transport/types.js";
import type { AuthError, AuthUser } from "../types.js";
import type { SessionKeeper } from "./session-keeper.js";
import { decodeClaims, secondsLeft, userFromIdToken, type Tokens } from "./tokens.js";

export interface AdoptedTokens {
  idToken: string;
  accessToken: string;
  refreshToken?: string | undefined;
}

/** The user of tokens issued to this app client (ID token `aud`, access token `client_id`). */
export function checkAdoptable(tokens: AdoptedTokens, clientId: string, endSession?: string): AuthUser {
  const user = userFromIdToken(tokens.idToken);
  if (!user || user.claims.aud !== clientId || decodeClaims(tokens.accessToken)?.client_id !== clientId) {
    throw new AuthFailure(toAuthError("InvalidTokens"));
  }
  if (endSession) safeUrl(endSession, "endSession");
  return user;
}

interface Options {
  clientId: string;
  transport: Transport;
  keeper: SessionKeeper;
  now: () => number;
  timeoutMs: number;
  navigate: (url: string) => void;
  /** The session ended here: tell the other tabs and the machine. */
  ended(): void;
  /** Cognito did not confirm a global sign-out. */
  failed(error: AuthError): void;
}

export function endSessionHere({ clientId, transport, keeper, now, timeoutMs, navigate, ended, failed }: Options) {
  /**
   * After a failed global sign-out: the tokens to try again with, in memory only (never stored).
   * This session's refresh token is not revoked meanwhile: Cognito would revoke the access tokens
   * issued from it too, and the retry needs one.
   */
  let retryGlobal: Tokens | null = null;

  /** Whether `work` succeeded within the timeout. */
  const confirmed = (work: () => Promise<unknown>) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs, false);
      void work().then(() => true, () => false).then((done) => {
        clearTimeout(timer);
        resolve(done);
      });
    });

  async function signOut(options: { global?: boolean; local?: boolean } = {}): Promise<{ revoked: boolean }> {
    const tokens = keeper.peek() ?? (await keeper.load());
    await keeper.clear();
    ended();
    if (options.local) return { revoked: false };
    const refreshToken = tokens?.refreshToken;
    let revoked: boolean;
    if (!options.global) {
      revoked = !refreshToken || (await confirmed(() => call(transport, "RevokeToken", { Token: refreshToken, ClientId: clientId })));
    } else {
      const held = tokens ?? retryGlobal;
      revoked = !!held && (await confirmed(async () => {
        let token = held.accessToken;
        if (secondsLeft(held, now()) <= 0 && held.refreshToken) {
          token = (await keeper.renew(held)).AuthenticationResult?.AccessToken ?? token;
        }
        await call(transport, "GlobalSignOut", { AccessToken: token });
      }));
      retryGlobal = revoked ? null : held;
      if (!revoked) failed({ code: "GlobalSignOutFailed", messageId: "error.GlobalSignOutFailed" });
    }
    // A hosted-UI session ends at its /logout too (after the revoke: leaving the page cancels requests).
    if (tokens?.endSession) navigate(tokens.endSession);
    return { revoked };
  }
  return { signOut };
}
