/** Minimal RS256 JWT checks for the local stack and its tests (node:crypto, no dependency). */
import { createPublicKey, verify, type JsonWebKey } from "node:crypto";

export type JwtClaims = Record<string, unknown> & { exp?: number; iat?: number; sub?: string };

export function decodeJwt(token: string): { header: Record<string, unknown>; claims: JwtClaims } | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  try {
    return {
      header: JSON.parse(Buffer.from(parts[0]!, "base64url").toString("utf8")) as Record<string, unknown>,
      claims: JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8")) as JwtClaims,
    };
  } catch {
    return null;
  }
}

/** Claims of a token whose RS256 signature verifies against one of `keys` and that has not expired. */
export function verifyJwt(token: string, keys: readonly (JsonWebKey & { kid?: string })[], nowSeconds = Date.now() / 1000): JwtClaims | null {
  const decoded = decodeJwt(token);
  if (!decoded || decoded.header.alg !== "RS256") return null;
  const jwk = keys.find((key) => key.kid === decoded.header.kid);
  if (!jwk) return null;
  const [header, payload, signature] = token.split(".") as [string, string, string];
  const ok = verify(
    "RSA-SHA256",
    Buffer.from(`${header}.${payload}`),
    createPublicKey({ key: jwk, format: "jwk" }),
    Buffer.from(signature, "base64url"),
  );
  if (!ok) return null;
  if (typeof decoded.claims.exp === "number" && decoded.claims.exp <= nowSeconds) return null;
  return decoded.claims;
}
