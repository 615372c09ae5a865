/**
 * A scripted, in-memory Cognito for stories: answers each operation as a scenario says, so
 * designers see every screen and state without a backend. (Flows are proven against the live
 * local Cognito in test/integration; this only drives the UI.)
 */
import { CognitoError, type Transport } from "../../src/index";

/** An answer: a Cognito response, an exception name to throw, or "pending" (never answers). */
export type Answer = Record<string, unknown> | { error: string; retryAfterMs?: number } | "pending";

export interface Scenario {
  /** What Cognito says after a correct password (default: tokens). */
  afterPassword?: Answer;
  /** Answers to RespondToAuthChallenge by ChallengeName (after the password). */
  challenges?: Partial<Record<string, Answer>>;
  /** Answers to any other operation by name (default: `{}`). */
  operations?: Partial<Record<string, Answer>>;
}

const b64url = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

/** An unsigned JWT with the claims a Cognito token has (stories only read claims). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64url({ alg: "none" })}.${b64url({ iat: now, exp: now + 3600, ...claims })}.x`;
}

export const TOKENS = {
  AuthenticationResult: {
    IdToken: fakeJwt({ sub: "4f1c-demo", "cognito:username": "ana", email: "ana@example.com", email_verified: true, token_use: "id" }),
    AccessToken: fakeJwt({ sub: "4f1c-demo", username: "ana", token_use: "access" }),
    RefreshToken: "refresh-token",
  },
};

export const challenge = (name: string, parameters: Record<string, string> = {}) => ({
  ChallengeName: name, ChallengeParameters: { USER_ID_FOR_SRP: "ana", ...parameters }, Session: "story-session",
});

async function answer(value: Answer | undefined, fallback: Record<string, unknown>): Promise<object> {
  if (value === "pending") return new Promise(() => undefined);
  if (value && "error" in value && typeof value.error === "string") {
    throw new CognitoError(value.error, "", 400, typeof value.retryAfterMs === "number" ? value.retryAfterMs : undefined);
  }
  return value ?? fallback;
}

export function scriptedTransport(scenario: Scenario = {}): Transport {
  return {
    async send(operation, input) {
      const request = input as { AuthFlow?: string; ChallengeName?: string };
      await new Promise((resolve) => setTimeout(resolve, 30));
      if (operation === "InitiateAuth" && request.AuthFlow === "USER_SRP_AUTH") {
        if (scenario.operations?.InitiateAuth) return answer(scenario.operations.InitiateAuth, {});
        return challenge("PASSWORD_VERIFIER", {
          SALT: "a1b2c3d4e5f60718293a4b5c6d7e8f90", SRP_B: "5".repeat(768), SECRET_BLOCK: btoa("story-secret-block"),
        });
      }
      if (operation === "RespondToAuthChallenge") {
        const name = request.ChallengeName ?? "";
        if (name === "PASSWORD_VERIFIER") return answer(scenario.afterPassword, TOKENS);
        return answer(scenario.challenges?.[name], TOKENS);
      }
      return answer(scenario.operations?.[operation], {});
    },
  };
}
