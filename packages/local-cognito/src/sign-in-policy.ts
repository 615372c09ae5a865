/**
 * The pool and app-client settings choice-based sign-in (USER_AUTH) depends on, as Cognito keeps
 * them: the pool's `Policies.SignInPolicy.AllowedFirstAuthFactors`, the client's
 * `ALLOW_USER_AUTH` explicit flow, and the pool's email-MFA and WebAuthn configuration (which
 * Cognito sets with SetUserPoolMfaConfig and cognito-local 5.3 drops; the front keeps them on the
 * pool's options, see pool-mfa-config-ops.ts).
 */
import type { User, UserPool } from "cognito-local/lib/services/userPoolService";
import type { AppClient } from "cognito-local/lib/services/appClient";
import { CognitoFault } from "./fault";
import { attribute } from "./users";
import { userHasPasskey } from "./passkey-hook";

/** What Cognito's AuthFactorType allows as a first factor (SOFTWARE_TOKEN is not supported there). */
export type FirstFactor = "PASSWORD" | "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN";
/** What a user can pick in SELECT_CHALLENGE: PASSWORD covers both PASSWORD and PASSWORD_SRP. */
export type ChallengeChoice = "PASSWORD" | "PASSWORD_SRP" | "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN";

/** The pool options the front adds to cognito-local's (Cognito's own names). */
export interface ChoicePoolOptions {
  Policies?: { SignInPolicy?: { AllowedFirstAuthFactors?: string[] } };
  /** SetUserPoolMfaConfig's EmailMfaConfiguration: its presence turns email MFA on for the pool. */
  EmailMfaConfiguration?: { Message?: string; Subject?: string };
  /** SetUserPoolMfaConfig's WebAuthnConfiguration: the relying party passkeys are bound to. */
  WebAuthnConfiguration?: { RelyingPartyId?: string; UserVerification?: "required" | "preferred" };
}

const options = (pool: UserPool) => pool as UserPool & ChoicePoolOptions;

/** The pool's allowed first factors; Cognito's default (no sign-in policy) is PASSWORD only. */
export function allowedFirstFactors(pool: UserPool): FirstFactor[] {
  const listed = options(pool).Policies?.SignInPolicy?.AllowedFirstAuthFactors;
  return (listed?.length ? listed : ["PASSWORD"]) as FirstFactor[];
}

/** Whether the pool lets users sign up and sign in without a password (email or SMS codes). */
export function allowsPasswordless(pool: UserPool): boolean {
  const factors = allowedFirstFactors(pool);
  return factors.includes("EMAIL_OTP") || factors.includes("SMS_OTP");
}

/** Whether the pool offers email MFA (SetUserPoolMfaConfig with an EmailMfaConfiguration). */
export function emailMfaEnabled(pool: UserPool): boolean {
  return options(pool).EmailMfaConfiguration !== undefined;
}

/**
 * The WebAuthn relying party id passkeys of this pool are bound to: the configured
 * `WebAuthnConfiguration.RelyingPartyId`, else null (Cognito then uses the hosted-UI domain).
 */
export function relyingPartyId(pool: UserPool): string | null {
  return options(pool).WebAuthnConfiguration?.RelyingPartyId ?? null;
}

/** Cognito's refusal when the app client lacks ALLOW_USER_AUTH. */
export function assertUserAuthAllowed(client: AppClient): void {
  if (!(client.ExplicitAuthFlows ?? []).includes("ALLOW_USER_AUTH")) {
    throw new CognitoFault("InvalidParameterException", "USER_AUTH flow not enabled for this client");
  }
}

/**
 * The first factors this user can use now, in the order Cognito lists them in AvailableChallenges:
 * what the pool allows, narrowed to what the user has (a password; a verified email or phone;
 * a passkey). `user` null is an unknown user under PreventUserExistenceErrors: the choices a
 * real user of the pool could plausibly have, so the answer does not reveal that it is unknown.
 */
export function availableChallenges(pool: UserPool, user: User | null): ChallengeChoice[] {
  const factors = allowedFirstFactors(pool);
  const choices: ChallengeChoice[] = [];
  // An unconfirmed user's contact is not verified yet: listed as if it were, so the answer reads
  // like a confirmed user's; choosing it is then UserNotConfirmedException (see otpChallenge).
  const has = (name: string) => user !== null && attribute(user, name) !== undefined
    && (attribute(user, `${name}_verified`) === "true" || user.UserStatus === "UNCONFIRMED");
  if (factors.includes("WEB_AUTHN") && user && userHasPasskey(pool, user)) choices.push("WEB_AUTHN");
  if (factors.includes("EMAIL_OTP") && (user === null || has("email"))) choices.push("EMAIL_OTP");
  if (factors.includes("SMS_OTP") && has("phone_number")) choices.push("SMS_OTP");
  if (user === null || (typeof user.Password === "string" && user.Password !== "")) choices.push("PASSWORD", "PASSWORD_SRP");
  return choices;
}

/** The MFA methods an MFA_SETUP challenge offers in MFAS_CAN_SETUP for this pool. */
export function mfasCanSetUp(pool: UserPool): string[] {
  return ["SOFTWARE_TOKEN_MFA", ...(emailMfaEnabled(pool) ? ["EMAIL_OTP"] : [])];
}
