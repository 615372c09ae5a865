/**
 * Choice-based sign-in, `InitiateAuth` with `AuthFlow: USER_AUTH`, as Cognito answers it:
 * USERNAME alone → SELECT_CHALLENGE with `AvailableChallenges`; PREFERRED_CHALLENGE (with its own
 * parameters: PASSWORD, or SRP_A for PASSWORD_SRP) → straight into that factor when the pool, the
 * client and the user allow it, else SELECT_CHALLENGE. SELECT_CHALLENGE is answered with ANSWER =
 * the chosen factor (plus PASSWORD / SRP_A where needed). Password factors go on exactly as
 * USER_PASSWORD_AUTH / USER_SRP_AUTH do (MFA included); code factors are otp-first-factor.ts's.
 */
import type { User } from "cognito-local/lib/services/userPoolService";
import { CognitoFault, incorrectCredentials, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import { assertUserKnown, findUser, poolForClient, type PoolAndClient } from "./users";
import { continueAfterPassword, srpChallenge } from "./sign-in-ops";
import { assertUserAuthAllowed, availableChallenges, type ChallengeChoice } from "./sign-in-policy";
import { isOtpFirstFactorSession, OTP_TTL_MS, otpChallenge, respondOtpFirstFactor } from "./otp-first-factor";
import { initiateWithSignUpSession } from "./passwordless-sign-up";
import { isEmailMfaSetupAnswer, isEmailMfaSetupSession, respondEmailMfaCode, startEmailMfaSetup } from "./email-mfa-setup";
import { webAuthnChallenge } from "./passkey-hook";

/** The front's other operations for choice-based sign-in, from their own modules. */
export { confirmSignUpWithSession, passwordlessSignUp } from "./passwordless-sign-up";
export { getUserPoolMfaConfig, setUserPoolMfaConfig } from "./pool-mfa-config-ops";
export { getUserAuthFactors } from "./user-auth-factors-ops";

const CHOICES: readonly ChallengeChoice[] = ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"];

interface SelectState {
  kind: "selectChallenge";
  clientId: string;
  username: string;
  known: boolean;
  available: ChallengeChoice[];
}

const invalidSession = () => new CognitoFault("NotAuthorizedException", "Invalid session for the user.");

function choiceOf(value: unknown, field: string): ChallengeChoice {
  if (!CHOICES.includes(value as ChallengeChoice)) {
    throw new CognitoFault("InvalidParameterException", `${field} must be one of ${CHOICES.join(", ")}; got ${JSON.stringify(value)}.`);
  }
  return value as ChallengeChoice;
}

/** InitiateAuth with AuthFlow USER_AUTH. */
export async function initiateUserAuth(front: FrontContext, body: Json): Promise<OpResult> {
  const target = await poolForClient(front.local, requireString(body, "ClientId"));
  assertUserAuthAllowed(target.client);
  const username = requireString(body, "AuthParameters", "USERNAME");
  if ((body.AuthParameters as Json).SESSION !== undefined) {
    // Cognito has no such parameter (it would answer SELECT_CHALLENGE); said plainly so a client
    // built against this tool cannot ship the wrong shape.
    throw new CognitoFault("InvalidParameterException", "ConfirmSignUp's Session goes in InitiateAuth's own Session field, not in AuthParameters.SESSION.");
  }
  if (typeof body.Session === "string" && body.Session !== "") return initiateWithSignUpSession(front, target, username, body);
  const user = await findUser(front.local, target.pool, username);
  assertUserKnown(target.client, user);
  assertEnabled(user);
  const available = availableChallenges(target.pool.options, user);
  const parameters = (body.AuthParameters ?? {}) as Json;
  const preferred = parameters.PREFERRED_CHALLENGE;
  if (preferred !== undefined && preferred !== "") {
    const choice = choiceOf(preferred, "AuthParameters.PREFERRED_CHALLENGE");
    if (available.includes(choice)) return startFactor(front, target, user, username, choice, parameters, body.ClientMetadata);
  }
  const state: SelectState = {
    kind: "selectChallenge", clientId: target.client.ClientId, username: user?.Username ?? username, known: user !== null, available,
  };
  return {
    body: {
      ChallengeName: "SELECT_CHALLENGE",
      ChallengeParameters: { USERNAME: user?.Username ?? username },
      AvailableChallenges: available,
      Session: front.sealer.seal(state, OTP_TTL_MS),
    },
  };
}

function assertEnabled(user: User | null) {
  if (user?.Enabled === false) throw new CognitoFault("NotAuthorizedException", "User is disabled.");
}

/** The first factor `choice` begins (or, for PASSWORD, completes) for `user`. */
async function startFactor(
  front: FrontContext, target: PoolAndClient, user: User | null, username: string,
  choice: ChallengeChoice, parameters: Json, clientMetadata: unknown,
): Promise<OpResult> {
  switch (choice) {
    case "PASSWORD": {
      const password = requireString(parameters, "PASSWORD");
      if (!user?.Password || user.Password !== password) throw incorrectCredentials();
      return continueAfterPassword(front, target, user, clientMetadata);
    }
    case "PASSWORD_SRP":
      return srpChallenge(front, target, user?.Username ?? username, requireString(parameters, "SRP_A"));
    case "EMAIL_OTP":
      return otpChallenge(front, target, user, username, "EMAIL");
    case "SMS_OTP":
      return otpChallenge(front, target, user, username, "SMS");
    case "WEB_AUTHN": {
      const credential = typeof parameters.CREDENTIAL === "string" ? parameters.CREDENTIAL : undefined;
      const answer = user ? webAuthnChallenge(front, target, user, credential) : null;
      if (!answer) throw notAvailable(choice, []);
      return answer;
    }
  }
}

function notAvailable(choice: string, available: readonly string[]) {
  return new CognitoFault(
    "InvalidParameterException",
    `The challenge ${choice} is not available for this user (available: ${available.join(", ") || "none"}); check the user pool's sign-in policy (AllowedFirstAuthFactors).`,
  );
}

/**
 * RespondToAuthChallenge SELECT_CHALLENGE (ANSWER = the factor), or PASSWORD / PASSWORD_SRP named
 * directly as the challenge after SELECT_CHALLENGE, as Cognito's API reference lists them.
 */
export async function respondSelectChallenge(front: FrontContext, body: Json): Promise<OpResult> {
  const state = front.sealer.open<SelectState>(requireString(body, "Session"));
  if (!state || state.kind !== "selectChallenge" || state.clientId !== body.ClientId) throw invalidSession();
  const responses = (body.ChallengeResponses ?? {}) as Json;
  const choice = body.ChallengeName === "SELECT_CHALLENGE"
    ? choiceOf(requireString(body, "ChallengeResponses", "ANSWER"), "ChallengeResponses.ANSWER")
    : choiceOf(body.ChallengeName, "ChallengeName");
  if (!state.available.includes(choice)) throw notAvailable(choice, state.available);
  const target = await poolForClient(front.local, state.clientId);
  const user = state.known ? await target.pool.getUserByUsername(front.local.ctx, state.username) : null;
  if (state.known && !user) throw invalidSession();
  assertEnabled(user);
  return startFactor(front, target, user, state.username, choice, responses, body.ClientMetadata);
}

/**
 * The RespondToAuthChallenge requests of choice-based sign-in and of email-MFA set-up, or null to
 * leave the request to the front's other handlers (EMAIL_OTP as MFA, MFA_SETUP with TOTP, …).
 */
export function answerChoiceChallenge(front: FrontContext, body: Json): Promise<OpResult> | null {
  switch (body.ChallengeName) {
    case "SELECT_CHALLENGE":
    case "PASSWORD":
    case "PASSWORD_SRP":
      return respondSelectChallenge(front, body);
    case "SMS_OTP":
      return respondOtpFirstFactor(front, body);
    case "EMAIL_OTP":
      if (isOtpFirstFactorSession(front, body.Session)) return respondOtpFirstFactor(front, body);
      return isEmailMfaSetupSession(front, body.Session) ? respondEmailMfaCode(front, body) : null;
    case "MFA_SETUP":
      return isEmailMfaSetupAnswer(body) ? startEmailMfaSetup(front, body) : null;
    default:
      return null;
  }
}
