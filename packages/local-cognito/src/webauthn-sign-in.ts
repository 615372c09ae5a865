/**
 * USER_AUTH with PREFERRED_CHALLENGE=WEB_AUTHN: the passkey first factor. The general USER_AUTH
 * (SELECT_CHALLENGE, password and code factors) lives in its own module; this answers the
 * passkey preference and is what that module calls when WEB_AUTHN is chosen.
 */
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import { findUser, poolForClient } from "./users";
import { allowedFirstFactors, requirePasskeys } from "./webauthn-store";
import {
  canUsePasskey, completeWebAuthnRegistration, deleteWebAuthnCredential, getUserPoolMfaConfig, listWebAuthnCredentials,
  setUserPoolMfaConfig, startWebAuthnRegistration, webAuthnChallenge,
} from "./webauthn-ops";

/** Whether an InitiateAuth request asks for a passkey sign-in. */
export const prefersPasskey = (body: Json) =>
  body.AuthFlow === "USER_AUTH" && (body.AuthParameters as Json | undefined)?.PREFERRED_CHALLENGE === "WEB_AUTHN";

export async function initiatePasskey(front: FrontContext, body: Json): Promise<OpResult> {
  const clientId = requireString(body, "ClientId");
  const username = requireString(body, "AuthParameters", "USERNAME");
  const target = await poolForClient(front.local, clientId);
  if (!(target.client.ExplicitAuthFlows ?? []).includes("ALLOW_USER_AUTH")) {
    throw new CognitoFault("InvalidParameterException", "USER_AUTH flow not enabled for this client");
  }
  if (!allowedFirstFactors(target).includes("WEB_AUTHN")) {
    throw new CognitoFault("InvalidParameterException", "The preferred challenge WEB_AUTHN is not an allowed first factor of this user pool.");
  }
  requirePasskeys(target);
  const user = await findUser(front.local, target.pool, username);
  if (!user || user.UserStatus !== "CONFIRMED" || !canUsePasskey(target, user)) {
    // No passkey to offer (or no such user: not revealed): Cognito has no WEB_AUTHN for this user.
    throw new CognitoFault("NotAuthorizedException", "Incorrect username or password.");
  }
  return webAuthnChallenge(front, target, user);
}

/** The passkey operations the front answers itself, by X-Amz-Target operation name. */
export const webAuthnOperations: Record<string, (front: FrontContext, body: Json) => Promise<OpResult>> = {
  SetUserPoolMfaConfig: setUserPoolMfaConfig,
  GetUserPoolMfaConfig: getUserPoolMfaConfig,
  StartWebAuthnRegistration: startWebAuthnRegistration,
  CompleteWebAuthnRegistration: completeWebAuthnRegistration,
  ListWebAuthnCredentials: listWebAuthnCredentials,
  DeleteWebAuthnCredential: deleteWebAuthnCredential,
};
