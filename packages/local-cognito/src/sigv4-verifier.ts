/**
 * A SigV4 verifier for the local stack's stand-in AWS service: it recomputes the signature of a
 * request as AWS does (canonical request, string to sign, the HMAC-SHA256 key chain from the
 * secret key) with node:crypto and compares it in constant time. Header-signed requests only
 * (`Authorization: AWS4-HMAC-SHA256 …`); paths are canonicalized the way every service but S3
 * does (each segment URI-encoded twice), which is what aws4fetch and the AWS SDKs send.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export interface SignedRequest {
  method: string;
  /** The path and query exactly as received (still percent-encoded). */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface SigningSecret {
  secretAccessKey: string;
  /** Temporary credentials' token: then X-Amz-Security-Token must be sent and signed. */
  sessionToken?: string;
  /** Epoch ms. */
  expiresAt: number;
}

export type Verdict<T> =
  | { ok: true; credentials: T; accessKeyId: string; region: string; service: string }
  | { ok: false; status: 400 | 403; type: string; message: string };

/** How far the request's X-Amz-Date may be from the verifier's clock, as AWS allows. */
const MAX_SKEW_MS = 15 * 60_000;

const hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data, "utf8").digest();
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const refuse = (type: string, message: string, status: 400 | 403 = 403) => ({ ok: false as const, status, type, message });

/** `20261122T061200Z` → epoch ms, or NaN. */
function amzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : Number.NaN;
}

function header(request: SignedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** The canonical request of AWS's Signature Version 4 (non-S3 path rules). */
export function canonicalRequest(request: SignedRequest, signedHeaders: readonly string[]): string {
  const [rawPath = "/", rawQuery = ""] = request.url.split("?", 2);
  const path = rfc3986(rawPath.replace(/\/+/g, "/")).replace(/%2F/g, "/");
  const query = [...new URLSearchParams(rawQuery)]
    .filter(([key]) => key !== "")
    .map(([key, value]) => [rfc3986(key), rfc3986(value)] as const)
    .sort(([k1, v1], [k2, v2]) => (k1 < k2 ? -1 : k1 > k2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
  const headers = signedHeaders.map((name) => `${name}:${(header(request, name) ?? "").trim().replace(/\s+/g, " ")}\n`).join("");
  const payload = header(request, "x-amz-content-sha256") ?? hex(request.body);
  return [request.method.toUpperCase(), path, query, headers, signedHeaders.join(";"), payload].join("\n");
}

/**
 * Checks a request's SigV4 signature with the secret `lookup` finds for its access key.
 *
 * @example
 * const verdict = verifySigV4(request, (id) => minted.get(id), Date.now());
 * if (!verdict.ok) respond(verdict.status, { __type: verdict.type, message: verdict.message });
 */
export function verifySigV4<T extends SigningSecret>(request: SignedRequest, lookup: (accessKeyId: string) => T | undefined, now: number): Verdict<T> {
  const authorization = header(request, "authorization") ?? "";
  const m = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/.exec(authorization);
  if (!m) return refuse("IncompleteSignatureException", "Authorization header must be AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…", 400);
  const [, accessKeyId, day, region, service, signedList, signature] = m as unknown as [string, string, string, string, string, string, string];
  const signedHeaders = signedList.split(";");
  if (!signedHeaders.includes("host")) return refuse("IncompleteSignatureException", "The host header must be signed.", 400);
  const date = header(request, "x-amz-date") ?? "";
  if (!signedHeaders.includes("x-amz-date") || !date.startsWith(day)) return refuse("IncompleteSignatureException", "X-Amz-Date must be signed and match the credential scope's date.", 400);
  const at = amzDate(date);
  if (!(Math.abs(now - at) <= MAX_SKEW_MS)) return refuse("InvalidSignatureException", "Signature expired: the request time is too far from the server time.");
  const credentials = lookup(accessKeyId);
  if (!credentials) return refuse("UnrecognizedClientException", "The security token included in the request is invalid.");
  const token = header(request, "x-amz-security-token");
  if (credentials.sessionToken !== undefined && (token !== credentials.sessionToken || !signedHeaders.includes("x-amz-security-token"))) {
    return refuse("UnrecognizedClientException", "The security token included in the request is invalid.");
  }
  if (credentials.expiresAt <= now) return refuse("ExpiredTokenException", "The security token included in the request is expired.");
  const claimed = header(request, "x-amz-content-sha256");
  if (claimed !== undefined && claimed !== "UNSIGNED-PAYLOAD" && claimed !== hex(request.body)) {
    return refuse("XAmzContentSHA256Mismatch", "The provided x-amz-content-sha256 header does not match what was computed.", 400);
  }

  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", date, scope, hex(canonicalRequest(request, signedHeaders))].join("\n");
  const key = [day, region, service, "aws4_request"].reduce<string | Buffer>((k, part) => hmac(k, part), `AWS4${credentials.secretAccessKey}`);
  const expected = hmac(key, stringToSign);
  if (!timingSafeEqual(expected, Buffer.from(signature, "hex"))) {
    return refuse("InvalidSignatureException", "The request signature we calculated does not match the signature you provided.");
  }
  return { ok: true, credentials, accessKeyId, region, service };
}
