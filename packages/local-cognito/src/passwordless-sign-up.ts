/**
 * Passwordless sign-up and sign-in straight after it, as Cognito does them: SignUp with no
 * Password (or a blank one) where the pool's sign-in policy allows a passwordless first factor
 * (EMAIL_OTP or SMS_OTP); ConfirmSignUp answering with a `Session`; and InitiateAuth USER_AUTH
 * with that `Session` (the request's own Session field) and USERNAME signing the user in with no
 * password and no second code: once, within the session's 3 minutes.
 */
import { randomUUID } from "node:crypto";
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import { findUser, poolForClient, type PoolAndClient } from "./users";
import { allowsPasswordless } from "./sign-in-policy";
import { signUp } from "./schema-ops";
import { confirmSignUp } from "./profile-ops";
import { issueTokens, OTP_TTL_MS } from "./otp-first-factor";

interface SignUpSessionState {
  kind: "signUpSession";
  clientId: string;
  username: string;
  /** Single use: spent nonces are remembered for the life of the process (as long as the sealing key). */
  nonce: string;
}

const spent = new WeakMap<FrontContext, Set<string>>();

/** SignUp, with the password optional where the pool allows passwordless sign-in. */
export async function passwordlessSignUp(front: FrontContext, body: Json): Promise<OpResult> {
  if (typeof body.Password === "string" && body.Password !== "") return signUp(front, body);
  const { pool } = await poolForClient(front.local, requireString(body, "ClientId"));
  if (!allowsPasswordless(pool.options)) {
    throw new CognitoFault(
      "InvalidParameterException",
      "Password is required: this user pool does not allow passwordless sign-in (no EMAIL_OTP or SMS_OTP in its sign-in policy's AllowedFirstAuthFactors).",
    );
  }
  const { Password: _blank, ...withoutPassword } = body;
  return signUp(front, withoutPassword);
}

/** ConfirmSignUp as Cognito answers it today: with a Session for signing in right away. */
export async function confirmSignUpWithSession(front: FrontContext, body: Json): Promise<OpResult> {
  const clientId = requireString(body, "ClientId");
  const answer = await confirmSignUp(front, body);
  const { pool } = await poolForClient(front.local, clientId);
  const user = await findUser(front.local, pool, requireString(body, "Username"));
  if (!user || user.UserStatus !== "CONFIRMED") return answer;
  const state: SignUpSessionState = { kind: "signUpSession", clientId, username: user.Username, nonce: randomUUID() };
  return { ...answer, body: { ...answer.body, Session: front.sealer.seal(state, OTP_TTL_MS) } };
}

/** InitiateAuth USER_AUTH with ConfirmSignUp's Session: tokens, the confirmation code counting as the first factor. */
export async function initiateWithSignUpSession(front: FrontContext, target: PoolAndClient, username: string, body: Json): Promise<OpResult> {
  const state = front.sealer.open<SignUpSessionState>(String(body.Session));
  if (!state || state.kind !== "signUpSession" || state.clientId !== target.client.ClientId) {
    throw new CognitoFault("NotAuthorizedException", "Invalid session for the user, session is expired.");
  }
  const user = await findUser(front.local, target.pool, username);
  if (!user || user.Username !== state.username || user.UserStatus !== "CONFIRMED" || !user.Enabled) {
    throw new CognitoFault("NotAuthorizedException", "Invalid session for the user.");
  }
  const used = spent.get(front) ?? new Set<string>();
  spent.set(front, used);
  if (used.has(state.nonce)) throw new CognitoFault("NotAuthorizedException", "Invalid session for the user, session can only be used once.");
  used.add(state.nonce);
  return issueTokens(front, target, user, body.ClientMetadata);
}
