/**
 * Where choice-based sign-in asks whether a user has a passkey (WEB_AUTHN in AvailableChallenges)
 * and hands over a WEB_AUTHN first factor: answered by the WebAuthn half of the local Cognito
 * (webauthn-ops.ts: registration, the challenge and its verification).
 */
import type { User, UserPool } from "cognito-local/lib/services/userPoolService";
import type { FrontContext, OpResult } from "./front-context";
import type { PoolAndClient } from "./users";
import { relyingPartyId } from "./sign-in-policy";
import { canUsePasskey, webAuthnChallenge as passkeyChallenge } from "./webauthn-ops";
import { storedPasskeys } from "./webauthn-store";

/** Whether `user` of `pool` has at least one registered passkey (and the pool a relying party to use it with). */
export function userHasPasskey(pool: UserPool, user: User): boolean {
  return relyingPartyId(pool) !== null && storedPasskeys(user).length > 0;
}

/**
 * The WEB_AUTHN challenge for `user` (CREDENTIAL_REQUEST_OPTIONS and a Session), or null when the
 * user cannot use a passkey here: the caller then answers as for a factor not available.
 * `credential` (an assertion sent with the choice) is not taken: the client answers the challenge.
 */
export function webAuthnChallenge(front: FrontContext, target: PoolAndClient, user: User, _credential?: string): Promise<OpResult> | null {
  return canUsePasskey(target, user) ? Promise.resolve(passkeyChallenge(front, target, user)) : null;
}
