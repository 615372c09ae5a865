/**
 * EMAIL_OTP MFA, which cognito-local 5.3 does not know: SetUserMFAPreference's EmailMfaSettings,
 * the EMAIL_OTP challenge after a correct password (when email is the user's preferred or only
 * MFA method), and its answer with EMAIL_OTP_CODE.
 */
import type { User } from "cognito-local/lib/services/userPoolService";
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import { attribute, maskDestination, poolForClient, type PoolAndClient } from "./users";

const TTL_MS = 3 * 60_000;

interface EmailOtpState {
  kind: "emailOtp";
  clientId: string;
  username: string;
}

/** Whether the next step after the password is an emailed code. */
export function wantsEmailOtp(user: User): boolean {
  const methods = user.UserMFASettingList ?? [];
  return methods.includes("EMAIL_OTP") && (user.PreferredMfaSetting === "EMAIL_OTP" || methods.length === 1);
}

export async function emailOtpChallenge(front: FrontContext, target: PoolAndClient, user: User): Promise<OpResult> {
  const email = attribute(user, "email");
  if (!email) throw new CognitoFault("InvalidParameterException", "User has no email for EMAIL_OTP.");
  const { ctx, services } = front.local;
  const code = services.otp();
  await services.messages.deliver(ctx, "Authentication", target.client.ClientId, target.poolId, user, code, undefined, {
    DeliveryMedium: "EMAIL", AttributeName: "email", Destination: email,
  });
  await target.pool.saveUser(ctx, { ...user, MFACode: code });
  const state: EmailOtpState = { kind: "emailOtp", clientId: target.client.ClientId, username: user.Username };
  return {
    body: {
      ChallengeName: "EMAIL_OTP",
      ChallengeParameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: maskDestination(email), USER_ID_FOR_SRP: user.Username,
      },
      Session: front.sealer.seal(state, TTL_MS),
    },
  };
}

export async function respondEmailOtp(front: FrontContext, body: Json): Promise<OpResult> {
  const state = front.sealer.open<EmailOtpState>(requireString(body, "Session"));
  if (!state || state.kind !== "emailOtp" || state.clientId !== body.ClientId) {
    throw new CognitoFault("NotAuthorizedException", "Invalid session for the user.");
  }
  const { pool, client } = await poolForClient(front.local, state.clientId);
  const { ctx, services } = front.local;
  const user = await pool.getUserByUsername(ctx, state.username);
  if (!user?.MFACode || user.MFACode !== requireString(body, "ChallengeResponses", "EMAIL_OTP_CODE")) {
    throw new CognitoFault("CodeMismatchException", "Invalid code or auth state for the user.");
  }
  await pool.saveUser(ctx, { ...user, MFACode: undefined });
  const tokens = await services.tokenGenerator.generate(ctx, user, await pool.listUserGroupMembership(ctx, user), client, undefined, "Authentication");
  await pool.storeRefreshToken(ctx, tokens.RefreshToken, user);
  return { body: { ChallengeParameters: {}, AuthenticationResult: { ...tokens, ExpiresIn: 3600, TokenType: "Bearer" } } };
}

/** Applies EmailMfaSettings of a SetUserMFAPreference request to the user. */
export async function applyEmailPreference(front: FrontContext, user: User, target: PoolAndClient, settings: { Enabled?: boolean; PreferredMfa?: boolean }) {
  const methods = new Set(user.UserMFASettingList ?? []);
  if (settings.Enabled) methods.add("EMAIL_OTP");
  else methods.delete("EMAIL_OTP");
  const preferred = settings.PreferredMfa && settings.Enabled ? "EMAIL_OTP"
    : user.PreferredMfaSetting === "EMAIL_OTP" && !settings.Enabled ? undefined : user.PreferredMfaSetting;
  await target.pool.saveUser(front.local.ctx, { ...user, UserMFASettingList: [...methods], PreferredMfaSetting: preferred });
}
