/**
 * The client side of Cognito's USER_SRP_AUTH (SRP-6a over the RFC 3526 3072-bit group):
 * the ephemeral sent as SRP_A, and the PASSWORD_CLAIM_SIGNATURE answering PASSWORD_VERIFIER.
 * Native BigInt and WebCrypto only, so it runs unchanged in browsers and Node ≥ 20.
 */
import { SRP_G, SRP_INFO, SRP_N } from "./group.js";
import {
  base64Decode, base64Encode, bigIntFromBytes, bigIntFromHex, bytesToHex, concatBytes,
  hexToBytes, modPow, padHex, utf8Bytes,
} from "./math.js";

/** A protocol value from the server (or the random source) that SRP must refuse. */
export class SrpProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SrpProtocolError";
  }
}

export interface SrpEphemeral {
  readonly a: bigint;
  readonly A: bigint;
  /** hex of A for AuthParameters.SRP_A */
  readonly srpA: string;
}

export interface PasswordClaimInput {
  /** the part of the user pool id after "_" */
  poolName: string;
  /** ChallengeParameters.USER_ID_FOR_SRP (NOT what the user typed: alias sign-in!) */
  userIdForSrp: string;
  password: string;
  ephemeral: SrpEphemeral;
  /** ChallengeParameters.SALT */
  saltHex: string;
  /** ChallengeParameters.SRP_B */
  srpBHex: string;
  /** ChallengeParameters.SECRET_BLOCK (base64) */
  secretBlock: string;
  /** from cognitoTimestamp() */
  timestamp: string;
}

/** What the password authentication key depends on (the signature adds block and time). */
export type PasswordKeyInput = Omit<PasswordClaimInput, "secretBlock" | "timestamp">;

/**
 * Length of the secret exponent a. NIST SP 800-57 Pt. 1 rates a 3072-bit finite-field group at
 * 128-bit security, and SP 800-56A Rev. 3 (§5.6.1.1) pairs that with a 2·128 = 256-bit private
 * exponent: the best attack on a short exponent (Pollard kangaroo) costs ~2^(bits/2) = 2^128,
 * the same as the group itself. A longer a (amazon-cognito-identity-js uses 1024 bits) adds no
 * security and makes g^a and the session key about 2–4× slower.
 */
const EXPONENT_BYTES = 32;
const MAX_ATTEMPTS = 8;
/** g^e mod N (a and x have 256 bits: the sliding window over a 256-bit exponent). */
const powG = (exponent: bigint) => modPow(SRP_G, exponent, SRP_N);

/**
 * A fresh client ephemeral: a random 256-bit secret a (32 bytes; see EXPONENT_BYTES for why
 * that matches the 3072-bit group's ~128-bit strength) and A = g^a mod N. Draws again if a is 0
 * or A mod N is 0; throws SrpProtocolError if the random source keeps producing such values.
 * `srpA` is A in plain lower-case hex, as amazon-cognito-identity-js sends it. Call it early
 * (sign-in screen shown): the exponentiation then stays off the submit path.
 *
 * @example
 * const ephemeral = createSrpEphemeral();
 * await cognito.initiateAuth({ AuthFlow: "USER_SRP_AUTH",
 *   AuthParameters: { USERNAME: username, SRP_A: ephemeral.srpA } });
 */
export function createSrpEphemeral(
  random = (bytes: number): Uint8Array => globalThis.crypto.getRandomValues(new Uint8Array(bytes)),
): SrpEphemeral {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const a = bigIntFromBytes(random(EXPONENT_BYTES));
    if (a === 0n) continue;
    // A = g^a is never 0 mod N: N is prime and 0 < a < N.
    const A = powG(a);
    return { a, A, srpA: A.toString(16) };
  }
  throw new SrpProtocolError("a");
}

/**
 * S = (B − k·g^x)^(a + u·x) mod N, in [0, N). Throws SrpProtocolError when B mod N is 0 or u is 0
 * (either would let a hostile server pin S without knowing the verifier).
 *
 * @example
 * const S = srpSharedSecret({ a: ephemeral.a, B, u, x, k: await srpMultiplier() });
 */
export function srpSharedSecret(input: { a: bigint; B: bigint; u: bigint; x: bigint; k: bigint }): bigint {
  const { a, B, u, x, k } = input;
  if (B % SRP_N === 0n) throw new SrpProtocolError("B");
  if (u === 0n) throw new SrpProtocolError("u");
  // modPow reduces the base into [0, N) first (B − k·g^x is often negative).
  return modPow(B - k * powG(x), a + u * x, SRP_N);
}

async function sha256(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", data));
}

/**
 * k = H(padHex(N) ‖ padHex(g)), SRP-6a's multiplier: a constant of the group, hashed when a
 * signature needs it (one SHA-256 of 385 bytes) rather than shipped as 64 hex digits.
 * @example (await srpMultiplier()).toString(16) // "538282c4…6d9ee6"
 */
export async function srpMultiplier(): Promise<bigint> {
  return bigIntFromBytes(await sha256(hexToBytes(padHex(SRP_N) + padHex(SRP_G))));
}

async function hmacSha256(key: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto.subtle;
  const cryptoKey = await subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await subtle.sign("HMAC", cryptoKey, data));
}

/**
 * RFC 5869 HKDF-SHA-256 (WebCrypto's): extract with `salt`, expand with `info` to `length` bytes.
 *
 * @example
 * const key = await hkdfSha256(hexToBytes(padHex(S)), hexToBytes(padHex(u)), utf8Bytes("Caldera Derived Key"), 16);
 */
export async function hkdfSha256(
  ikm: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>, info: Uint8Array<ArrayBuffer>, length: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"]);
  return new Uint8Array(await subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt, info }, key, length * 8));
}

/** A challenge parameter read by `read`; one it cannot read is refused as SrpProtocolError(name). */
function parsed<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch {
    throw new SrpProtocolError(name);
  }
}

/**
 * The 16-byte password authentication key: HKDF(ikm = padHex(S), salt = padHex(u),
 * info = "Caldera Derived Key"), with u = H(padHex(A) ‖ padHex(B)) and
 * x = H(padHex(salt) ‖ hex(H(poolName ‖ userIdForSrp ‖ ":" ‖ password))).
 * Throws SrpProtocolError when B mod N is 0 or u is 0.
 *
 * @example
 * const key = await passwordAuthenticationKey({ poolName, userIdForSrp, password, ephemeral,
 *   saltHex: params.SALT, srpBHex: params.SRP_B });
 */
export async function passwordAuthenticationKey(input: PasswordKeyInput): Promise<Uint8Array<ArrayBuffer>> {
  const { A, a } = input.ephemeral;
  const B = parsed("SRP_B", () => bigIntFromHex(input.srpBHex));
  const salt = parsed("SALT", () => bigIntFromHex(input.saltHex));
  const [k, uHash, identity] = await Promise.all([
    srpMultiplier(),
    sha256(hexToBytes(padHex(A) + padHex(B))),
    sha256(utf8Bytes(`${input.poolName}${input.userIdForSrp}:${input.password}`)),
  ]);
  const u = bigIntFromBytes(uHash);
  const x = bigIntFromBytes(await sha256(hexToBytes(padHex(salt) + bytesToHex(identity))));
  const S = srpSharedSecret({ a, B, u, x, k });
  return hkdfSha256(hexToBytes(padHex(S)), hexToBytes(padHex(u)), utf8Bytes(SRP_INFO), 16);
}

/**
 * PASSWORD_CLAIM_SIGNATURE (base64): HMAC-SHA-256 under the password authentication key of
 * utf8(poolName) ‖ utf8(userIdForSrp) ‖ base64decode(secretBlock) ‖ utf8(timestamp).
 * Throws SrpProtocolError when B mod N is 0, u is 0, or a challenge parameter is malformed.
 *
 * @example
 * const timestamp = cognitoTimestamp(new Date());
 * const signature = await passwordClaimSignature({ poolName: userPoolId.split("_")[1]!,
 *   userIdForSrp: params.USER_ID_FOR_SRP, password, ephemeral, saltHex: params.SALT,
 *   srpBHex: params.SRP_B, secretBlock: params.SECRET_BLOCK, timestamp });
 */
export async function passwordClaimSignature(input: PasswordClaimInput): Promise<string> {
  const block = parsed("block", () => base64Decode(input.secretBlock));
  const key = await passwordAuthenticationKey(input);
  const message = concatBytes(
    utf8Bytes(input.poolName), utf8Bytes(input.userIdForSrp), block, utf8Bytes(input.timestamp),
  );
  return base64Encode(await hmacSha256(key, message));
}



/**
 * The TIMESTAMP Cognito expects, "ddd MMM D HH:mm:ss UTC YYYY": English names, UTC, day of
 * month not padded, hours/minutes/seconds padded to two digits.
 *
 * @example
 * cognitoTimestamp(new Date("2024-03-05T07:08:09Z")); // "Tue Mar 5 07:08:09 UTC 2024"
 */
export function cognitoTimestamp(date: Date): string {
  // toUTCString is "Tue, 05 Mar 2024 07:08:09 GMT" in every engine (ECMA-262 fixes its format).
  const [weekday, day, month, year, time] = date.toUTCString().split(" ");
  if (!time) throw new RangeError("date");
  return `${weekday!.slice(0, 3)} ${month} ${Number(day)} ${time} UTC ${year}`;
}
