/**
 * amazon-cognito-identity-js's SRP, as the reference the kit's SRP client is compared with
 * (test/core/srp.test.ts, test/property/srp.property.test.ts).
 */
import { createHmac } from "node:crypto";
import * as cognitoJs from "amazon-cognito-identity-js";
import type { PasswordClaimInput } from "../../src/core/srp/srp-client.js";

// AuthenticationHelper is exported at runtime but missing from the package's typings;
// jsbn's BigInteger is not exported at all, so it is reached through helper.N.constructor.
export interface Jsbn { toString(radix: number): string }
export interface ReferenceHelper {
  N: Jsbn; k: Jsbn; smallAValue: Jsbn; largeAValue: Jsbn | null;
  getLargeAValue(callback: (err: unknown, A: Jsbn) => void): void;
  getPasswordAuthenticationKey(user: string, pw: string, B: Jsbn, salt: Jsbn, callback: (err: unknown, hkdf: Uint8Array) => void): void;
}
export const { AuthenticationHelper, DateHelper } = cognitoJs as unknown as {
  AuthenticationHelper: new (poolName: string) => ReferenceHelper; DateHelper: new () => { getNowString(): string };
};

/** The signature as CognitoUser.authenticateUserDefaultAuth builds it, with `a` injected. */
const helpers = new Map<string, ReferenceHelper>();

export function referenceSignature(input: PasswordClaimInput): { signature: string; A: string } {
  // The constructor draws (and exponentiates) a random a of its own: made once per pool, as the
  // fields used below are all set again on every call.
  let helper = helpers.get(input.poolName);
  if (!helper) helpers.set(input.poolName, (helper = new AuthenticationHelper(input.poolName)));
  const BigInteger = helper.N.constructor as new (hex: string, radix: number) => Jsbn;
  helper.smallAValue = new BigInteger(input.ephemeral.a.toString(16), 16);
  helper.largeAValue = null; // the constructor cached A for its own random a
  let A = "";
  helper.getLargeAValue((_err, value) => { A = value.toString(16); });
  let hkdf: Uint8Array | undefined;
  helper.getPasswordAuthenticationKey(input.userIdForSrp, input.password,
    new BigInteger(input.srpBHex, 16), new BigInteger(input.saltHex, 16), (_err, key) => { hkdf = key; });
  const message = Buffer.concat([Buffer.from(input.poolName, "utf8"), Buffer.from(input.userIdForSrp, "utf8"),
    Buffer.from(input.secretBlock, "base64"), Buffer.from(input.timestamp, "utf8")]);
  return { signature: createHmac("sha256", hkdf!).update(message).digest("base64"), A };
}
