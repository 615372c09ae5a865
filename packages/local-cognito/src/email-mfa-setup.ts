/**
 * Email MFA set-up inside sign-in, as Cognito runs it when the pool requires MFA and offers email
 * MFA (`MFAS_CAN_SETUP` lists EMAIL_OTP): RespondToAuthChallenge MFA_SETUP with
 * `ChallengeResponses: { USERNAME, EMAIL }` sends a code to that address and answers EMAIL_OTP;
 * the EMAIL_OTP_CODE answer sets the address (verified), turns email MFA on for the user and signs
 * them in.
 */
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import type { MfaSetupState } from "./sign-in-ops";
import { maskDestination, poolForClient } from "./users";
import { emailMfaEnabled } from "./sign-in-policy";
import { issueTokens, OTP_TTL_MS } from "./otp-first-factor";

interface EmailMfaSetupState {
  kind: "emailMfaSetup";
  clientId: string;
  username: string;
  email: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const invalidSession = () => new CognitoFault("NotAuthorizedException", "Invalid session for the user.");

/** An MFA_SETUP answer that gives an email address (rather than finishing TOTP set-up). */
export function isEmailMfaSetupAnswer(body: Json): boolean {
  return typeof (body.ChallengeResponses as Json | undefined)?.EMAIL === "string";
}

export function isEmailMfaSetupSession(front: FrontContext, session: unknown): boolean {
  return typeof session === "string" && front.sealer.open<EmailMfaSetupState>(session)?.kind === "emailMfaSetup";
}

/** MFA_SETUP with EMAIL: the code goes to that address; the answer is an EMAIL_OTP challenge. */
export async function startEmailMfaSetup(front: FrontContext, body: Json): Promise<OpResult> {
  const state = front.sealer.open<MfaSetupState>(requireString(body, "Session"));
  if (!state || state.kind !== "mfaSetup" || state.stage !== "challenged" || state.clientId !== body.ClientId) throw invalidSession();
  const email = requireString(body, "ChallengeResponses", "EMAIL").trim();
  const target = await poolForClient(front.local, state.clientId);
  if (!emailMfaEnabled(target.pool.options)) {
    throw new CognitoFault("InvalidParameterException", "Email MFA is not enabled for this user pool: MFA_SETUP can only set up SOFTWARE_TOKEN_MFA.");
  }
  if (!EMAIL.test(email)) throw new CognitoFault("InvalidParameterException", "Invalid email address format.");
  const { ctx, services } = front.local;
  const user = await target.pool.getUserByUsername(ctx, state.username);
  if (!user) throw invalidSession();
  const code = services.otp();
  await services.messages.deliver(ctx, "Authentication", target.client.ClientId, target.poolId, user, code, undefined, {
    DeliveryMedium: "EMAIL", AttributeName: "email", Destination: email,
  });
  await target.pool.saveUser(ctx, { ...user, MFACode: code });
  const next: EmailMfaSetupState = { kind: "emailMfaSetup", clientId: state.clientId, username: user.Username, email };
  return {
    body: {
      ChallengeName: "EMAIL_OTP",
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: maskDestination(email), USER_ID_FOR_SRP: user.Username },
      Session: front.sealer.seal(next, OTP_TTL_MS),
    },
  };
}

/** EMAIL_OTP answered during email-MFA set-up: the address is kept, email MFA enabled, tokens issued. */
export async function respondEmailMfaCode(front: FrontContext, body: Json): Promise<OpResult> {
  const state = front.sealer.open<EmailMfaSetupState>(requireString(body, "Session"));
  if (!state || state.kind !== "emailMfaSetup" || state.clientId !== body.ClientId) throw invalidSession();
  const target = await poolForClient(front.local, state.clientId);
  const user = await target.pool.getUserByUsername(front.local.ctx, state.username);
  if (!user?.MFACode || user.MFACode !== requireString(body, "ChallengeResponses", "EMAIL_OTP_CODE")) {
    throw new CognitoFault("CodeMismatchException", "Invalid code or auth state for the user.");
  }
  const others = (user.Attributes ?? []).filter((a) => a.Name !== "email" && a.Name !== "email_verified");
  const updated = {
    ...user,
    MFACode: undefined,
    Attributes: [...others, { Name: "email", Value: state.email }, { Name: "email_verified", Value: "true" }],
    UserMFASettingList: [...new Set([...(user.UserMFASettingList ?? []), "EMAIL_OTP"])],
    PreferredMfaSetting: user.PreferredMfaSetting ?? "EMAIL_OTP",
  };
  await target.pool.saveUser(front.local.ctx, updated);
  return issueTokens(front, target, updated, body.ClientMetadata);
}
