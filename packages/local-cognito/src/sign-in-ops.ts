/**
 * What the front adds to sign-in: USER_SRP_AUTH → PASSWORD_VERIFIER with real server math,
 * USER_PASSWORD_AUTH with alias lookup and Cognito's error, and the MFA_SETUP challenge.
 * After a correct password it hands over to cognito-local (USER_PASSWORD_AUTH with the stored
 * password), so every later step is exactly cognito-local's.
 */
import { createHmac, randomBytes } from "node:crypto";
import type { User } from "cognito-local/lib/services/userPoolService";
import { CognitoFault, incorrectCredentials, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import { emailOtpChallenge, wantsEmailOtp } from "./email-otp-ops";
import { mfasCanSetUp } from "./sign-in-policy";
import { deviceSrpChallenge, rememberedDevice, trackDevice } from "./device-ops";
import { assertUserKnown, clientAllows, findUser, mfaMethods, poolForClient, type PoolAndClient } from "./users";
import {
  N, SrpError, TIMESTAMP_FORMAT, passwordClaimSignature, privateKeyX, serverEphemeral,
  serverSessionKey, signaturesMatch, verifier,
} from "./srp-server";

const CHALLENGE_TTL_MS = 5 * 60_000;
const unknownUserSaltKey = randomBytes(32);

interface SrpState {
  kind: "srp";
  clientId: string;
  userId: string;
  known: boolean;
  A: string;
  b: string;
  B: string;
  salt: string;
  /** The DEVICE_KEY the sign-in named, for the device challenge after the password. */
  deviceKey?: string;
}

export interface MfaSetupState {
  kind: "mfaSetup";
  clientId: string;
  username: string;
  stage: "challenged" | "associated" | "verified";
}

function assertFlowAllowed(target: PoolAndClient, flow: "USER_SRP_AUTH" | "USER_PASSWORD_AUTH") {
  if (!clientAllows(target.client, flow)) {
    throw new CognitoFault("InvalidParameterException", `${flow} flow not enabled for this client`);
  }
}

export async function initiateSrp(front: FrontContext, body: Json): Promise<OpResult> {
  const clientId = requireString(body, "ClientId");
  const username = requireString(body, "AuthParameters", "USERNAME");
  const srpA = requireString(body, "AuthParameters", "SRP_A");
  const target = await poolForClient(front.local, clientId);
  assertFlowAllowed(target, "USER_SRP_AUTH");
  const deviceKey = (body.AuthParameters as Json).DEVICE_KEY;
  return srpChallenge(front, target, username, srpA, typeof deviceKey === "string" && deviceKey ? deviceKey : undefined);
}

/**
 * The PASSWORD_VERIFIER challenge for SRP_A: USER_SRP_AUTH's, and USER_AUTH's PASSWORD_SRP factor;
 * `deviceKey`: the device the sign-in named (DEVICE_KEY), carried to the step after the password.
 */
export async function srpChallenge(front: FrontContext, target: PoolAndClient, username: string, srpA: string, deviceKey?: string): Promise<OpResult> {
  if (!/^[0-9a-fA-F]+$/.test(srpA) || BigInt(`0x${srpA}`) % N === 0n) {
    throw new CognitoFault("InvalidParameterException", "SRP_A is not a valid SRP public value.");
  }
  const found = await findUser(front.local, target.pool, username);
  assertUserKnown(target.client, found);
  // A passwordless user (no password set) has no verifier: answered like an unknown user.
  const user = found && typeof found.Password === "string" && found.Password !== "" ? found : null;
  // Unknown users get a challenge that looks like a real one (PreventUserExistenceErrors):
  // a stable salt per name, a verifier nobody knows the password of.
  const salt = user
    ? randomBytes(16).toString("hex")
    : createHmac("sha256", unknownUserSaltKey).update(`${target.poolId}/${username}`).digest("hex").slice(0, 32);
  const userId = found?.Username ?? username;
  const v = user
    ? verifier(privateKeyX(target.poolName, userId, user.Password, salt))
    : verifier(BigInt(`0x${randomBytes(32).toString("hex")}`));
  const { b, B } = serverEphemeral(v);
  const state: SrpState = {
    kind: "srp", clientId: target.client.ClientId, userId, known: user !== null,
    A: srpA, b: b.toString(16), B: B.toString(16), salt, ...(deviceKey ? { deviceKey } : {}),
  };
  return {
    body: {
      ChallengeName: "PASSWORD_VERIFIER",
      ChallengeParameters: {
        SALT: salt,
        SRP_B: B.toString(16),
        SECRET_BLOCK: front.sealer.seal(state, CHALLENGE_TTL_MS),
        USERNAME: userId,
        USER_ID_FOR_SRP: userId,
      },
    },
  };
}

export async function respondPasswordVerifier(front: FrontContext, body: Json): Promise<OpResult> {
  const clientId = requireString(body, "ClientId");
  const secretBlock = requireString(body, "ChallengeResponses", "PASSWORD_CLAIM_SECRET_BLOCK");
  const signature = requireString(body, "ChallengeResponses", "PASSWORD_CLAIM_SIGNATURE");
  const timestamp = requireString(body, "ChallengeResponses", "TIMESTAMP");
  if (!TIMESTAMP_FORMAT.test(timestamp)) {
    throw new CognitoFault("InvalidParameterException", "TIMESTAMP is not in the format \"ddd MMM D HH:mm:ss UTC YYYY\".");
  }
  const state = front.sealer.open<SrpState>(secretBlock);
  if (!state || state.kind !== "srp" || state.clientId !== clientId) {
    throw new CognitoFault("NotAuthorizedException", "Invalid session for the user.");
  }
  const target = await poolForClient(front.local, clientId);
  const user = state.known ? await target.pool.getUserByUsername(front.local.ctx, state.userId) : null;
  if (!user?.Password) throw incorrectCredentials();
  const v = verifier(privateKeyX(target.poolName, user.Username, user.Password, state.salt));
  let key: Buffer;
  try {
    key = serverSessionKey(BigInt(`0x${state.A}`), BigInt(`0x${state.B}`), BigInt(`0x${state.b}`), v);
  } catch (error) {
    if (error instanceof SrpError) throw incorrectCredentials();
    throw error;
  }
  const expected = passwordClaimSignature(key, target.poolName, user.Username, secretBlock, timestamp);
  if (!signaturesMatch(expected, signature)) throw incorrectCredentials();
  const deviceKey = state.deviceKey ?? (body.ChallengeResponses as Json).DEVICE_KEY;
  return continueAfterPassword(front, target, user, body.ClientMetadata, deviceKey);
}

export async function initiatePassword(front: FrontContext, body: Json): Promise<OpResult> {
  const clientId = requireString(body, "ClientId");
  const username = requireString(body, "AuthParameters", "USERNAME");
  const password = requireString(body, "AuthParameters", "PASSWORD");
  const target = await poolForClient(front.local, clientId);
  assertFlowAllowed(target, "USER_PASSWORD_AUTH");
  const user = await findUser(front.local, target.pool, username);
  assertUserKnown(target.client, user);
  if (!user || !user.Password || user.Password !== password) throw incorrectCredentials();
  return continueAfterPassword(front, target, user, body.ClientMetadata, (body.AuthParameters as Json).DEVICE_KEY);
}

/**
 * The password was right: what Cognito does next (MFA set-up, MFA, or tokens) — or, on a
 * remembered device (`deviceKey`, the DEVICE_KEY the sign-in named), the device's own proof
 * instead of MFA. Tokens on an unknown device bring NewDeviceMetadata (device-ops.ts).
 */
export async function continueAfterPassword(
  front: FrontContext, target: PoolAndClient, user: User, clientMetadata: unknown, deviceKey?: unknown,
): Promise<OpResult> {
  const device = user.UserStatus === "CONFIRMED" ? rememberedDevice(front, target, user, deviceKey) : undefined;
  if (device) return deviceSrpChallenge(front, target, user, device);
  return trackDevice(front, deviceKey, await challengeOrTokens(front, target, user, clientMetadata));
}

async function challengeOrTokens(front: FrontContext, target: PoolAndClient, user: User, clientMetadata: unknown): Promise<OpResult> {
  const mfaRequired = target.pool.options.MfaConfiguration === "ON";
  if (user.UserStatus === "CONFIRMED" && mfaRequired && mfaMethods(user).length === 0) {
    const state: MfaSetupState = {
      kind: "mfaSetup", clientId: target.client.ClientId, username: user.Username, stage: "challenged",
    };
    return {
      body: {
        ChallengeName: "MFA_SETUP",
        ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify(mfasCanSetUp(target.pool.options)), USER_ID_FOR_SRP: user.Username },
        Session: front.sealer.seal(state, CHALLENGE_TTL_MS),
      },
    };
  }
  if (user.UserStatus === "CONFIRMED" && target.pool.options.MfaConfiguration !== "OFF" && wantsEmailOtp(user)) {
    return emailOtpChallenge(front, target, user);
  }
  return front.forward("InitiateAuth", {
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: target.client.ClientId,
    AuthParameters: { USERNAME: user.Username, PASSWORD: user.Password },
    ...(clientMetadata ? { ClientMetadata: clientMetadata } : {}),
  });
}
