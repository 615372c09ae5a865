/**
 * SRP-6a, server side, as Amazon Cognito runs it for USER_SRP_AUTH.
 *
 * Development/test code: it lets the local stack answer the PASSWORD_VERIFIER round trip that
 * cognito-local lacks. Written from the protocol (RFC 5054 / RFC 2945) plus Cognito's
 * conventions: the RFC 3526 3072-bit group with g = 2, padHex on every hashed integer, x bound to
 * "<pool name><USER_ID_FOR_SRP>:<password>", and an HKDF key ("Caldera Derived Key") that signs
 * pool name ‖ user id ‖ secret block ‖ timestamp.
 */
import { createHash, createHmac, getDiffieHellman, randomBytes, timingSafeEqual } from "node:crypto";

export const N = BigInt(`0x${getDiffieHellman("modp15").getPrime("hex")}`);
export const g = 2n;

/** Hex of a non-negative integer, even length, with a leading 00 when the top bit is set. */
export function padHex(value: bigint): string {
  if (value < 0n) throw new RangeError("padHex expects a non-negative integer");
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  if (/^[89a-f]/i.test(hex)) hex = `00${hex}`;
  return hex;
}

const sha256 = (data: Buffer | string): Buffer => createHash("sha256").update(data).digest();
const hashHex = (hex: string): bigint => BigInt(`0x${sha256(Buffer.from(hex, "hex")).toString("hex")}`);

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

export const k = hashHex(padHex(N) + padHex(g));

/** The private key x = H(salt ‖ H(poolName ‖ userId ‖ ":" ‖ password)). */
export function privateKeyX(poolName: string, userId: string, password: string, saltHex: string): bigint {
  const inner = sha256(`${poolName}${userId}:${password}`).toString("hex");
  return hashHex(padHex(BigInt(`0x${saltHex}`)) + inner);
}

export function verifier(x: bigint): bigint {
  return modPow(g, x, N);
}

export interface ServerEphemeral {
  b: bigint;
  B: bigint;
}

export function serverEphemeral(v: bigint, random: (bytes: number) => Buffer = randomBytes): ServerEphemeral {
  for (;;) {
    const b = BigInt(`0x${random(32).toString("hex")}`);
    const B = (k * v + modPow(g, b, N)) % N;
    if (b !== 0n && B !== 0n) return { b, B };
  }
}

export class SrpError extends Error {}

/** The shared key the client must prove it holds: HKDF(S, u) truncated to 16 bytes. */
export function serverSessionKey(A: bigint, B: bigint, b: bigint, v: bigint): Buffer {
  if (A % N === 0n) throw new SrpError("SRP_A mod N is zero");
  const u = hashHex(padHex(A) + padHex(B));
  if (u === 0n) throw new SrpError("u is zero");
  const S = modPow((A * modPow(v, u, N)) % N, b, N);
  const prk = createHmac("sha256", Buffer.from(padHex(u), "hex"))
    .update(Buffer.from(padHex(S), "hex"))
    .digest();
  const info = Buffer.concat([Buffer.from("Caldera Derived Key", "utf8"), Buffer.from([1])]);
  return createHmac("sha256", prk).update(info).digest().subarray(0, 16);
}

export function passwordClaimSignature(
  key: Buffer,
  poolName: string,
  userId: string,
  secretBlockBase64: string,
  timestamp: string,
): string {
  return createHmac("sha256", key)
    .update(Buffer.concat([
      Buffer.from(poolName, "utf8"),
      Buffer.from(userId, "utf8"),
      Buffer.from(secretBlockBase64, "base64"),
      Buffer.from(timestamp, "utf8"),
    ]))
    .digest("base64");
}

export function signaturesMatch(expectedBase64: string, givenBase64: string): boolean {
  const expected = Buffer.from(expectedBase64, "base64");
  const given = Buffer.from(givenBase64, "base64");
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Cognito's TIMESTAMP: "ddd MMM D HH:mm:ss UTC YYYY", English names, day not zero-padded. */
export const TIMESTAMP_FORMAT =
  /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9] UTC [0-9]{4}$/;
