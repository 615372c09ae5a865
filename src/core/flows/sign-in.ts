/**
 * Sign-in: SRP by default (the password never leaves the page), USER_PASSWORD_AUTH on explicit
 * opt-in, and every challenge Cognito can answer with, translated out of Cognito's names. Each
 * function returns what follows, with the challenge Session it needs next; none keeps state.
 */
import { cognitoTimestamp, passwordClaimSignature } from "../srp/index.js";
import { call } from "../transport/types.js";
import type { ChallengeNameType, InitiateAuthResponse } from "../transport/cognito-types.js";
import type { Challenge, MfaMethod } from "../types.js";
import { addOnParameters, type ChallengeSession, type FlowContext } from "./context.js";
import { COGNITO_MFA, MFA_OF, otpauthUri, totpVerified } from "./shared.js";

export type SignInStep =
  | { kind: "tokens"; result: NonNullable<InitiateAuthResponse["AuthenticationResult"]> }
  /** `challenge` null: one the core cannot show (an add-on may translate `answer`, Cognito's raw reply). */
  | { kind: "challenge"; username: string; challenge: Challenge | null; session: ChallengeSession; answer?: InitiateAuthResponse };

/** A JSON list Cognito sends as a string; anything else (absent, not JSON, not a list) is empty. */
const parseList = (json: string | undefined): string[] => {
  try {
    return (JSON.parse(json!) as unknown[]).map(String);
  } catch {
    return [];
  }
};

/** Cognito's answer → the next step, with the Session and USERNAME to answer it with. */
export function nextStep(answer: InitiateAuthResponse, fallbackUsername: string): SignInStep {
  if (answer.AuthenticationResult) return { kind: "tokens", result: answer.AuthenticationResult };
  const p = answer.ChallengeParameters ?? {};
  const username = p.USER_ID_FOR_SRP ?? p.USERNAME ?? fallbackUsername;
  const name = answer.ChallengeName ?? "";
  const method = MFA_OF[name];
  let challenge: Challenge | null = null;
  if (method) {
    challenge = { step: "confirmSignIn", method, destination: p.CODE_DELIVERY_DESTINATION ?? null };
  } else if (name === "SELECT_MFA_TYPE") {
    challenge = { step: "selectMfaType", methods: parseList(p.MFAS_CAN_CHOOSE).flatMap((m) => MFA_OF[m] ?? []) };
  } else if (name === "MFA_SETUP") {
    challenge = { step: "setupTotp", secret: null, uri: null };
  } else if (name === "NEW_PASSWORD_REQUIRED") {
    // Cognito refuses these three back in the answer.
    const { email_verified, phone_number_verified, sub, ...attributes } = JSON.parse(p.userAttributes ?? "{}") as Record<string, string>;
    challenge = {
      step: "newPasswordRequired",
      requiredAttributes: parseList(p.requiredAttributes).map((a) => a.replace(/^userAttributes\./, "")),
      userAttributes: attributes,
    };
  }
  return { kind: "challenge", username, challenge, session: { username, session: answer.Session, name }, answer };
}

/** Answers the challenge `held` with its Session. */
export async function respond(ctx: FlowContext, held: ChallengeSession, challengeName: string, responses: Record<string, string>): Promise<SignInStep> {
  const answer = await call(ctx.transport, "RespondToAuthChallenge", {
    ClientId: ctx.clientId,
    ChallengeName: challengeName as ChallengeNameType,
    ChallengeResponses: { USERNAME: held.username, ...responses },
    Session: held.session,
  });
  return nextStep(answer, held.username);
}

/** @example await signIn(ctx, { username: "ana@example.com", password }) */
export async function signIn(ctx: FlowContext, input: { username: string; password: string }): Promise<SignInStep> {
  // SRP sends A, never the password; only the explicit USER_PASSWORD_AUTH opt-in sends it.
  const ephemeral = ctx.authFlow === "USER_SRP_AUTH" ? ctx.ephemeral() : null;
  const first = await call(ctx.transport, "InitiateAuth", {
    AuthFlow: ctx.authFlow, ClientId: ctx.clientId,
    AuthParameters: { USERNAME: input.username, ...(ephemeral ? { SRP_A: ephemeral.srpA } : { PASSWORD: input.password }), ...addOnParameters(ctx, input.username) },
  });
  const p = first.ChallengeParameters ?? {};
  // A malformed SALT, SRP_B or SECRET_BLOCK fails in the SRP math (SrpProtocolError), before any answer is sent.
  if (!ephemeral || first.ChallengeName !== "PASSWORD_VERIFIER" || !p.USER_ID_FOR_SRP) {
    return nextStep(first, input.username);
  }
  const timestamp = cognitoTimestamp(new Date(ctx.now()));
  const signature = await passwordClaimSignature({
    poolName: ctx.userPoolId.split("_")[1] ?? "",
    userIdForSrp: p.USER_ID_FOR_SRP,
    password: input.password,
    ephemeral,
    saltHex: p.SALT!,
    srpBHex: p.SRP_B!,
    secretBlock: p.SECRET_BLOCK!,
    timestamp,
  });
  return respond(ctx, { username: p.USER_ID_FOR_SRP, session: first.Session }, "PASSWORD_VERIFIER", {
    PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK!,
    PASSWORD_CLAIM_SIGNATURE: signature,
    TIMESTAMP: timestamp,
  });
}

/** A code challenge: the one Cognito named (an MFA, or an EMAIL_OTP / SMS_OTP first factor). */
export const confirmSignIn = (ctx: FlowContext, held: ChallengeSession, code: string) =>
  respond(ctx, held, held.name!, { [`${held.name}_CODE`]: code });

export const selectMfaType = (ctx: FlowContext, held: ChallengeSession, method: MfaMethod) =>
  respond(ctx, held, "SELECT_MFA_TYPE", { ANSWER: COGNITO_MFA[method] });

export const completeNewPassword = (ctx: FlowContext, held: ChallengeSession, password: string, attributes: Record<string, string>) =>
  respond(ctx, held, "NEW_PASSWORD_REQUIRED", {
    NEW_PASSWORD: password,
    ...Object.fromEntries(Object.entries(attributes).map(([name, value]) => [`userAttributes.${name}`, value])),
  });

/** MFA_SETUP, first half: a TOTP secret associated with the challenge Session (which it renews). */
export async function associateTotp(ctx: FlowContext, held: ChallengeSession) {
  const answer = await call(ctx.transport, "AssociateSoftwareToken", { Session: held.session });
  const secret = answer.SecretCode ?? "";
  return { secret, uri: otpauthUri(ctx.totpIssuer, held.username, secret), session: { ...held, session: answer.Session ?? held.session } };
}

/** MFA_SETUP, second half: verify a code from the app, then finish the challenge. */
export async function verifyTotpSetup(ctx: FlowContext, held: ChallengeSession, code: string, deviceName?: string): Promise<SignInStep> {
  const answer = await call(ctx.transport, "VerifySoftwareToken", {
    Session: held.session, UserCode: code, FriendlyDeviceName: deviceName,
  });
  totpVerified(answer);
  return respond(ctx, { ...held, session: answer.Session ?? held.session }, "MFA_SETUP", {});
}
