/**
 * One-time codes as the first factor of USER_AUTH: EMAIL_OTP and SMS_OTP. The code is "sent"
 * like every other code here (captured, printed, served at /_dev/messages), the challenge shows
 * where it went only masked, and the answer (EMAIL_OTP_CODE / SMS_OTP_CODE) signs the user in
 * with no MFA after it, as Cognito does after a passwordless factor.
 */
import type { User } from "cognito-local/lib/services/userPoolService";
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import { attribute, maskDestination, poolForClient, type PoolAndClient } from "./users";

/** Cognito's default authentication-flow session: codes and their Session last 3 minutes. */
export const OTP_TTL_MS = 3 * 60_000;

export type OtpMedium = "EMAIL" | "SMS";

interface OtpFirstFactorState {
  kind: "otpFirstFactor";
  clientId: string;
  medium: OtpMedium;
  /** The user's Cognito username, or the name as typed for an unknown user. */
  username: string;
  known: boolean;
}

const codeMismatch = () => new CognitoFault("CodeMismatchException", "Invalid code or auth state for the user.");

/** Tokens for `user` on `target`'s client, the refresh token kept for REFRESH_TOKEN_AUTH. */
export async function issueTokens(front: FrontContext, target: PoolAndClient, user: User, clientMetadata?: unknown): Promise<OpResult> {
  const { ctx, services } = front.local;
  const groups = await target.pool.listUserGroupMembership(ctx, user);
  const metadata = (clientMetadata ?? undefined) as Record<string, string> | undefined;
  const tokens = await services.tokenGenerator.generate(ctx, user, groups, target.client, metadata, "Authentication");
  await target.pool.storeRefreshToken(ctx, tokens.RefreshToken, user);
  return { body: { ChallengeParameters: {}, AuthenticationResult: { ...tokens, ExpiresIn: 3600, TokenType: "Bearer" } } };
}

/**
 * Sends a sign-in code by email or SMS to `user` and answers with the EMAIL_OTP / SMS_OTP
 * challenge. `user` null (an unknown name under PreventUserExistenceErrors) gets a challenge that
 * looks the same, with no code sent: every answer to it is a CodeMismatchException.
 */
export async function otpChallenge(front: FrontContext, target: PoolAndClient, user: User | null, username: string, medium: OtpMedium): Promise<OpResult> {
  const attributeName = medium === "EMAIL" ? "email" : "phone_number";
  let destination = user ? attribute(user, attributeName) : undefined;
  if (user) {
    if (user.UserStatus === "UNCONFIRMED") throw new CognitoFault("UserNotConfirmedException", "User is not confirmed.");
    if (!destination) throw new CognitoFault("InvalidParameterException", `User has no ${attributeName} for ${medium}_OTP.`);
    const { ctx, services } = front.local;
    const code = services.otp();
    const details = medium === "EMAIL"
      ? { DeliveryMedium: "EMAIL" as const, AttributeName: "email" as const, Destination: destination }
      : { DeliveryMedium: "SMS" as const, AttributeName: "phone_number" as const, Destination: destination };
    await services.messages.deliver(ctx, "Authentication", target.client.ClientId, target.poolId, user, code, undefined, details);
    await target.pool.saveUser(ctx, { ...user, MFACode: code });
  } else {
    destination = medium === "EMAIL" ? (username.includes("@") ? username : `${username}@example.com`) : "+10000000000";
  }
  const state: OtpFirstFactorState = {
    kind: "otpFirstFactor", clientId: target.client.ClientId, medium, username: user?.Username ?? username, known: user !== null,
  };
  return {
    body: {
      ChallengeName: `${medium}_OTP`,
      ChallengeParameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: medium,
        CODE_DELIVERY_DESTINATION: maskDestination(destination),
        USER_ID_FOR_SRP: user?.Username ?? username,
      },
      Session: front.sealer.seal(state, OTP_TTL_MS),
    },
  };
}

/** Whether `session` is a first-factor code challenge's (so EMAIL_OTP answers come here, not to email MFA). */
export function isOtpFirstFactorSession(front: FrontContext, session: unknown): boolean {
  return typeof session === "string" && front.sealer.open<OtpFirstFactorState>(session)?.kind === "otpFirstFactor";
}

/** RespondToAuthChallenge EMAIL_OTP (EMAIL_OTP_CODE) or SMS_OTP (SMS_OTP_CODE) after a first-factor code was sent. */
export async function respondOtpFirstFactor(front: FrontContext, body: Json): Promise<OpResult> {
  const state = front.sealer.open<OtpFirstFactorState>(requireString(body, "Session"));
  const medium = body.ChallengeName === "SMS_OTP" ? "SMS" : "EMAIL";
  if (!state || state.kind !== "otpFirstFactor" || state.clientId !== body.ClientId || state.medium !== medium) {
    throw new CognitoFault("NotAuthorizedException", "Invalid session for the user.");
  }
  const code = requireString(body, "ChallengeResponses", `${medium}_OTP_CODE`);
  const target = await poolForClient(front.local, state.clientId);
  const user = state.known ? await target.pool.getUserByUsername(front.local.ctx, state.username) : null;
  if (!user?.MFACode || user.MFACode !== code) throw codeMismatch();
  const used = { ...user, MFACode: undefined };
  await target.pool.saveUser(front.local.ctx, used);
  return issueTokens(front, target, used, body.ClientMetadata);
}
