/**
 * The SRP client against amazon-cognito-identity-js's AuthenticationHelper, the soto-cognito
 * known-answer vector, and plain square-and-multiply.
 */
import { createHash, getDiffieHellman, hkdfSync, randomBytes } from "node:crypto";
import { describe, it, expect, vi } from "vitest";
import { SRP_N, SRP_N_HEX } from "../../src/core/srp/group.js";
import { bigIntFromHex, bytesToHex, modPow, padHex, utf8Bytes } from "../../src/core/srp/math.js";
import {
  SrpProtocolError, cognitoTimestamp, createSrpEphemeral, hkdfSha256, passwordAuthenticationKey,
  passwordClaimSignature, srpMultiplier, srpSharedSecret, type PasswordClaimInput, type SrpEphemeral,
} from "../../src/core/srp/srp-client.js";
import { AuthenticationHelper, DateHelper, referenceSignature } from "../support/srp-reference";

/** Plain right-to-left square-and-multiply: the reference for modPow. */
function plainModPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let [b, r] = [((base % modulus) + modulus) % modulus, 1n % modulus];
  for (let e = exponent; e > 0n; e >>= 1n, b = (b * b) % modulus) if (e & 1n) r = (r * b) % modulus;
  return r;
}

const randomBig = (bytes: number): bigint => BigInt(`0x${randomBytes(bytes).toString("hex")}`);
const ephemeralFor = (a: bigint, A = modPow(2n, a, SRP_N)): SrpEphemeral => ({ a, A, srpA: A.toString(16) });

describe("group constants", () => {
  it("N is RFC 3526 group 15 and k = H(padHex(N) ‖ padHex(g)) (N has its top bit set: 00 first)", async () => {
    expect(SRP_N_HEX).toBe(getDiffieHellman("modp15").getPrime("hex"));
    const k = (await srpMultiplier()).toString(16);
    expect(k).toBe("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6");
    expect(k).toBe(createHash("sha256").update(Buffer.from(`00${getDiffieHellman("modp15").getPrime("hex")}02`, "hex")).digest("hex"));
    expect(k).toBe(new AuthenticationHelper("pool").k.toString(16));
  });

  it("padHex pads to even length and prefixes 00 when the top bit is set", () => {
    expect([0n, 0x14n, 0xecn, 0xabcn, 0x7fn, 0x80n, 0x1234n].map(padHex)).toEqual(["00", "14", "00ec", "0abc", "7f", "0080", "1234"]);
  });
});

describe("passwordClaimSignature matches amazon-cognito-identity-js", () => {
  const fixtures: { name: string; input: PasswordClaimInput; check: () => void }[] = [
    {
      name: "salt and B need the 00 prefix",
      input: {
        poolName: "AbCdEf123", userIdForSrp: "alice", password: "Correct-Horse-1!",
        ephemeral: ephemeralFor(0x1f2e3d4c5b6a79880011223344556677deadbeefcafebabe0123456789abcdefn),
        saltHex: "8dbcb21f18ae3216aa0107c3d4e5f601", srpBHex: `f${"3c".repeat(383)}1`,
        secretBlock: Buffer.from("secret-block-".repeat(40)).toString("base64"), timestamp: "Tue Mar 5 07:08:09 UTC 2024",
      },
      check: () => { expect([padHex(0x8dbcb21f18ae3216aa0107c3d4e5f601n).slice(0, 4), padHex(bigIntFromHex(`f${"3c".repeat(383)}1`)).slice(0, 4)]).toEqual(["008d", "00f3"]); },
    },
    {
      name: "alias sign-in: USER_ID_FOR_SRP differs from the typed name; odd-length salt",
      input: {
        poolName: "Zz9yX8", userIdForSrp: "7c1f0a52-3b7d-4e8a-9f10-2d4c6b8e0a13", password: "pässwörd ✓ 漢字",
        ephemeral: ephemeralFor(0x0a0b0c0d0e0f10111213141516171819202122232425262728292a2b2c2d2e2fn),
        saltHex: "abc1234", srpBHex: `5${"9e".repeat(383)}7`,
        secretBlock: Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 37 + 11) & 0xff)).toString("base64"),
        timestamp: "Sun Jan 1 00:00:00 UTC 2023",
      },
      check: () => { expect(padHex(0xabc1234n)).toBe("0abc1234"); },
    },
  ];

  for (const { name, input, check } of fixtures) {
    it(name, async () => {
      check();
      const reference = referenceSignature(input);
      expect(input.ephemeral.srpA).toBe(reference.A);
      expect(await passwordClaimSignature(input)).toBe(reference.signature);
    });
  }

  it("signing with the typed alias instead of USER_ID_FOR_SRP gives another signature", async () => {
    const input = fixtures[1]!.input;
    const typed = await passwordClaimSignature({ ...input, userIdForSrp: "alice@example.com" });
    expect(typed).not.toBe(referenceSignature(input).signature);
  });

  it("agrees on random inputs (ephemerals from createSrpEphemeral)", async () => {
    for (let i = 0; i < 4; i++) {
      const input: PasswordClaimInput = {
        poolName: randomBytes(5).toString("hex"), userIdForSrp: `user-${i}`, password: randomBytes(12).toString("base64"),
        ephemeral: createSrpEphemeral(), saltHex: randomBytes(16).toString("hex"),
        srpBHex: (randomBig(384) % SRP_N).toString(16), secretBlock: randomBytes(300 + i).toString("base64"),
        timestamp: cognitoTimestamp(new Date(Date.UTC(2025, i, 1 + i, i, 5, 9))),
      };
      expect(await passwordClaimSignature(input)).toBe(referenceSignature(input).signature);
    }
  });
});

describe("soto-cognito-authentication-kit known-answer vector", () => {
  // soto-project/soto-cognito-authentication-kit, Tests/SotoCognitoAuthenticationKitTests/SRPTests.swift
  // (testSRPAValue, testSRPKey, testHKDF). It fixes a, A = g^a and the 16-byte password
  // authentication key (not a signature); soto's "username" is poolName + userIdForSrp.
  const a = bigIntFromHex(
    "37981750af33fdf93fc6dce831fe794aba312572e7c3347252854e5ce7c7f40343f5ad82f9ad3585c8cb1184c54c562f8317fc" +
    "2924c6c7ade72f1e8d964f606e040c8f9f0b12e3fe6b6828202a5e40ca0103e880531921e56de3acc410331b8e5ddcd0dbf249" +
    "bfa104f6b797719613aa50eabcdb40fd5457f64861dd71890eba");
  const expectedA =
    "f93b917abccc667f4fac29d1e4c111bcd37d2c37577e7f113ad85030ec6157c70dfee728ac4aee9a7631d85a68aec3ef72864b6e8a134f5c5eef89" +
    "40b93bb1db1ada9c1de770db282d644eeb3c551d35ce8de4d2cf98d0d799b6a7f1fe51568d11162ce0cded8246b630169dcfc2d5a43817d52f121b" +
    "3d75ab1a43dc30b7cec02e42e332d5fd781023d9c1fd44f3d1129d211550ce57c004aca95a367592705b517298f724e6314ffbac2425b2beb5095f" +
    "23b75dd3dd232adda700080d7a22a87383d3746d39f6427b7daf2a00683038ff7dc099081b2bf43eb5e2e30465487dafb3cc875fdd9b475d46a0ac" +
    "1d07cf928fd11e06c5999596160168fc31228f7f3329d4b873acbf1540a16418a3ee5a0a5070a3db558f5cf8cf15388ff0a6e4234bf1de3e5bade8" +
    "e4aa607d633a94a06bee4386c7444e06fd584282b9d576be318f0f203057e80996f79a2bb0a63ad4786d5cc12b1321bd6644e001cee194171f5b04" +
    "fcd65f3f280b6dadabae0401a9ae557ad27939730ce146319aa7f08d1e33";
  const B =
    "a0812a0ee3fa8484a73addeb6a9afa145cff1eca2a6b86537a5d15132d5811dd088d16e7d581b2798229350e6e473503cebddf19cabd3f14fb34" +
    "50a6858bafc972a29702d8772a22b000a160812a7fe29bcac2c36d43b91c118224626c2f0782d70f79c82ac5183e0d7d8c7b23ad0bda1f4fba94" +
    "1998bfc82e46415e49026bb33f8271cb9a56e69f518e90bc2f4c42c7bb27720e25a14dcfbb5176effb3069a2bc627f18ec07a3e4118f61402dda" +
    "56a6da3f331d8c2cf78513d767b2bf040809e5a334c7bb98cb720ef5654100cfa57d21155fc7630654964370fd512b30febc6c61bfa3415c7266" +
    "0c5dad3444881d272c3abd7ecec0e483493b1491391bef4348d1c27be700e443301fc856a9d1b6ca36fdc46eec9f3c51f0ea566f5a85c87d395d" +
    "3d9fc2a594945a860841d5b328f1910058b2bb822ac976d961736fac42e84b46074762de8b254f37260e3b1da88529dd1060ca52b2dc9de5d773" +
    "72b1d74ea111de406aac964993133a6f172e8fae54eb885e6a3cd774f1ca6be98b6ddc35";

  it("A = g^a (testSRPAValue)", () => expect(ephemeralFor(a).srpA).toBe(expectedA));

  it("password authentication key (testSRPKey)", async () => {
    const key = await passwordAuthenticationKey({
      poolName: "poolid", userIdForSrp: "testuser", password: "testpassword",
      ephemeral: ephemeralFor(a), saltHex: "8dbcb21f18ae3216", srpBHex: B,
    });
    expect(bytesToHex(key)).toBe("b70fad71e9658b24b0ec678774ecca30");
  });

  it("HKDF-SHA-256 to 16 bytes (testHKDF)", async () => {
    const key = await hkdfSha256(utf8Bytes("password"), utf8Bytes("salt"), utf8Bytes("HKDF key derivation"), 16);
    expect(bytesToHex(key).toUpperCase()).toBe("398F838A6019FC27D99D90009A1FE0BF");
  });

  it("HKDF-SHA-256 equals node's hkdfSync (1 to 32 bytes, with and without a salt)", async () => {
    for (let length = 1; length <= 32; length++) {
      const [ikm, salt, info] = [randomBytes(length * 7), randomBytes(length % 3 ? 16 : 0), randomBytes(length)].map((b) => new Uint8Array(b));
      const key = await hkdfSha256(ikm!, salt!, info!, length);
      expect(bytesToHex(key)).toBe(Buffer.from(hkdfSync("sha256", ikm!, salt!, info!, length)).toString("hex"));
    }
  });
});

describe("modPow", () => {
  it("equals plain square-and-multiply modulo N", () => {
    const bases = [0n, 1n, 2n, 3n, SRP_N - 1n, SRP_N, SRP_N + 5n, 3n * SRP_N + 2n, -7n, randomBig(384), randomBig(800)];
    const exponents = [0n, 1n, 2n, 3n, 255n, randomBig(4), randomBig(32), randomBig(64), randomBig(100)];
    for (const base of bases) for (const exponent of exponents) {
      expect(modPow(base, exponent, SRP_N)).toBe(plainModPow(base, exponent, SRP_N));
    }
  });

  it("equals plain square-and-multiply for random moduli (odd and even)", () => {
    for (let i = 0; i < 40; i++) {
      const modulus = randomBig(1 + (i % 48)) + 1n;
      const base = randomBig(1 + ((i * 7) % 50)) * (i % 5 === 0 ? -1n : 1n);
      const exponent = i % 3 === 0 ? randomBig(1) : randomBig(1 + (i % 90));
      expect(modPow(base, exponent, modulus)).toBe(plainModPow(base, exponent, modulus));
      expect(modPow(2n, exponent, modulus)).toBe(plainModPow(2n, exponent, modulus));
    }
    expect(modPow(5n, 3n, 1n)).toBe(0n);
    expect(() => modPow(2n, -1n, 7n)).toThrow(RangeError);
  });

  it("equals plain square-and-multiply in the SRP group: g^e and (B − k·g^x)^e for short and long exponents", () => {
    const exponents = [0n, 1n, 2n, 3n, (1n << 256n) - 1n, 1n << 255n, 1n << 600n, ...Array.from({ length: 12 }, (_, i) => randomBig(1 + i * 3))];
    for (const [base, modulus] of [[2n, SRP_N], [SRP_N + 3n, SRP_N], [SRP_N - 1n, SRP_N], [-5n, 1000003n], [7n, 1n]] as const) {
      for (const e of exponents) expect(modPow(base, e, modulus)).toBe(plainModPow(base, e, modulus));
    }
    expect(() => modPow(2n, 5n, 0n)).toThrow(RangeError);
  });
});

describe("protocol guards", () => {
  const base: PasswordClaimInput = {
    poolName: "pool", userIdForSrp: "user", password: "pw", ephemeral: ephemeralFor(12345n),
    saltHex: "01", srpBHex: "02", secretBlock: "AAAA", timestamp: "Mon Jan 6 00:00:00 UTC 2025",
  };

  it("rejects B ≡ 0 (mod N)", async () => {
    for (const srpBHex of ["0", "00", SRP_N_HEX, (2n * SRP_N).toString(16)]) {
      await expect(passwordClaimSignature({ ...base, srpBHex })).rejects.toThrow(SrpProtocolError);
    }
  });

  it("rejects u = 0 (no SHA-256 preimage exists to reach it end to end, so at the S step)", () => {
    expect(() => srpSharedSecret({ a: 5n, B: 7n, u: 0n, x: 3n, k: 3n })).toThrow(SrpProtocolError);
    expect(() => srpSharedSecret({ a: 5n, B: SRP_N, u: 1n, x: 3n, k: 3n })).toThrow(SrpProtocolError);
  });

  it("rejects malformed SRP_B, SALT and SECRET_BLOCK", async () => {
    await expect(passwordClaimSignature({ ...base, srpBHex: "xyz" })).rejects.toThrow(SrpProtocolError);
    await expect(passwordClaimSignature({ ...base, saltHex: "" })).rejects.toThrow(SrpProtocolError);
    await expect(passwordClaimSignature({ ...base, secretBlock: "not base64!" })).rejects.toThrow(SrpProtocolError);
  });
});

describe("createSrpEphemeral", () => {
  it("derives a from 32 random bytes and A = g^a", () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
    const sizes: number[] = [];
    const ephemeral = createSrpEphemeral((n) => { sizes.push(n); return bytes; });
    expect(sizes).toEqual([32]);
    expect(ephemeral.a).toBe(bigIntFromHex(Buffer.from(bytes).toString("hex")));
    expect(ephemeral.A).toBe(plainModPow(2n, ephemeral.a, SRP_N));
    expect(ephemeral.srpA).toBe(ephemeral.A.toString(16));
  });

  it("draws again on a = 0 and gives up on a broken random source", () => {
    let calls = 0;
    const ephemeral = createSrpEphemeral((n) => (calls++ === 0 ? new Uint8Array(n) : new Uint8Array(n).fill(7)));
    expect(calls).toBe(2);
    expect(ephemeral.a).toBe(bigIntFromHex("07".repeat(32)));
    expect(() => createSrpEphemeral((n) => new Uint8Array(n))).toThrow(SrpProtocolError);
  });

  it("uses WebCrypto randomness by default: 256-bit a, fresh each time", () => {
    const [one, two] = [createSrpEphemeral(), createSrpEphemeral()];
    expect(one.a !== two.a && one.a < 1n << 256n && one.a > 0n).toBe(true);
  });
});

describe("cognitoTimestamp", () => {
  it.each([
    [Date.UTC(2024, 2, 5, 7, 8, 9), "Tue Mar 5 07:08:09 UTC 2024"],
    [Date.UTC(2023, 0, 1, 0, 0, 0), "Sun Jan 1 00:00:00 UTC 2023"],
    [Date.UTC(2020, 1, 29, 23, 59, 59), "Sat Feb 29 23:59:59 UTC 2020"],
    [Date.UTC(1999, 11, 31, 12, 0, 5), "Fri Dec 31 12:00:05 UTC 1999"],
    [Date.parse("2021-07-04T01:02:03+05:00"), "Sat Jul 3 20:02:03 UTC 2021"],
    [Date.UTC(2025, 9, 10, 10, 10, 10), "Fri Oct 10 10:10:10 UTC 2025"],
  ])("%s → %s", (time, expected) => {
    expect(cognitoTimestamp(new Date(time))).toBe(expected);
    expect(() => cognitoTimestamp(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("agrees with amazon-cognito-identity-js's DateHelper", () => {
    vi.useFakeTimers();
    try {
      for (const time of [Date.UTC(2024, 5, 9, 0, 0, 0), Date.UTC(2031, 10, 30, 9, 5, 1)]) {
        vi.setSystemTime(time);
        expect(cognitoTimestamp(new Date())).toBe(new DateHelper().getNowString());
      }
    } finally {
      vi.useRealTimers();
    }
  });
});
