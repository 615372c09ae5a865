/**
 * Where choice-based sign-in asks whether a user has a passkey (WEB_AUTHN in AvailableChallenges)
 * and hands over a WEB_AUTHN first factor. The WebAuthn half of the local Cognito (passkey
 * registration and assertion) fills these in; until then no user has a passkey and a WEB_AUTHN
 * choice is refused as not available.
 */
import type { User, UserPool } from "cognito-local/lib/services/userPoolService";
import type { FrontContext, OpResult } from "./front-context";
import type { PoolAndClient } from "./users";

/** Whether `user` of `pool` has at least one registered passkey. */
export function userHasPasskey(_pool: UserPool, _user: User): boolean {
  return false;
}

/**
 * The WEB_AUTHN challenge for `user` (CREDENTIAL_REQUEST_OPTIONS and a Session), or null when the
 * WebAuthn operations are not available: the caller then answers as for a factor not available.
 * `credential` is the AuthenticationResponseJSON when the client sent it with its choice already.
 */
export function webAuthnChallenge(_front: FrontContext, _target: PoolAndClient, _user: User, _credential?: string): Promise<OpResult> | null {
  return null;
}
