/**
 * Raw Cognito calls for choice-based sign-in (USER_AUTH) against a local Cognito, as a client
 * sends them on the wire: initiate, answer a challenge, finish PASSWORD_VERIFIER with the kit's
 * own SRP client maths, and the error a refused call carries.
 */
import { cognitoCall, CognitoCallError } from "cognito-react-kit-local";
import { cognitoTimestamp, createSrpEphemeral, passwordClaimSignature, type SrpEphemeral } from "../../src/core/srp/index";

export interface AuthAnswer {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  AvailableChallenges?: string[];
  Session?: string;
  AuthenticationResult?: { AccessToken: string; IdToken: string; RefreshToken?: string };
}

export function wire(endpoint: string) {
  const call = <T = AuthAnswer>(operation: string, body: object) => cognitoCall<T>(endpoint, operation, body);
  return {
    call,
    userAuth: (clientId: string, parameters: Record<string, string>, extra: object = {}) =>
      call("InitiateAuth", { AuthFlow: "USER_AUTH", ClientId: clientId, AuthParameters: parameters, ...extra }),
    respond: (clientId: string, challenge: string, session: string | undefined, responses: Record<string, string>) =>
      call("RespondToAuthChallenge", { ClientId: clientId, ChallengeName: challenge, Session: session, ChallengeResponses: responses }),
    /** PASSWORD_VERIFIER answered for `password`, as an SRP client does after SRP_A. */
    async passwordVerifier(clientId: string, userPoolId: string, ephemeral: SrpEphemeral, challenge: AuthAnswer, password: string) {
      const p = challenge.ChallengeParameters!;
      const timestamp = cognitoTimestamp(new Date());
      const signature = await passwordClaimSignature({
        poolName: userPoolId.split("_")[1]!, userIdForSrp: p.USER_ID_FOR_SRP!, password, ephemeral,
        saltHex: p.SALT!, srpBHex: p.SRP_B!, secretBlock: p.SECRET_BLOCK!, timestamp,
      });
      return call("RespondToAuthChallenge", {
        ClientId: clientId, ChallengeName: "PASSWORD_VERIFIER",
        ChallengeResponses: { USERNAME: p.USER_ID_FOR_SRP!, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK!, PASSWORD_CLAIM_SIGNATURE: signature, TIMESTAMP: timestamp },
      });
    },
  };
}

export { createSrpEphemeral };

/** The Cognito error a call failed with (fails the test if it succeeded). */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CognitoCallError) return { code: error.code, message: error.message.replace(`${error.code}: `, "") };
    throw error;
  }
  throw new Error("expected the call to be refused");
}
