/**
 * Passkeys (WebAuthn), which cognito-local 5.3 does not know: registration for a signed-in user
 * (StartWebAuthnRegistration / CompleteWebAuthnRegistration), ListWebAuthnCredentials,
 * DeleteWebAuthnCredential, and the WEB_AUTHN sign-in challenge of USER_AUTH (offered through
 * passkey-hook.ts; the relying party id is the pool's WebAuthnConfiguration, pool-mfa-config-ops.ts). Every ceremony is
 * verified cryptographically with @simplewebauthn/server: challenge, origin, relying party id,
 * attestation / signature and the signature counter.
 */
import { randomBytes } from "node:crypto";
import {
  generateRegistrationOptions, verifyAuthenticationResponse, verifyRegistrationResponse,
  type AuthenticationResponseJSON, type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import type { User } from "cognito-local/lib/services/userPoolService";
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import { verifiedAccessToken } from "./account-ops";
import { poolForClient, type PoolAndClient } from "./users";
import {
  clientData, friendlyName, originAllowed, requirePasskeys, storedPasskeys, withPasskeys,
  type StoredPasskey,
} from "./webauthn-store";

const CEREMONY_TTL_MS = 3 * 60_000;
const TIMEOUT_MS = 180_000;
const notAuthorized = () => new CognitoFault("NotAuthorizedException", "Incorrect username or password.");

/** Registration challenges handed out, per front: sub → the challenge and when it lapses. */
const pending = new WeakMap<FrontContext, Map<string, { challenge: string; clientId: string; exp: number }>>();
const pendingFor = (front: FrontContext) => pending.get(front) ?? pending.set(front, new Map()).get(front)!;

async function signedInUser(front: FrontContext, body: Json): Promise<{ target: PoolAndClient; user: User; sub: string; clientId: string }> {
  const claims = verifiedAccessToken(requireString(body, "AccessToken"));
  const target = await poolForClient(front.local, claims.client_id);
  const user = await target.pool.getUserByUsername(front.local.ctx, claims.sub);
  if (!user) throw new CognitoFault("NotAuthorizedException", "Invalid Access Token");
  return { target, user, sub: claims.sub, clientId: claims.client_id };
}

export async function startWebAuthnRegistration(front: FrontContext, body: Json): Promise<OpResult> {
  const { target, user, sub, clientId } = await signedInUser(front, body);
  const { rpId, userVerification } = requirePasskeys(target);
  const email = user.Attributes?.find((a) => a.Name === "email")?.Value;
  const options = await generateRegistrationOptions({
    rpName: rpId,
    rpID: rpId,
    userName: user.Username,
    userID: new TextEncoder().encode(sub),
    userDisplayName: email ?? user.Username,
    timeout: TIMEOUT_MS,
    attestationType: "none",
    excludeCredentials: storedPasskeys(user).map((p) => ({ id: p.CredentialId, transports: p.AuthenticatorTransports })),
    authenticatorSelection: { residentKey: "required", requireResidentKey: true, userVerification },
    supportedAlgorithmIDs: [-7, -257],
  });
  pendingFor(front).set(sub, { challenge: options.challenge, clientId, exp: Date.now() + CEREMONY_TTL_MS });
  return { body: { CredentialCreationOptions: options } };
}

/** The client-data checks whose failures Cognito names: challenge, origin, relying party. */
function checkClientData(credential: unknown, type: "webauthn.create" | "webauthn.get", challenge: string, rpId: string) {
  const data = clientData(credential);
  if (data.type !== type) throw new CognitoFault("InvalidParameterException", `Credential is not a ${type} response.`);
  if (data.challenge !== challenge) throw new CognitoFault("WebAuthnChallengeNotFoundException", "The credential does not answer a challenge Cognito issued.");
  if (!originAllowed(data.origin, rpId)) {
    throw new CognitoFault("WebAuthnOriginNotAllowedException", `The origin ${data.origin} is not allowed for relying party ${rpId}.`);
  }
  return data.origin;
}

/** A verification failure from @simplewebauthn/server in Cognito's terms. */
function refusal(error: unknown, fallback: CognitoFault): CognitoFault {
  if (error instanceof CognitoFault) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/RP ID/i.test(message)) return new CognitoFault("WebAuthnRelyingPartyMismatchException", "The credential was made for another relying party.");
  return fallback;
}

export async function completeWebAuthnRegistration(front: FrontContext, body: Json): Promise<OpResult> {
  const { target, user, sub, clientId } = await signedInUser(front, body);
  const { rpId, userVerification } = requirePasskeys(target);
  const credential = body.Credential as RegistrationResponseJSON | undefined;
  if (!credential || typeof credential !== "object") throw new CognitoFault("InvalidParameterException", "Missing required parameter Credential");
  const ceremony = pendingFor(front).get(sub);
  if (!ceremony || ceremony.exp < Date.now()) throw new CognitoFault("WebAuthnChallengeNotFoundException", "No passkey registration is in progress; call StartWebAuthnRegistration first.");
  if (ceremony.clientId !== clientId) throw new CognitoFault("WebAuthnClientMismatchException", "The registration was started by another app client.");
  const origin = checkClientData(credential, "webauthn.create", ceremony.challenge, rpId);
  let verified;
  try {
    verified = await verifyRegistrationResponse({
      response: credential, expectedChallenge: ceremony.challenge, expectedOrigin: origin, expectedRPID: rpId,
      requireUserVerification: userVerification === "required",
    });
  } catch (error) {
    throw refusal(error, new CognitoFault("WebAuthnCredentialNotSupportedException", `The credential could not be verified: ${error instanceof Error ? error.message : String(error)}`));
  }
  if (!verified.verified) throw new CognitoFault("WebAuthnCredentialNotSupportedException", "The credential could not be verified.");
  pendingFor(front).delete(sub);
  const info = verified.registrationInfo;
  const known = storedPasskeys(user);
  if (known.some((p) => p.CredentialId === info.credential.id)) {
    throw new CognitoFault("InvalidParameterException", "This passkey is already registered.");
  }
  const attachment = credential.authenticatorAttachment ?? undefined;
  const passkey: StoredPasskey = {
    CredentialId: info.credential.id,
    PublicKey: Buffer.from(info.credential.publicKey).toString("base64url"),
    Counter: info.credential.counter,
    FriendlyCredentialName: friendlyName(info.aaguid, attachment),
    RelyingPartyId: rpId,
    ...(attachment ? { AuthenticatorAttachment: attachment } : {}),
    AuthenticatorTransports: info.credential.transports ?? credential.response.transports ?? [],
    CreatedAt: Math.floor(Date.now() / 1000),
  };
  await target.pool.saveUser(front.local.ctx, withPasskeys(user, [...known, passkey]));
  return { body: {} };
}

export async function listWebAuthnCredentials(front: FrontContext, body: Json): Promise<OpResult> {
  const { user } = await signedInUser(front, body);
  const max = typeof body.MaxResults === "number" ? body.MaxResults : 20;
  if (!Number.isInteger(max) || max < 1 || max > 20) throw new CognitoFault("InvalidParameterException", "MaxResults must be between 1 and 20.");
  const start = typeof body.NextToken === "string" ? Number(Buffer.from(body.NextToken, "base64url").toString("utf8")) : 0;
  if (!Number.isInteger(start) || start < 0) throw new CognitoFault("InvalidParameterException", "Invalid NextToken.");
  const all = storedPasskeys(user);
  const page = all.slice(start, start + max).map(({ PublicKey: _key, Counter: _counter, ...described }) => described);
  const next = start + max < all.length ? Buffer.from(String(start + max)).toString("base64url") : undefined;
  return { body: { Credentials: page, ...(next ? { NextToken: next } : {}) } };
}

export async function deleteWebAuthnCredential(front: FrontContext, body: Json): Promise<OpResult> {
  const { target, user } = await signedInUser(front, body);
  const id = requireString(body, "CredentialId");
  const known = storedPasskeys(user);
  if (!known.some((p) => p.CredentialId === id)) throw new CognitoFault("ResourceNotFoundException", "Credential not found.");
  await target.pool.saveUser(front.local.ctx, withPasskeys(user, known.filter((p) => p.CredentialId !== id)));
  return { body: {} };
}

interface WebAuthnState {
  kind: "webAuthn";
  clientId: string;
  username: string;
  challenge: string;
}

/** Whether `user` can be offered WEB_AUTHN (the pool allows it and the user has a passkey). */
export function canUsePasskey(target: PoolAndClient, user: User): boolean {
  try {
    requirePasskeys(target);
  } catch {
    return false;
  }
  return storedPasskeys(user).length > 0;
}

/** The WEB_AUTHN challenge of USER_AUTH: request options for the user's passkeys, the challenge sealed in the Session. */
export function webAuthnChallenge(front: FrontContext, target: PoolAndClient, user: User): OpResult {
  const { rpId, userVerification } = requirePasskeys(target);
  const challenge = randomBytes(32).toString("base64url");
  const options = {
    challenge,
    timeout: TIMEOUT_MS,
    rpId,
    allowCredentials: storedPasskeys(user).map((p) => ({ type: "public-key", id: p.CredentialId, transports: p.AuthenticatorTransports })),
    userVerification,
  };
  const state: WebAuthnState = { kind: "webAuthn", clientId: target.client.ClientId, username: user.Username, challenge };
  return {
    body: {
      ChallengeName: "WEB_AUTHN",
      ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options), USERNAME: user.Username },
      Session: front.sealer.seal(state, CEREMONY_TTL_MS),
    },
  };
}

/** RespondToAuthChallenge WEB_AUTHN: the assertion (ChallengeResponses.CREDENTIAL, JSON) verified against the stored passkey. */
export async function respondWebAuthn(front: FrontContext, body: Json): Promise<OpResult> {
  const state = front.sealer.open<WebAuthnState>(requireString(body, "Session"));
  if (!state || state.kind !== "webAuthn" || state.clientId !== body.ClientId) {
    throw new CognitoFault("NotAuthorizedException", "Invalid session for the user.");
  }
  let credential: AuthenticationResponseJSON;
  try {
    credential = JSON.parse(requireString(body, "ChallengeResponses", "CREDENTIAL")) as AuthenticationResponseJSON;
  } catch (error) {
    if (error instanceof CognitoFault) throw error;
    throw new CognitoFault("InvalidParameterException", "ChallengeResponses.CREDENTIAL is not JSON.");
  }
  const target = await poolForClient(front.local, state.clientId);
  const { rpId, userVerification } = requirePasskeys(target);
  const origin = checkClientData(credential, "webauthn.get", state.challenge, rpId);
  const user = await target.pool.getUserByUsername(front.local.ctx, state.username);
  const passkeys = user ? storedPasskeys(user) : [];
  const passkey = passkeys.find((p) => p.CredentialId === credential.id);
  // A passkey the pool does not know (deleted, or another user's): refused like a wrong password.
  if (!user || !passkey) throw notAuthorized();
  let verified;
  try {
    verified = await verifyAuthenticationResponse({
      response: credential, expectedChallenge: state.challenge, expectedOrigin: origin, expectedRPID: rpId,
      credential: { id: passkey.CredentialId, publicKey: Buffer.from(passkey.PublicKey, "base64url"), counter: passkey.Counter },
      requireUserVerification: userVerification === "required",
    });
  } catch (error) {
    throw refusal(error, notAuthorized());
  }
  if (!verified.verified) throw notAuthorized();
  const updated = passkeys.map((p) => (p === passkey ? { ...p, Counter: verified.authenticationInfo.newCounter } : p));
  await target.pool.saveUser(front.local.ctx, withPasskeys(user, updated));
  const fresh = (await target.pool.getUserByUsername(front.local.ctx, user.Username)) ?? user;
  const { ctx, services } = front.local;
  const tokens = await services.tokenGenerator.generate(ctx, fresh, await target.pool.listUserGroupMembership(ctx, fresh), target.client, undefined, "Authentication");
  await target.pool.storeRefreshToken(ctx, tokens.RefreshToken, fresh);
  return { body: { ChallengeParameters: {}, AuthenticationResult: { ...tokens, ExpiresIn: 3600, TokenType: "Bearer" } } };
}


/** The passkey operations the front answers itself, by X-Amz-Target operation name. */
export const webAuthnOperations: Record<string, (front: FrontContext, body: Json) => Promise<OpResult>> = {
  StartWebAuthnRegistration: startWebAuthnRegistration,
  CompleteWebAuthnRegistration: completeWebAuthnRegistration,
  ListWebAuthnCredentials: listWebAuthnCredentials,
  DeleteWebAuthnCredential: deleteWebAuthnCredential,
};
