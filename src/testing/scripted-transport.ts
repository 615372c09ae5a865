/**
 * A scripted, in-memory Cognito: answers each operation as a script says, so stories and UI tests
 * show every screen and state with no backend. It proves nothing about Cognito itself — sign in
 * for real against cognito-react-kit-local for that.
 */
import { CognitoError, type Transport } from "../core/transport/types.js";
import { challenge, signedIn, type Answer, type CognitoChallengeName } from "./answers.js";

/** Operations the kit sends (any other name may be scripted too). */
export type CognitoOperation =
  | "InitiateAuth" | "RespondToAuthChallenge" | "SignUp" | "ConfirmSignUp" | "ResendConfirmationCode"
  | "ForgotPassword" | "ConfirmForgotPassword" | "GetUser" | "UpdateUserAttributes" | "VerifyUserAttribute"
  | "GetUserAttributeVerificationCode" | "ChangePassword" | "SetUserMFAPreference" | "AssociateSoftwareToken"
  | "VerifySoftwareToken" | "GlobalSignOut" | "RevokeToken";

/** What the scripted Cognito answers; everything left out succeeds. */
export interface Script {
  /** The answer to a correct password, for any sign-in flow (default: `signedIn()`). */
  afterPassword?: Answer;
  /** Answers to RespondToAuthChallenge by ChallengeName, after the password (default: `signedIn()`). */
  challenges?: Partial<Record<CognitoChallengeName, Answer>>;
  /** Answers to any other operation by name (default: `{}`). An InitiateAuth here replaces the SRP challenge. */
  operations?: Partial<Record<CognitoOperation | (string & {}), Answer>>;
  /** Milliseconds every answer takes (default 30: long enough for a screen to show it is busy). */
  latency?: number;
}

/** One request as the kit sent it. */
export interface RecordedRequest {
  operation: string;
  input: Record<string, unknown>;
  /** Date.now() when it was sent. */
  at: number;
}

/** A transport for `createCognitoAuth({ transport })` that also keeps every request it was sent. */
export interface ScriptedTransport extends Transport {
  readonly requests: readonly RecordedRequest[];
  /** The requests of one operation, e.g. `sent("RespondToAuthChallenge")`. */
  sent(operation: CognitoOperation | (string & {})): RecordedRequest[];
}

/** The SRP challenge every USER_SRP_AUTH gets (any answer to it counts as the right password). */
const PASSWORD_VERIFIER = challenge("PASSWORD_VERIFIER", {
  SALT: "a1b2c3d4e5f60718293a4b5c6d7e8f90", SRP_B: "5".repeat(768), SECRET_BLOCK: btoa("scripted-secret-block"),
});

async function answer(value: Answer | undefined, fallback: Record<string, unknown>): Promise<object> {
  if (value === "pending") return new Promise(() => undefined);
  if (value && "error" in value && typeof value.error === "string") {
    throw new CognitoError(value.error, "", 400, typeof value.retryAfterMs === "number" ? value.retryAfterMs : undefined);
  }
  return value ?? fallback;
}

/**
 * A Cognito that answers as `script` says, after `script.latency` ms. USER_SRP_AUTH gets an SRP
 * challenge and any proof counts as the right password; USER_PASSWORD_AUTH and the password
 * verifier then get `afterPassword`; other challenges get `challenges[name]`.
 *
 * @example
 * const transport = scriptedTransport({ afterPassword: challenge("TOTP"), challenges: { SOFTWARE_TOKEN_MFA: fails("CodeMismatchException") } });
 * const auth = createCognitoAuth({ userPoolId: "eu-west-1_Test", userPoolClientId: "test", transport, storage: memoryStorage() });
 * await auth.signIn({ username: "ana", password: "Correct-Horse-1!" });
 * transport.sent("InitiateAuth").length; // 1
 */
export function scriptedTransport(script: Script = {}): ScriptedTransport {
  const requests: RecordedRequest[] = [];
  const latency = script.latency ?? 30;
  return {
    requests,
    sent: (operation) => requests.filter((r) => r.operation === operation),
    async send(operation, input) {
      const request = input as { AuthFlow?: string; ChallengeName?: CognitoChallengeName };
      requests.push({ operation, input: structuredClone(input) as Record<string, unknown>, at: Date.now() });
      if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
      if (operation === "InitiateAuth" && request.AuthFlow === "USER_SRP_AUTH") {
        return answer(script.operations?.InitiateAuth, PASSWORD_VERIFIER);
      }
      if (operation === "InitiateAuth" && request.AuthFlow === "USER_PASSWORD_AUTH" && !script.operations?.InitiateAuth) {
        return answer(script.afterPassword, signedIn());
      }
      if (operation === "RespondToAuthChallenge") {
        const name = request.ChallengeName ?? "PASSWORD_VERIFIER";
        if (name === "PASSWORD_VERIFIER") return answer(script.afterPassword, signedIn());
        return answer(script.challenges?.[name], signedIn());
      }
      return answer(script.operations?.[operation], {});
    },
  };
}
