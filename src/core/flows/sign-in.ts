/**
 * Sign-in: SRP by default (the password never leaves the page), USER_PASSWORD_AUTH on explicit
 * opt-in, and every challenge Cognito can answer with, translated out of Cognito's names.
 */
import { cognitoTimestamp, passwordClaimSignature } from "../srp/index.js";
import { call, CognitoError } from "../transport/types.js";
import type { ChallengeNameType, InitiateAuthResponse } from "@aws-sdk/client-cognito-identity-provider";
import type { Challenge, MfaMethod } from "../types.js";
import type { FlowContext } from "./context.js";
import { otpauthUri, totpVerified } from "./shared.js";

export type SignInStep =
  | { kind: "tokens"; result: NonNullable<InitiateAuthResponse["AuthenticationResult"]> }
  | { kind: "challenge"; username: string; challenge: Challenge };

const METHODS: Record<string, MfaMethod> = { SMS_MFA: "SMS", SOFTWARE_TOKEN_MFA: "TOTP", EMAIL_OTP: "EMAIL" };
const CHALLENGE_OF: Record<MfaMethod, string> = { SMS: "SMS_MFA", TOTP: "SOFTWARE_TOKEN_MFA", EMAIL: "EMAIL_OTP" };

const parseList = (json: string | undefined): string[] => {
  try {
    const value: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
};

/** Cognito's answer → the next step; keeps Session and USERNAME for the reply. */
export function nextStep(ctx: FlowContext, answer: InitiateAuthResponse, fallbackUsername: string): SignInStep {
  if (answer.AuthenticationResult) {
    ctx.challenge = {};
    return { kind: "tokens", result: answer.AuthenticationResult };
  }
  const p = answer.ChallengeParameters ?? {};
  const username = p.USER_ID_FOR_SRP ?? p.USERNAME ?? ctx.challenge.username ?? fallbackUsername;
  ctx.challenge = { username, ...(answer.Session ? { session: answer.Session } : {}) };
  const name = answer.ChallengeName ?? "";
  const method = METHODS[name];
  let challenge: Challenge;
  if (method) {
    challenge = { step: "confirmSignIn", method, destination: p.CODE_DELIVERY_DESTINATION ?? null };
  } else if (name === "SELECT_MFA_TYPE") {
    challenge = { step: "selectMfaType", methods: parseList(p.MFAS_CAN_CHOOSE).flatMap((m) => METHODS[m] ?? []) };
  } else if (name === "MFA_SETUP") {
    challenge = { step: "setupTotp", secret: null, uri: null };
  } else if (name === "NEW_PASSWORD_REQUIRED") {
    const attributes = JSON.parse(p.userAttributes ?? "{}") as Record<string, string>;
    // Cognito refuses these back in the answer.
    for (const key of ["email_verified", "phone_number_verified", "sub"]) delete attributes[key];
    challenge = {
      step: "newPasswordRequired",
      requiredAttributes: parseList(p.requiredAttributes).map((a) => a.replace(/^userAttributes\./, "")),
      userAttributes: attributes,
    };
  } else {
    throw new CognitoError("UnsupportedChallenge", name);
  }
  return { kind: "challenge", username, challenge };
}

/** Answers the current challenge with the kept Session. */
export async function respond(ctx: FlowContext, challengeName: string, responses: Record<string, string>): Promise<SignInStep> {
  const username = ctx.challenge.username ?? "";
  const answer = await call(ctx.transport, "RespondToAuthChallenge", {
    ClientId: ctx.clientId,
    ChallengeName: challengeName as ChallengeNameType,
    ChallengeResponses: { USERNAME: username, ...responses },
    ...(ctx.challenge.session ? { Session: ctx.challenge.session } : {}),
  });
  return nextStep(ctx, answer, username);
}

/** @example await signIn(ctx, { username: "ana@example.com", password }) */
export async function signIn(ctx: FlowContext, input: { username: string; password: string }): Promise<SignInStep> {
  ctx.challenge = {};
  if (ctx.authFlow === "USER_PASSWORD_AUTH") {
    const answer = await call(ctx.transport, "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH", ClientId: ctx.clientId,
      AuthParameters: { USERNAME: input.username, PASSWORD: input.password },
    });
    return nextStep(ctx, answer, input.username);
  }
  const ephemeral = ctx.ephemeral();
  const first = await call(ctx.transport, "InitiateAuth", {
    AuthFlow: "USER_SRP_AUTH", ClientId: ctx.clientId,
    AuthParameters: { USERNAME: input.username, SRP_A: ephemeral.srpA },
  });
  const p = first.ChallengeParameters ?? {};
  if (first.ChallengeName !== "PASSWORD_VERIFIER" || !p.SALT || !p.SRP_B || !p.SECRET_BLOCK || !p.USER_ID_FOR_SRP) {
    return nextStep(ctx, first, input.username);
  }
  const timestamp = cognitoTimestamp(new Date(ctx.now()));
  const signature = await passwordClaimSignature({
    poolName: ctx.userPoolId.split("_")[1] ?? "",
    userIdForSrp: p.USER_ID_FOR_SRP,
    password: input.password,
    ephemeral,
    saltHex: p.SALT,
    srpBHex: p.SRP_B,
    secretBlock: p.SECRET_BLOCK,
    timestamp,
  });
  ctx.challenge = { username: p.USER_ID_FOR_SRP, ...(first.Session ? { session: first.Session } : {}) };
  return respond(ctx, "PASSWORD_VERIFIER", {
    PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK,
    PASSWORD_CLAIM_SIGNATURE: signature,
    TIMESTAMP: timestamp,
  });
}

export const confirmSignIn = (ctx: FlowContext, method: MfaMethod, code: string) =>
  respond(ctx, CHALLENGE_OF[method], { [`${CHALLENGE_OF[method]}_CODE`]: code });

export const selectMfaType = (ctx: FlowContext, method: MfaMethod) =>
  respond(ctx, "SELECT_MFA_TYPE", { ANSWER: CHALLENGE_OF[method] });

export function completeNewPassword(ctx: FlowContext, password: string, attributes: Record<string, string>) {
  const responses: Record<string, string> = { NEW_PASSWORD: password };
  for (const [name, value] of Object.entries(attributes)) responses[`userAttributes.${name}`] = value;
  return respond(ctx, "NEW_PASSWORD_REQUIRED", responses);
}

/** MFA_SETUP, first half: a TOTP secret associated with the challenge Session. */
export async function associateTotp(ctx: FlowContext): Promise<{ secret: string; uri: string }> {
  const answer = await call(ctx.transport, "AssociateSoftwareToken", { Session: ctx.challenge.session });
  if (answer.Session) ctx.challenge.session = answer.Session;
  const secret = answer.SecretCode ?? "";
  return { secret, uri: otpauthUri(ctx.totpIssuer, ctx.challenge.username ?? "", secret) };
}

/** MFA_SETUP, second half: verify a code from the app, then finish the challenge. */
export async function verifyTotpSetup(ctx: FlowContext, code: string, deviceName?: string): Promise<SignInStep> {
  const answer = await call(ctx.transport, "VerifySoftwareToken", {
    Session: ctx.challenge.session, UserCode: code, ...(deviceName ? { FriendlyDeviceName: deviceName } : {}),
  });
  totpVerified(answer);
  if (answer.Session) ctx.challenge.session = answer.Session;
  return respond(ctx, "MFA_SETUP", {});
}
