/**
 * Operations cognito-local 5.3 lacks or gets wrong for the kit's flows: the MFA_SETUP challenge
 * (AssociateSoftwareToken / VerifySoftwareToken with a Session), ResendConfirmationCode,
 * GlobalSignOut (refresh tokens stop working, access tokens are refused), and storing the
 * refresh token issued after a challenge so that REFRESH_TOKEN_AUTH works for MFA users.
 */
import { generateSecret, verify as verifyTotp } from "cognito-local/lib/services/totp";
import { selectAppropriateDeliveryMethod } from "cognito-local/lib/services/messageDelivery/deliveryMethod";
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import type { MfaSetupState } from "./sign-in-ops";
import { assertUserKnown, findUser, maskDestination, poolForClient } from "./users";
import { applyEmailPreference } from "./email-otp-ops";
import { decodeJwt, verifyJwt } from "./jwt";
import publicKey from "cognito-local/lib/keys/cognitoLocal.public.json";

const SESSION_TTL_MS = 5 * 60_000;
const invalidSession = () => new CognitoFault("NotAuthorizedException", "Invalid session for the user.");

function openSetup(front: FrontContext, body: Json, stage: MfaSetupState["stage"]): MfaSetupState {
  const state = front.sealer.open<MfaSetupState>(requireString(body, "Session"));
  if (!state || state.kind !== "mfaSetup" || state.stage !== stage) throw invalidSession();
  return state;
}

async function setupUser(front: FrontContext, state: MfaSetupState) {
  const target = await poolForClient(front.local, state.clientId);
  const user = await target.pool.getUserByUsername(front.local.ctx, state.username);
  if (!user) throw invalidSession();
  return { ...target, user };
}

export async function associateWithSession(front: FrontContext, body: Json): Promise<OpResult> {
  const state = openSetup(front, body, "challenged");
  const { pool, user } = await setupUser(front, state);
  const secret = generateSecret();
  await pool.saveUser(front.local.ctx, { ...user, SoftwareTokenMfaConfiguration: { Secret: secret, Verified: false } });
  return { body: { SecretCode: secret, Session: front.sealer.seal({ ...state, stage: "associated" }, SESSION_TTL_MS) } };
}

export async function verifyWithSession(front: FrontContext, body: Json): Promise<OpResult> {
  const state = openSetup(front, body, "associated");
  const code = requireString(body, "UserCode");
  const { pool, user } = await setupUser(front, state);
  const secret = user.SoftwareTokenMfaConfiguration?.Secret;
  if (!secret || !verifyTotp(secret, code)) {
    throw new CognitoFault("CodeMismatchException", "Invalid code received for user");
  }
  const methods = new Set([...(user.UserMFASettingList ?? []), "SOFTWARE_TOKEN_MFA"]);
  const friendly = typeof body.FriendlyDeviceName === "string" ? body.FriendlyDeviceName : undefined;
  await pool.saveUser(front.local.ctx, {
    ...user,
    SoftwareTokenMfaConfiguration: { Secret: secret, Verified: true, ...(friendly ? { FriendlyDeviceName: friendly } : {}) },
    UserMFASettingList: [...methods],
    PreferredMfaSetting: user.PreferredMfaSetting ?? "SOFTWARE_TOKEN_MFA",
  });
  return { body: { Status: "SUCCESS", Session: front.sealer.seal({ ...state, stage: "verified" }, SESSION_TTL_MS) } };
}

export async function respondMfaSetup(front: FrontContext, body: Json): Promise<OpResult> {
  const state = openSetup(front, body, "verified");
  if (state.clientId !== body.ClientId) throw invalidSession();
  const { pool, client, user } = await setupUser(front, state);
  const { ctx, services } = front.local;
  const groups = await pool.listUserGroupMembership(ctx, user);
  const metadata = (body.ClientMetadata ?? undefined) as Record<string, string> | undefined;
  const tokens = await services.tokenGenerator.generate(ctx, user, groups, client, metadata, "Authentication");
  await pool.storeRefreshToken(ctx, tokens.RefreshToken, user);
  return { body: { ChallengeParameters: {}, AuthenticationResult: { ...tokens, ExpiresIn: 3600, TokenType: "Bearer" } } };
}

/** cognito-local's RespondToAuthChallenge issues a refresh token but never stores it. */
export async function storeIssuedRefreshToken(front: FrontContext, request: Json, answer: OpResult) {
  const result = answer.body.AuthenticationResult as { RefreshToken?: string } | undefined;
  const username = (request.ChallengeResponses as Json | undefined)?.USERNAME;
  if (!result?.RefreshToken || typeof username !== "string" || typeof request.ClientId !== "string") return;
  const { pool } = await poolForClient(front.local, request.ClientId);
  const user = await findUser(front.local, pool, username);
  if (user && !user.RefreshTokens.includes(result.RefreshToken)) {
    await pool.storeRefreshToken(front.local.ctx, result.RefreshToken, user);
  }
}

export async function resendConfirmationCode(front: FrontContext, body: Json): Promise<OpResult> {
  const clientId = requireString(body, "ClientId");
  const username = requireString(body, "Username");
  const { pool, poolId, client } = await poolForClient(front.local, clientId);
  const user = await findUser(front.local, pool, username);
  assertUserKnown(client, user);
  if (!user) {
    // PreventUserExistenceErrors: an unknown name looks like a sent code.
    return { body: { CodeDeliveryDetails: { AttributeName: "email", DeliveryMedium: "EMAIL", Destination: "***@***" } } };
  }
  if (user.UserStatus !== "UNCONFIRMED") {
    throw new CognitoFault("InvalidParameterException", "User is already confirmed.");
  }
  const details = selectAppropriateDeliveryMethod(pool.options.AutoVerifiedAttributes ?? ["email"], user);
  if (!details) {
    throw new CognitoFault("InvalidParameterException", "Cannot resend codes. Auto verification not turned on.");
  }
  const { ctx, services } = front.local;
  const code = services.otp();
  const metadata = (body.ClientMetadata ?? undefined) as Record<string, string> | undefined;
  await services.messages.deliver(ctx, "ResendCode", clientId, poolId, user, code, metadata, details);
  await pool.saveUser(ctx, { ...user, ConfirmationCode: code });
  return { body: { CodeDeliveryDetails: { ...details, Destination: maskDestination(details.Destination) } } };
}

export function verifiedAccessToken(token: string) {
  const claims = verifyJwt(token, [publicKey.jwk as never]);
  if (!claims || claims.token_use !== "access" || typeof claims.client_id !== "string" || typeof claims.sub !== "string") {
    throw new CognitoFault("NotAuthorizedException", "Invalid Access Token");
  }
  return claims as typeof claims & { client_id: string; sub: string };
}

export async function globalSignOut(front: FrontContext, body: Json): Promise<OpResult> {
  const claims = verifiedAccessToken(requireString(body, "AccessToken"));
  assertNotRevoked(front, body);
  const { pool } = await poolForClient(front.local, claims.client_id);
  const user = await pool.getUserByUsername(front.local.ctx, claims.sub);
  if (!user) throw new CognitoFault("NotAuthorizedException", "Invalid Access Token");
  await pool.saveUser(front.local.ctx, { ...user, RefreshTokens: [] });
  const second = Math.floor(Date.now() / 1000);
  front.revokedUpTo.set(claims.sub, second);
  // Tokens carry whole-second `iat`s: wait out this second so a sign-in right after is not revoked.
  await new Promise((resolve) => setTimeout(resolve, (second + 1) * 1000 - Date.now() + 5));
  return { body: {} };
}

/** Every operation that takes an AccessToken refuses one revoked by GlobalSignOut. */
export function assertNotRevoked(front: FrontContext, body: Json) {
  if (typeof body.AccessToken !== "string") return;
  const claims = decodeJwt(body.AccessToken)?.claims;
  const revokedUpTo = typeof claims?.sub === "string" ? front.revokedUpTo.get(claims.sub) : undefined;
  if (revokedUpTo !== undefined && typeof claims?.iat === "number" && claims.iat <= revokedUpTo) {
    throw new CognitoFault("NotAuthorizedException", "Access Token has been revoked");
  }
}

/**
 * cognito-local's SetUserMFAPreference records SMS in UserMFASettingList but its SMS_MFA
 * challenge reads MFAOptions: keep the two in step so enabling SMS MFA really challenges by SMS.
 * It also ignores EmailMfaSettings, which the front applies (see email-otp-ops.ts).
 */
export async function setUserMfaPreference(front: FrontContext, body: Json): Promise<OpResult> {
  const answer = await front.forward("SetUserMFAPreference", body);
  const sms = body.SMSMfaSettings as { Enabled?: boolean } | undefined;
  const email = body.EmailMfaSettings as { Enabled?: boolean; PreferredMfa?: boolean } | undefined;
  const claims = verifiedAccessToken(requireString(body, "AccessToken"));
  const target = await poolForClient(front.local, claims.client_id);
  let user = await target.pool.getUserByUsername(front.local.ctx, claims.sub);
  if (user && sms?.Enabled !== undefined) {
    const others = (user.MFAOptions ?? []).filter((o) => o.DeliveryMedium !== "SMS");
    user = { ...user, MFAOptions: sms.Enabled ? [...others, { DeliveryMedium: "SMS", AttributeName: "phone_number" }] : others };
    await target.pool.saveUser(front.local.ctx, user);
  }
  if (user && email) await applyEmailPreference(front, user, target, email);
  return answer;
}
