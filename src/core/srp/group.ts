/**
 * The SRP-6a group Amazon Cognito uses: the RFC 3526 3072-bit MODP group (group 15) with
 * generator 2. (The multiplier k = H(padHex(N) ‖ padHex(g)) is hashed when needed: srpMultiplier.)
 */

/** atan(1/x), scaled by `one`, from its alternating series (exact integer steps). */
function arctanInverse(x: bigint, one: bigint): bigint {
  let sum = 0n;
  let term = one / x;
  for (let n = 1n, sign = 1n; term !== 0n; n += 2n, sign = -sign, term /= x * x) sum += (sign * term) / n;
  return sum;
}

/**
 * N, the RFC 3526 §4 3072-bit MODP prime, built from its definition
 * 2^3072 − 2^3008 − 1 + 2^64 · (⌊2^2942 · π⌋ + 1690314), with π from Machin's formula carried
 * 64 guard bits past what the floor needs. This costs ~0.5 ms once and saves shipping 768 hex
 * digits (~0.4 kB gzip); test/core/srp.test.ts checks it against Node's copy of the group.
 * N is a safe prime (N = 2q + 1, q prime), so g = 2 generates the order-q subgroup.
 */
export const SRP_N: bigint = (() => {
  const one = 1n << 3006n;
  const pi = 16n * arctanInverse(5n, one) - 4n * arctanInverse(239n, one);
  return (1n << 3072n) - (1n << 3008n) - 1n + (1n << 64n) * ((pi >> 64n) + 1690314n);
})();

/** N as lower-case hex (768 nibbles). */
export const SRP_N_HEX = /* @__PURE__ */ SRP_N.toString(16);

/** The generator g = 2. */
export const SRP_G = 2n;

/** HKDF info string Cognito uses to derive the password authentication key. */
export const SRP_INFO = "Caldera Derived Key";
