/**
 * The kit's PASSWORD_VERIFIER signature against amazon-cognito-identity-js's AuthenticationHelper
 * (the reference test/core/srp.test.ts builds on) for random passwords: empty, any Unicode
 * (emoji, combining marks, RTL, NUL and other controls), up to 256 characters — with random
 * users, salts, B, secret blocks and a random ephemeral `a` each time (drawn by fast-check, so a
 * failure replays from its seed). The reference is the cost: about 0.5 s a call in jsbn on a
 * loaded 2-core machine, ~9x the kit's own signature — hence 25 runs; the fixed vectors and random
 * inputs of test/core/srp.test.ts add to them.
 */
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SRP_N } from "../../src/core/srp/group.js";
import { cognitoTimestamp, createSrpEphemeral, passwordClaimSignature, type PasswordClaimInput } from "../../src/core/srp/srp-client.js";
import { referenceSignature } from "../support/srp-reference";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Passwords as people (and password managers) make them: well-formed Unicode, 0–256 characters. */
const password = fc.oneof(
  fc.string({ maxLength: 256, unit: "grapheme" }),
  fc.string({ maxLength: 256, unit: "binary" }).filter((s) => !LONE_SURROGATE.test(s)),
  fc.string({ maxLength: 64, unit: "binary-ascii" }),
  fc.constant(""),
).filter((p) => [...p].length <= 256);

const hex = (minBytes: number, maxBytes: number) => fc.uint8Array({ minLength: minBytes, maxLength: maxBytes }).map((b) => Buffer.from(b).toString("hex"));

const input = fc.record({
  poolName: fc.constantFrom("AbCdEf123", "Zz9yX8", "pool"),
  userIdForSrp: fc.oneof(fc.uuid(), fc.stringMatching(/^[a-z0-9._-]{1,20}$/)),
  password,
  saltHex: hex(1, 16),
  // Any B in [1, N): reduced from 384 random bytes.
  srpBHex: fc.uint8Array({ minLength: 384, maxLength: 384 }).map((b) => BigInt(`0x${Buffer.from(b).toString("hex")}`) % SRP_N)
    .filter((b) => b !== 0n).map((b) => b.toString(16)),
  secretBlock: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Buffer.from(b).toString("base64")),
  /** The bytes createSrpEphemeral draws `a` from. */
  aBytes: fc.uint8Array({ minLength: 32, maxLength: 32 }),
  timestamp: fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map(cognitoTimestamp),
});

describe("PASSWORD_VERIFIER signature, random passwords", () => {
  it("equals amazon-cognito-identity-js's for every password and challenge", async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ aBytes, ...fields }) => {
        const claim: PasswordClaimInput = { ...fields, ephemeral: createSrpEphemeral((n) => aBytes.slice(0, n)) };
        const reference = referenceSignature(claim);
        expect(claim.ephemeral.srpA).toBe(reference.A);
        expect(await passwordClaimSignature(claim)).toBe(reference.signature);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("differs when one character of the password differs (the comparison is not vacuous)", async () => {
    const claim: PasswordClaimInput = {
      poolName: "Pool", userIdForSrp: "ana", password: "pässwörd 😀", ephemeral: createSrpEphemeral(), saltHex: "0abc",
      srpBHex: "5".repeat(768), secretBlock: randomBytes(16).toString("base64"), timestamp: "Tue Mar 5 07:08:09 UTC 2024",
    };
    const other = { ...claim, password: "pässwörd 😁" };
    expect(await passwordClaimSignature(claim)).toBe(referenceSignature(claim).signature);
    expect(await passwordClaimSignature(other)).not.toBe(referenceSignature(claim).signature);
  });
});
