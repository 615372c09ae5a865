/**
 * Device tracking, which cognito-local lacks: NewDeviceMetadata on tokens from a sign-in on an
 * unknown device, DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER for a remembered device (real SRP
 * over the device group: x = H(salt ‖ H(DeviceGroupKey ‖ DeviceKey ‖ ":" ‖ secret)), the verifier
 * from ConfirmDevice), and REFRESH_TOKEN_AUTH refusing a device-bound refresh token without
 * its DEVICE_KEY. The device operations themselves are in device-account-ops.ts.
 *
 * The pool's DeviceConfiguration decides: none is "off"; DeviceOnlyRememberedOnUserPrompt true is
 * "user opt-in" (ConfirmDevice answers UserConfirmationNecessary, UpdateDeviceStatus remembers);
 * otherwise "always" (a confirmed device is remembered).
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { User, UserPoolService } from "cognito-local/lib/services/userPoolService";
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import type { DeviceRecord } from "./device-store";
import { decodeJwt } from "./jwt";
import { poolForClient, type PoolAndClient } from "./users";
import {
  N, SrpError, TIMESTAMP_FORMAT, passwordClaimSignature, serverEphemeral, serverSessionKey, signaturesMatch,
} from "./srp-server";

export type DeviceTracking = "off" | "always" | "userOptIn";

const TTL_MS = 5 * 60_000;
/** Unconfirmed devices (tokens given to a client that never confirmed them) kept per user. */
const UNCONFIRMED_KEPT = 5;

interface DeviceSrpState {
  kind: "deviceSrp";
  clientId: string;
  username: string;
  deviceKey: string;
}

interface DeviceVerifierState extends Omit<DeviceSrpState, "kind"> {
  kind: "deviceVerifier";
  A: string;
  b: string;
  B: string;
}

const invalidSession = () => new CognitoFault("NotAuthorizedException", "Invalid session for the user.");
const deviceFailure = () => new CognitoFault("NotAuthorizedException", "Incorrect username or password.");

/** The pool's device tracking setting. */
export function deviceTracking(pool: UserPoolService): DeviceTracking {
  const config = pool.options.DeviceConfiguration;
  if (!config) return "off";
  return config.DeviceOnlyRememberedOnUserPrompt ? "userOptIn" : "always";
}

/** `DeviceConfiguration` for a pool setting (undefined: tracking off). */
export function deviceConfiguration(tracking: DeviceTracking | undefined) {
  if (!tracking || tracking === "off") return undefined;
  return { ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: tracking === "userOptIn" };
}

/** The user's confirmed, remembered device `deviceKey`, when the pool tracks devices. */
export function rememberedDevice(front: FrontContext, target: PoolAndClient, user: User, deviceKey: unknown): DeviceRecord | undefined {
  if (typeof deviceKey !== "string" || deviceTracking(target.pool) === "off") return undefined;
  const device = front.devices.get(deviceKey);
  const owned = device && device.poolId === target.poolId && device.username === user.Username;
  return owned && device.remembered && device.verifier ? device : undefined;
}

/** After a correct password on a remembered device: prove the device instead of MFA. */
export function deviceSrpChallenge(front: FrontContext, target: PoolAndClient, user: User, device: DeviceRecord): OpResult {
  const state: DeviceSrpState = { kind: "deviceSrp", clientId: target.client.ClientId, username: user.Username, deviceKey: device.deviceKey };
  return {
    body: {
      ChallengeName: "DEVICE_SRP_AUTH",
      ChallengeParameters: { USERNAME: user.Username, USER_ID_FOR_SRP: user.Username },
      Session: front.sealer.seal(state, TTL_MS),
    },
  };
}

export async function respondDeviceSrpAuth(front: FrontContext, body: Json): Promise<OpResult> {
  const state = front.sealer.open<DeviceSrpState>(requireString(body, "Session"));
  if (!state || state.kind !== "deviceSrp" || state.clientId !== body.ClientId) throw invalidSession();
  const srpA = requireString(body, "ChallengeResponses", "SRP_A");
  if (requireString(body, "ChallengeResponses", "DEVICE_KEY") !== state.deviceKey) throw invalidSession();
  if (!/^[0-9a-fA-F]+$/.test(srpA) || BigInt(`0x${srpA}`) % N === 0n) {
    throw new CognitoFault("InvalidParameterException", "SRP_A is not a valid SRP public value.");
  }
  const device = front.devices.get(state.deviceKey);
  if (!device?.verifier || !device.salt) throw deviceFailure();
  const { b, B } = serverEphemeral(BigInt(`0x${device.verifier}`));
  const next: DeviceVerifierState = { ...state, kind: "deviceVerifier", A: srpA, b: b.toString(16), B: B.toString(16) };
  const sealed = front.sealer.seal(next, TTL_MS);
  return {
    body: {
      ChallengeName: "DEVICE_PASSWORD_VERIFIER",
      ChallengeParameters: { SRP_B: B.toString(16), SALT: device.salt, SECRET_BLOCK: sealed, USERNAME: state.username },
      Session: sealed,
    },
  };
}

export async function respondDevicePasswordVerifier(front: FrontContext, body: Json): Promise<OpResult> {
  const secretBlock = requireString(body, "ChallengeResponses", "PASSWORD_CLAIM_SECRET_BLOCK");
  const signature = requireString(body, "ChallengeResponses", "PASSWORD_CLAIM_SIGNATURE");
  const timestamp = requireString(body, "ChallengeResponses", "TIMESTAMP");
  if (!TIMESTAMP_FORMAT.test(timestamp)) {
    throw new CognitoFault("InvalidParameterException", "TIMESTAMP is not in the format \"ddd MMM D HH:mm:ss UTC YYYY\".");
  }
  const state = front.sealer.open<DeviceVerifierState>(secretBlock);
  if (!state || state.kind !== "deviceVerifier" || state.clientId !== body.ClientId) throw invalidSession();
  if (requireString(body, "ChallengeResponses", "DEVICE_KEY") !== state.deviceKey) throw invalidSession();
  const device = front.devices.get(state.deviceKey);
  if (!device?.verifier || !device.remembered) throw deviceFailure();
  let key: Buffer;
  try {
    key = serverSessionKey(BigInt(`0x${state.A}`), BigInt(`0x${state.B}`), BigInt(`0x${state.b}`), BigInt(`0x${device.verifier}`));
  } catch (error) {
    if (error instanceof SrpError) throw deviceFailure();
    throw error;
  }
  const expected = passwordClaimSignature(key, device.deviceGroupKey, device.deviceKey, secretBlock, timestamp);
  if (!signaturesMatch(expected, signature)) throw deviceFailure();
  const { pool, client } = await poolForClient(front.local, state.clientId);
  const { ctx, services } = front.local;
  const user = await pool.getUserByUsername(ctx, state.username);
  if (!user) throw deviceFailure();
  const metadata = (body.ClientMetadata ?? undefined) as Record<string, string> | undefined;
  const tokens = await services.tokenGenerator.generate(ctx, user, await pool.listUserGroupMembership(ctx, user), client, metadata, "Authentication");
  await pool.storeRefreshToken(ctx, tokens.RefreshToken, user);
  return { body: { ChallengeParameters: {}, AuthenticationResult: { ...tokens, ExpiresIn: 3600, TokenType: "Bearer" } } };
}

/** DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER; null for any other challenge. */
export function respondDeviceChallenge(front: FrontContext, body: Json): Promise<OpResult> | null {
  return body.ChallengeName === "DEVICE_SRP_AUTH" ? respondDeviceSrpAuth(front, body)
    : body.ChallengeName === "DEVICE_PASSWORD_VERIFIER" ? respondDevicePasswordVerifier(front, body) : null;
}

/** The device a RespondToAuthChallenge names: its DEVICE_KEY, or the one its sign-in named (carried with the Session). */
export function namedDevice(front: FrontContext, body: Json): string | undefined {
  const named = (body.ChallengeResponses as Json | undefined)?.DEVICE_KEY;
  if (typeof named === "string" && named !== "") return named;
  return front.devices.carried(typeof body.Session === "string" ? body.Session : undefined)?.deviceKey;
}

/**
 * A sign-in answer seen through device tracking: a challenge carries the device key the sign-in
 * named to its next leg; tokens for a known device bind their refresh token to it; tokens on an
 * unknown device (none named, or forgotten) bring NewDeviceMetadata.
 */
export async function trackDevice(front: FrontContext, deviceKey: unknown, answer: OpResult): Promise<OpResult> {
  // An answer already seen (continueAfterPassword tracks, then the dispatcher would again) stays as it is.
  if (tracked.has(answer.body)) return answer;
  const seen = await track(front, deviceKey, answer);
  tracked.add(seen.body);
  return seen;
}

const tracked = new WeakSet<object>();

async function track(front: FrontContext, deviceKey: unknown, answer: OpResult): Promise<OpResult> {
  const result = answer.body.AuthenticationResult as Json | undefined;
  const named = typeof deviceKey === "string" && deviceKey !== "" ? deviceKey : undefined;
  if (!result) {
    if (named && typeof answer.body.Session === "string") front.devices.carry(answer.body.Session, { deviceKey: named });
    return answer;
  }
  const claims = decodeJwt(String(result.AccessToken ?? ""))?.claims;
  if (typeof claims?.client_id !== "string" || typeof claims.username !== "string") return answer;
  const { pool, poolId } = await poolForClient(front.local, claims.client_id);
  if (deviceTracking(pool) === "off") return answer;
  const username = claims.username;
  const refreshToken = typeof result.RefreshToken === "string" ? result.RefreshToken : undefined;
  const now = Date.now();
  const known = named ? front.devices.get(named) : undefined;
  if (known && known.poolId === poolId && known.username === username) {
    front.devices.save({ ...known, lastAuthenticated: now });
    if (refreshToken) front.devices.bindRefreshToken(refreshToken, known.deviceKey);
    return answer;
  }
  const deviceGroupKey = front.devices.groupKey(poolId, username, () => `-${randomBytes(7).toString("base64url")}`);
  const newKey = `${poolId.split("_")[0] ?? "local"}_${randomUUID()}`;
  const unconfirmed = front.devices.ofUser(poolId, username).filter((d) => !d.verifier).sort((a, b) => b.created - a.created);
  for (const stale of unconfirmed.slice(UNCONFIRMED_KEPT - 1)) front.devices.remove(stale.deviceKey);
  front.devices.save({ poolId, username, deviceKey: newKey, deviceGroupKey, remembered: false, created: now, modified: now, lastAuthenticated: now });
  if (refreshToken) front.devices.bindRefreshToken(refreshToken, newKey);
  return { ...answer, body: { ...answer.body, AuthenticationResult: { ...result, NewDeviceMetadata: { DeviceKey: newKey, DeviceGroupKey: deviceGroupKey } } } };
}

/**
 * REFRESH_TOKEN_AUTH: a refresh token issued with a device that has since been confirmed needs
 * that DEVICE_KEY (Cognito's "Invalid Refresh Token" otherwise); the rest is cognito-local's.
 */
export async function refreshWithDevice(front: FrontContext, body: Json): Promise<OpResult> {
  const parameters = (body.AuthParameters ?? {}) as Json;
  const token = requireString(body, "AuthParameters", "REFRESH_TOKEN");
  const bound = front.devices.deviceOfRefreshToken(token);
  const device = bound ? front.devices.get(bound) : undefined;
  if (device?.verifier && parameters.DEVICE_KEY !== device.deviceKey) {
    throw new CognitoFault("NotAuthorizedException", "Invalid Refresh Token");
  }
  const { DEVICE_KEY: _deviceKey, ...rest } = parameters;
  const answer = await front.forward("InitiateAuth", { ...body, AuthParameters: rest });
  if (device?.verifier) front.devices.save({ ...device, lastAuthenticated: Date.now() });
  return answer;
}
