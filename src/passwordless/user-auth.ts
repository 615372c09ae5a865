/**
 * Choice-based sign-in on the wire (Cognito's `USER_AUTH` flow). Each function returns what
 * follows, with the challenge Session it needs next; none keeps state (the machine keeps the
 * Session, privately). What each method sends:
 * - PASSWORD (the default, SRP): `PASSWORD_SRP` with SRP_A, then PASSWORD_VERIFIER's proof — the
 *   password never leaves the page. Only under the app's explicit `authFlow: "USER_PASSWORD_AUTH"`
 *   does `PASSWORD` send the password itself.
 * - EMAIL_OTP / SMS_OTP: the username; Cognito sends a code, answered as EMAIL_OTP_CODE / SMS_OTP_CODE.
 * - WEB_AUTHN: the username; the passkey ceremony ("cognito-react-kit/passkeys") answers it.
 */
import { cognitoTimestamp, passwordClaimSignature, type SrpEphemeral } from "../core/srp/index.js";
import { call } from "../core/transport/types.js";
import type { InitiateAuthResponse } from "../core/transport/cognito-types.js";
import { nextStep, respond, type SignInStep } from "../core/flows/sign-in.js";
import type { ChallengeSession, FlowContext } from "../core/flows/context.js";
import type { SignInMethod } from "../core/types.js";

/** The Cognito first-factor name of a method: a password goes by SRP unless the app opted out. */
export const factorOf = (ctx: FlowContext, method: SignInMethod): string =>
  method !== "PASSWORD" ? method : ctx.authFlow === "USER_SRP_AUTH" ? "PASSWORD_SRP" : "PASSWORD";

/** Cognito's AvailableChallenges → the user's methods (a password counts once, SRP or not). */
export const methodsOf = (available: readonly string[] | undefined): SignInMethod[] => {
  const methods = new Set<SignInMethod>();
  for (const name of available ?? []) {
    if (name === "PASSWORD" || name === "PASSWORD_SRP") methods.add("PASSWORD");
    else if (name === "EMAIL_OTP" || name === "SMS_OTP" || name === "WEB_AUTHN") methods.add(name);
  }
  return [...methods];
};

/** What goes with choosing `method`: SRP_A for SRP (its ephemeral kept for the proof), the password only when it is sent. */
function chosen(ctx: FlowContext, method: SignInMethod, password: string | undefined) {
  const factor = factorOf(ctx, method);
  const ephemeral = factor === "PASSWORD_SRP" ? ctx.ephemeral() : null;
  const extra: Record<string, string> = ephemeral ? { SRP_A: ephemeral.srpA } : factor === "PASSWORD" ? { PASSWORD: password ?? "" } : {};
  return { factor, ephemeral, extra };
}

/** After SRP_A: PASSWORD_VERIFIER answered with the proof; anything else as Cognito said it. */
async function afterChoice(ctx: FlowContext, answer: InitiateAuthResponse, username: string, ephemeral: SrpEphemeral | null, password: string | undefined): Promise<SignInStep> {
  const p = answer.ChallengeParameters ?? {};
  if (!ephemeral || answer.ChallengeName !== "PASSWORD_VERIFIER" || !p.SALT || !p.SRP_B || !p.SECRET_BLOCK || !p.USER_ID_FOR_SRP) {
    return nextStep(answer, username);
  }
  const timestamp = cognitoTimestamp(new Date(ctx.now()));
  const signature = await passwordClaimSignature({
    poolName: ctx.userPoolId.split("_")[1] ?? "",
    userIdForSrp: p.USER_ID_FOR_SRP,
    password: password ?? "",
    ephemeral,
    saltHex: p.SALT,
    srpBHex: p.SRP_B,
    secretBlock: p.SECRET_BLOCK,
    timestamp,
  });
  return respond(ctx, { username: p.USER_ID_FOR_SRP, session: answer.Session, name: "PASSWORD_VERIFIER" }, "PASSWORD_VERIFIER", {
    PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK,
    PASSWORD_CLAIM_SIGNATURE: signature,
    TIMESTAMP: timestamp,
  });
}

export interface InitiateInput {
  username: string;
  /** Asked for at once (PREFERRED_CHALLENGE); without it Cognito answers SELECT_CHALLENGE. */
  method?: SignInMethod | undefined;
  /** For PASSWORD only. */
  password?: string | undefined;
  /** The Session a confirmed sign-up returned: signs in with no further factor. */
  session?: string | undefined;
}

/**
 * InitiateAuth with USER_AUTH.
 *
 * @example await initiate(ctx, { username: "ana@example.com", method: "EMAIL_OTP" }) // → the EMAIL_OTP challenge
 */
export async function initiate(ctx: FlowContext, input: InitiateInput): Promise<SignInStep> {
  const choice = input.method ? chosen(ctx, input.method, input.password) : null;
  const answer = await call(ctx.transport, "InitiateAuth", {
    AuthFlow: "USER_AUTH",
    ClientId: ctx.clientId,
    AuthParameters: { USERNAME: input.username, ...(choice && { PREFERRED_CHALLENGE: choice.factor, ...choice.extra }) },
    ...(input.session ? { Session: input.session } : {}),
  });
  return afterChoice(ctx, answer, input.username, choice?.ephemeral ?? null, input.password);
}

/**
 * Answers SELECT_CHALLENGE with the user's method (and, for a password, SRP_A then the proof).
 *
 * @example await selectChallenge(ctx, held, "SMS_OTP") // → the SMS_OTP challenge
 */
export async function selectChallenge(ctx: FlowContext, held: ChallengeSession, method: SignInMethod, password?: string): Promise<SignInStep> {
  const { factor, ephemeral, extra } = chosen(ctx, method, password);
  const answer = await call(ctx.transport, "RespondToAuthChallenge", {
    ClientId: ctx.clientId,
    ChallengeName: "SELECT_CHALLENGE",
    ChallengeResponses: { USERNAME: held.username, ANSWER: factor, ...extra },
    Session: held.session,
  });
  return afterChoice(ctx, answer, held.username, ephemeral, password);
}

/**
 * MFA_SETUP answered with an email address: Cognito sends a code there (an EMAIL_OTP challenge).
 *
 * @example await setupEmailMfa(ctx, held, "ana@example.com") // → confirmSignIn, method EMAIL
 */
export const setupEmailMfa = (ctx: FlowContext, held: ChallengeSession, email: string) =>
  respond(ctx, held, "MFA_SETUP", { EMAIL: email });
