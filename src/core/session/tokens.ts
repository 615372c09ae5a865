/** Reading Cognito JWTs (no verification: the browser trusts its own Cognito over TLS). */
import { base64Decode } from "../srp/math.js";
import type { AuthUser } from "../types.js";

export interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  /** Seconds the local clock is ahead of Cognito's, measured from `iat` when tokens arrived. */
  clockDrift: number;
  /** For a session from the hosted UI: the /logout URL that ends it there too. */
  endSession?: string;
}

export type Claims = Record<string, unknown> & { exp?: number; iat?: number };

/** The payload of a JWT, or null when it is not one. */
export function decodeClaims(token: string): Claims | null {
  const part = token.split(".")[1];
  if (!part) return null;
  try {
    // atob takes base64 without its padding (forgiving-base64, in browsers and Node alike).
    return JSON.parse(new TextDecoder().decode(base64Decode(part.replace(/-/g, "+").replace(/_/g, "/")))) as Claims;
  } catch {
    return null;
  }
}

/** Drift from a freshly issued token: local now minus the server's `iat`. */
export function clockDriftOf(accessToken: string, nowMs: number): number {
  const iat = decodeClaims(accessToken)?.iat;
  return typeof iat === "number" ? Math.round(nowMs / 1000 - iat) : 0;
}

/** Seconds until the earlier of the ID and access tokens expires, in Cognito's clock. */
export function secondsLeft(tokens: Tokens, nowMs: number): number {
  const exp = Math.min(...[tokens.idToken, tokens.accessToken].map((t) => decodeClaims(t)?.exp ?? 0));
  return exp - (nowMs / 1000 - tokens.clockDrift);
}

/** Tells one issue of tokens from another: the access token's `jti` (an id, not a secret). */
export function tokenIdOf(tokens: Tokens): string {
  const claims = decodeClaims(tokens.accessToken);
  return String(claims?.jti ?? `${claims?.iat}.${claims?.exp}`);
}

export function userFromIdToken(idToken: string): AuthUser | null {
  const claims = decodeClaims(idToken);
  if (typeof claims?.sub !== "string") return null;
  const { sub, email, email_verified: emailVerified, phone_number: phoneNumber } = claims;
  return {
    username: String(claims["cognito:username"] ?? sub),
    userId: sub,
    claims,
    ...(typeof email === "string" && { email }),
    ...(typeof emailVerified === "boolean" && { emailVerified }),
    ...(typeof phoneNumber === "string" && { phoneNumber }),
  };
}
