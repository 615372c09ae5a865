/**
 * The device's own SRP secret, as Cognito and amazon-cognito-identity-js define it: a random
 * password, a salt and the verifier g^x with x = H(salt ‖ H(DeviceGroupKey ‖ DeviceKey ‖ ":" ‖
 * password)) — the user SRP's math with the device group in the pool name's place and the device
 * key in the user id's. The verifier goes to Cognito (ConfirmDevice); the password stays here.
 */
import { SRP_G, SRP_N } from "../core/srp/group.js";
import { base64Encode, bigIntFromBytes, bytesToHex, hexToBytes, modPow, padHex, utf8Bytes } from "../core/srp/math.js";

/** ConfirmDevice's DeviceSecretVerifierConfig, and the password to keep. */
export interface DeviceSecret {
  /** base64 of 40 random bytes: the device's password, never sent. */
  randomPassword: string;
  verifierConfig: { PasswordVerifier: string; Salt: string };
}

const random = (bytes: number) => globalThis.crypto.getRandomValues(new Uint8Array(bytes));
const sha256 = async (data: Uint8Array<ArrayBuffer>) => new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", data));

/**
 * A new secret for the device Cognito named in NewDeviceMetadata.
 *
 * @example
 * const { randomPassword, verifierConfig } = await createDeviceSecret(meta.DeviceGroupKey, meta.DeviceKey);
 */
export async function createDeviceSecret(deviceGroupKey: string, deviceKey: string): Promise<DeviceSecret> {
  const randomPassword = base64Encode(random(40));
  const salt = padHex(bigIntFromBytes(random(16)));
  const identity = bytesToHex(await sha256(utf8Bytes(`${deviceGroupKey}${deviceKey}:${randomPassword}`)));
  const x = bigIntFromBytes(await sha256(hexToBytes(salt + identity)));
  const verifier = padHex(modPow(SRP_G, x, SRP_N));
  return { randomPassword, verifierConfig: { PasswordVerifier: base64Encode(hexToBytes(verifier)), Salt: base64Encode(hexToBytes(salt)) } };
}
