/**
 * GetUserAuthFactors: a signed-in user's choice-based sign-in factors (ConfiguredUserAuthFactors:
 * PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN as the pool allows and the user has them) and MFA
 * settings, e.g. to offer "add a passkey" after a passwordless sign-in.
 */
import publicKey from "cognito-local/lib/keys/cognitoLocal.public.json";
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import { verifyJwt } from "./jwt";
import { mfaMethods, poolForClient } from "./users";
import { availableChallenges } from "./sign-in-policy";

export async function getUserAuthFactors(front: FrontContext, body: Json): Promise<OpResult> {
  const claims = verifyJwt(requireString(body, "AccessToken"), [publicKey.jwk as never]);
  if (!claims || claims.token_use !== "access" || typeof claims.client_id !== "string" || typeof claims.sub !== "string") {
    throw new CognitoFault("NotAuthorizedException", "Invalid Access Token");
  }
  const { pool } = await poolForClient(front.local, claims.client_id);
  const user = await pool.getUserByUsername(front.local.ctx, claims.sub);
  if (!user) throw new CognitoFault("NotAuthorizedException", "Invalid Access Token");
  const factors = availableChallenges(pool.options, user).filter((c) => c !== "PASSWORD_SRP");
  const methods = mfaMethods(user);
  return {
    body: {
      Username: user.Username,
      ConfiguredUserAuthFactors: factors,
      ...(methods.length ? { UserMFASettingList: methods } : {}),
      ...(user.PreferredMfaSetting ? { PreferredMfaSetting: user.PreferredMfaSetting } : {}),
    },
  };
}
