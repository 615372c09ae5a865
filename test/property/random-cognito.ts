/**
 * An in-memory Cognito whose every answer is picked by the property test (a pure unit seam, as
 * ARCHITECTURE.md allows for one): any operation may answer with success, any challenge, or any
 * exception — and a hostile one echoes the whole request in its error message. Every Session and
 * token it hands out is recorded, so the test can look for them in snapshots.
 */
import { CognitoError, type Transport } from "../../src/index";
import { fakeJwt } from "../../src/testing/index";

export interface Issued {
  sessions: string[];
  tokens: string[];
}

const DELIVERY = { DeliveryMedium: "EMAIL", Destination: "a***@e***.com", AttributeName: "email" };
const VERIFIER = {
  ChallengeName: "PASSWORD_VERIFIER",
  ChallengeParameters: { SALT: "a1b2c3d4e5f60718293a4b5c6d7e8f90", SRP_B: "5".repeat(768), SECRET_BLOCK: btoa("secret-block"), USER_ID_FOR_SRP: "ana", USERNAME: "ana" },
};
const CHALLENGES: Record<string, Record<string, string>> = {
  SMS_MFA: { CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0101" },
  SOFTWARE_TOKEN_MFA: {},
  EMAIL_OTP: { CODE_DELIVERY_DESTINATION: "a***@e***.com" },
  SELECT_MFA_TYPE: { MFAS_CAN_CHOOSE: JSON.stringify(["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]) },
  MFA_SETUP: { MFAS_CAN_SETUP: JSON.stringify(["SOFTWARE_TOKEN_MFA"]) },
  NEW_PASSWORD_REQUIRED: { userAttributes: JSON.stringify({ email: "ana@example.com", sub: "4f1c" }), requiredAttributes: JSON.stringify(["userAttributes.name"]) },
};
const ERRORS = [
  "NotAuthorizedException", "UserNotFoundException", "UserNotConfirmedException", "PasswordResetRequiredException", "CodeMismatchException",
  "ExpiredCodeException", "TooManyRequestsException", "LimitExceededException", "InvalidPasswordException", "InternalErrorException", "NetworkError",
];

type Answer = (input: object) => object;

/**
 * A transport answering from `picks` (one number per request, cycling), with `secrets` as the
 * Sessions and refresh tokens it issues (cycling, each use suffixed to stay unique).
 */
export function randomCognito(picks: readonly number[], secrets: readonly string[]): { transport: Transport; issued: Issued; calls: string[] } {
  const issued: Issued = { sessions: [], tokens: [] };
  const calls: string[] = [];
  let n = 0;
  const next = () => picks[n++ % Math.max(picks.length, 1)] ?? 0;
  const secret = (kind: string) => `${secrets[n % Math.max(secrets.length, 1)] ?? ""}#${kind}${n}`;
  const session = () => {
    const s = secret("session");
    issued.sessions.push(s);
    return s;
  };
  const tokens = () => {
    const claims = { sub: "4f1c", "cognito:username": "ana", email: "ana@example.com", email_verified: true };
    const result = { IdToken: fakeJwt({ ...claims, token_use: "id" }), AccessToken: fakeJwt({ sub: "4f1c", username: "ana", token_use: "access" }), RefreshToken: secret("refresh"), ExpiresIn: 3600 };
    issued.tokens.push(result.IdToken, result.AccessToken, result.RefreshToken);
    return { AuthenticationResult: result };
  };
  const challenge = (name: string) => ({ ChallengeName: name, ChallengeParameters: { USER_ID_FOR_SRP: "ana", ...CHALLENGES[name] }, Session: session() });
  const fail = (code: string): Answer => (input) => {
    // A hostile service echoes the request (passwords, codes, Session) in its message.
    throw new CognitoError(code, JSON.stringify(input), 400);
  };
  const outcomes = [tokens, ...Object.keys(CHALLENGES).map((c) => () => challenge(c))];
  const answers: Record<string, Answer[]> = {
    InitiateAuth: [(i) => ((i as { AuthFlow?: string }).AuthFlow === "USER_SRP_AUTH" ? { ...VERIFIER, ...(next() % 2 ? { Session: session() } : {}) } : tokens()), ...outcomes.map((o) => () => o())],
    RespondToAuthChallenge: outcomes.map((o) => () => o()),
    AssociateSoftwareToken: [() => ({ SecretCode: "JBSWY3DPEHPK3PXP", Session: session() })],
    VerifySoftwareToken: [() => ({ Status: "SUCCESS", Session: session() }), () => ({ Status: "ERROR" })],
    SignUp: [() => ({ UserConfirmed: false, UserSub: "4f1c", CodeDeliveryDetails: DELIVERY }), () => ({ UserConfirmed: true, UserSub: "4f1c" })],
    ResendConfirmationCode: [() => ({ CodeDeliveryDetails: DELIVERY })],
    ForgotPassword: [() => ({ CodeDeliveryDetails: DELIVERY }), () => ({})],
  };
  const transport: Transport = {
    async send(operation, input) {
      calls.push(operation);
      await Promise.resolve();
      const options = [...(answers[operation] ?? [() => ({})]), ...ERRORS.map(fail)];
      // Success about half the time, an exception otherwise.
      const pick = next();
      const ok = answers[operation] ?? [() => ({})];
      const answer = pick % 2 === 0 ? ok[(pick >> 1) % ok.length]! : options[(pick >> 1) % options.length]!;
      return answer(input);
    },
  };
  return { transport, issued, calls };
}
