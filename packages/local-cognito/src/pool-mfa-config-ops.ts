/**
 * SetUserPoolMfaConfig / GetUserPoolMfaConfig with the two settings cognito-local 5.3 drops:
 * `EmailMfaConfiguration` (email MFA on for the pool) and `WebAuthnConfiguration` (the passkey
 * relying party id and user verification). cognito-local keeps the rest (MfaConfiguration, SMS,
 * TOTP); the front keeps these two on the pool's options, where sign-in-policy.ts reads them.
 */
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import type { ChoicePoolOptions } from "./sign-in-policy";

const RELYING_PARTY = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

function extras(options: ChoicePoolOptions): Json {
  return {
    ...(options.EmailMfaConfiguration ? { EmailMfaConfiguration: options.EmailMfaConfiguration } : {}),
    ...(options.WebAuthnConfiguration ? { WebAuthnConfiguration: options.WebAuthnConfiguration } : {}),
  };
}

export async function setUserPoolMfaConfig(front: FrontContext, body: Json): Promise<OpResult> {
  const poolId = requireString(body, "UserPoolId");
  const webAuthn = body.WebAuthnConfiguration as ChoicePoolOptions["WebAuthnConfiguration"] | undefined;
  if (webAuthn?.RelyingPartyId !== undefined && !RELYING_PARTY.test(webAuthn.RelyingPartyId)) {
    throw new CognitoFault("InvalidParameterException", "WebAuthnConfiguration.RelyingPartyId must be a domain name, e.g. example.com or localhost.");
  }
  if (webAuthn?.UserVerification !== undefined && !["required", "preferred"].includes(webAuthn.UserVerification)) {
    throw new CognitoFault("InvalidParameterException", "WebAuthnConfiguration.UserVerification must be required or preferred.");
  }
  const answer = await front.forward("SetUserPoolMfaConfig", body);
  const pool = await front.local.services.cognito.getUserPool(front.local.ctx, poolId);
  const options = pool.options as typeof pool.options & ChoicePoolOptions;
  const updated = {
    ...options,
    ...(body.EmailMfaConfiguration ? { EmailMfaConfiguration: body.EmailMfaConfiguration as ChoicePoolOptions["EmailMfaConfiguration"] } : {}),
    ...(webAuthn ? { WebAuthnConfiguration: { UserVerification: "preferred" as const, ...options.WebAuthnConfiguration, ...webAuthn } } : {}),
  };
  await pool.updateOptions(front.local.ctx, updated);
  return { ...answer, body: { ...answer.body, ...extras(updated) } };
}

export async function getUserPoolMfaConfig(front: FrontContext, body: Json): Promise<OpResult> {
  const answer = await front.forward("GetUserPoolMfaConfig", body);
  const pool = await front.local.services.cognito.getUserPool(front.local.ctx, requireString(body, "UserPoolId"));
  return { ...answer, body: { ...answer.body, ...extras(pool.options as ChoicePoolOptions) } };
}
