/**
 * `npx tsx scripts/bench-srp.ts`: the cost of a full USER_SRP_AUTH client computation
 * (A = g^a, then PASSWORD_CLAIM_SIGNATURE) with src/core/srp versus amazon-cognito-identity-js's
 * AuthenticationHelper, on the same inputs (same a, salt, B, secret block, timestamp) in the
 * same process. Median of RUNS interleaved runs after WARMUP runs each.
 */
import { createHmac, randomBytes } from "node:crypto";
import * as cognitoJs from "amazon-cognito-identity-js";
import {
  SRP_N, cognitoTimestamp, createSrpEphemeral, passwordClaimSignature, type PasswordClaimInput, type SrpEphemeral,
} from "../src/core/srp/index.js";

const WARMUP = 5;
const RUNS = Number(process.env.SRP_BENCH_RUNS ?? 20);

// AuthenticationHelper is exported at runtime but not in the package's typings.
interface JsbnBigInteger { toString(radix: number): string }
interface ReferenceHelper {
  N: JsbnBigInteger;
  smallAValue: JsbnBigInteger;
  largeAValue: JsbnBigInteger | null;
  getLargeAValue(callback: (err: unknown, A: JsbnBigInteger) => void): void;
  getPasswordAuthenticationKey(
    username: string, password: string, B: JsbnBigInteger, salt: JsbnBigInteger,
    callback: (err: unknown, hkdf: Uint8Array) => void,
  ): void;
}
const { AuthenticationHelper } = cognitoJs as unknown as { AuthenticationHelper: new (poolName: string) => ReferenceHelper };

const aBytes = new Uint8Array(randomBytes(32));
const fixed: Omit<PasswordClaimInput, "ephemeral"> = {
  poolName: "AbCdEf123",
  userIdForSrp: "7c1f0a52-3b7d-4e8a-9f10-2d4c6b8e0a13",
  password: "Correct-Horse-Battery-1!",
  saltHex: randomBytes(16).toString("hex"),
  srpBHex: (BigInt(`0x${randomBytes(384).toString("hex")}`) % SRP_N).toString(16),
  secretBlock: randomBytes(1700).toString("base64"),
  timestamp: cognitoTimestamp(new Date()),
};

/** What CognitoUser does after the PASSWORD_VERIFIER challenge, given a helper whose a is set. */
function referenceSign(helper: ReferenceHelper): string {
  const BigInteger = helper.N.constructor as new (hex: string, radix: number) => JsbnBigInteger;
  helper.getLargeAValue(() => {});
  let hkdf: Uint8Array | undefined;
  helper.getPasswordAuthenticationKey(fixed.userIdForSrp, fixed.password,
    new BigInteger(fixed.srpBHex, 16), new BigInteger(fixed.saltHex, 16), (_err, key) => { hkdf = key; });
  const message = Buffer.concat([Buffer.from(fixed.poolName, "utf8"), Buffer.from(fixed.userIdForSrp, "utf8"),
    Buffer.from(fixed.secretBlock, "base64"), Buffer.from(fixed.timestamp, "utf8")]);
  return createHmac("sha256", hkdf!).update(message).digest("base64");
}

/** Reference with our a injected (the constructor's own A is computed outside the timing). */
function referenceSameA(): { run: () => string } {
  const helper = new AuthenticationHelper(fixed.poolName);
  const BigInteger = helper.N.constructor as new (hex: string, radix: number) => JsbnBigInteger;
  return {
    run: () => {
      helper.smallAValue = new BigInteger(Buffer.from(aBytes).toString("hex"), 16);
      helper.largeAValue = null;
      return referenceSign(helper);
    },
  };
}

/** Reference as shipped: a fresh helper draws its own 1024-bit a and computes A in the constructor. */
const referenceShipped = (): string => referenceSign(new AuthenticationHelper(fixed.poolName));

const oursFull = (): Promise<string> =>
  passwordClaimSignature({ ...fixed, ephemeral: createSrpEphemeral(() => aBytes) });
let precomputed: SrpEphemeral | undefined; // made after the cold run, so that it builds nothing
const oursSubmit = (): Promise<string> =>
  passwordClaimSignature({ ...fixed, ephemeral: (precomputed ??= createSrpEphemeral(() => aBytes)) });

async function time(task: () => unknown): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const sameA = referenceSameA();
const coldStart = performance.now();
const ours = await oursFull(); // first call: JIT warm-up and the one-time table for g
const cold = performance.now() - coldStart;
if (ours !== sameA.run() || ours !== (await oursSubmit())) {
  throw new Error("bench-srp: our signature differs from amazon-cognito-identity-js's on the same inputs");
}

const tasks = { ours: oursFull, submitOnly: oursSubmit, reference: sameA.run, shipped: referenceShipped };
const samples: Record<keyof typeof tasks, number[]> = { ours: [], submitOnly: [], reference: [], shipped: [] };
const names = Object.keys(tasks) as (keyof typeof tasks)[];
for (let i = 0; i < WARMUP + RUNS; i++) {
  // rotate the order so that no task always runs right after (and pays for the garbage of) another
  for (let j = 0; j < names.length; j++) {
    const name = names[(i + j) % names.length]!;
    const ms = await time(tasks[name]);
    if (i >= WARMUP) samples[name].push(ms);
  }
}

const result = {
  ours: median(samples.ours), submitOnly: median(samples.submitOnly),
  reference: median(samples.reference), shipped: median(samples.shipped),
};
const ms = (value: number): string => value.toFixed(2);
console.log(`node ${process.version}, median of ${RUNS} runs after ${WARMUP} warm-up runs, signatures checked equal`);
console.log(`  ours, first sign-in in the process (cold: JIT, g table) ${ms(cold)} ms`);
console.log(`  ours, full sign-in (256-bit a: A + signature)          ${ms(result.ours)} ms`);
console.log(`  ours, submit only (A precomputed at initiate time)      ${ms(result.submitOnly)} ms`);
console.log(`  amazon-cognito-identity-js, same a (A + key + HMAC)     ${ms(result.reference)} ms`);
console.log(`  amazon-cognito-identity-js as shipped (its 1024-bit a)  ${ms(result.shipped)} ms (${(result.shipped / result.ours).toFixed(1)}× ours)`);
console.log(`srp per sign-in (same user, password, salt, B, secret block, timestamp; each library's own ephemeral): ours ${ms(result.ours)} ms, amazon-cognito-identity-js ${ms(result.shipped)} ms, ratio ${(result.shipped / result.ours).toFixed(1)}×`);
console.log(`srp with the identical 256-bit a forced into both: ours ${ms(result.ours)} ms, amazon-cognito-identity-js ${ms(result.reference)} ms, ratio ${(result.reference / result.ours).toFixed(1)}×`);
