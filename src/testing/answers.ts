/**
 * The vocabulary of a script: what the scripted Cognito answers, in words an app team uses —
 * `signedIn({ email, groups })`, `challenge("TOTP")`, `fails("NotAuthorizedException")`, `pending`.
 */

/** An answer: a Cognito response body, a failure to throw, or `"pending"` (never answers). */
export type Answer = Record<string, unknown> | Failure | "pending";

/** A Cognito exception the transport throws (as `CognitoError`), optionally with a Retry-After. */
export interface Failure {
  error: CognitoException;
  retryAfterMs?: number;
}

/** Exception names the kit's screens tell apart; any other name works too (shown as a generic fault). */
export type CognitoException =
  | "NotAuthorizedException" | "UserNotFoundException" | "UserNotConfirmedException" | "PasswordResetRequiredException"
  | "CodeMismatchException" | "ExpiredCodeException" | "InvalidPasswordException" | "UsernameExistsException"
  | "LimitExceededException" | "TooManyRequestsException" | "TooManyFailedAttemptsException" | "InvalidParameterException"
  | "AliasExistsException" | "EnableSoftwareTokenMFAException" | "CodeDeliveryFailureException" | "InternalErrorException"
  | "NetworkError" | (string & {});

/** Cognito's own challenge names. */
export type CognitoChallengeName =
  | "SOFTWARE_TOKEN_MFA" | "SMS_MFA" | "EMAIL_OTP" | "SELECT_MFA_TYPE" | "MFA_SETUP" | "NEW_PASSWORD_REQUIRED"
  | "PASSWORD_VERIFIER" | "CUSTOM_CHALLENGE"
  | "SELECT_CHALLENGE" | "SMS_OTP";

/** Short names for the challenges an app's screens show, with realistic parameters filled in. */
export type ChallengeShorthand = "TOTP" | "SMS" | "EMAIL" | "SELECT_MFA" | "MFA_SETUP" | "NEW_PASSWORD";

const SHORTHANDS: Record<ChallengeShorthand, [CognitoChallengeName, Record<string, string>]> = {
  TOTP: ["SOFTWARE_TOKEN_MFA", {}],
  SMS: ["SMS_MFA", { CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0101" }],
  EMAIL: ["EMAIL_OTP", { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "a***@e***.com" }],
  SELECT_MFA: ["SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }],
  MFA_SETUP: ["MFA_SETUP", { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }],
  NEW_PASSWORD: ["NEW_PASSWORD_REQUIRED", { userAttributes: "{}", requiredAttributes: "[]" }],
};

const b64url = (value: object) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value)))).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

/**
 * An unsigned JWT (`alg: none`) with these claims, issued now and valid for an hour: the kit only
 * reads a token's claims, so this is enough for stories and UI tests (never for a server).
 *
 * @example
 * const idToken = fakeJwt({ sub: "1", email: "ana@example.com", token_use: "id" });
 */
export function fakeJwt(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64url({ alg: "none", typ: "JWT" })}.${b64url({ iat: now, exp: now + 3600, ...claims })}.x`;
}

/** Who `signedIn()` signs in. */
export interface SignedInUser {
  /** Cognito's internal username (default "ana"). */
  username?: string;
  email?: string;
  /** `cognito:groups` in both tokens. */
  groups?: readonly string[];
  /** The user id (default "4f1c-demo"). */
  sub?: string;
  phoneNumber?: string;
  /** More ID-token claims, e.g. `{ name: "Ana", "custom:plan": "pro" }`. */
  claims?: Record<string, unknown>;
}

/**
 * Cognito's answer that ends a sign-in: ID, access and refresh tokens for this user.
 *
 * @example
 * scriptedTransport({ afterPassword: signedIn({ email: "ana@example.com", groups: ["admin"] }) });
 */
export function signedIn(user: SignedInUser = {}): Record<string, unknown> {
  const { username = "ana", email = "ana@example.com", sub = "4f1c-demo", groups, phoneNumber, claims } = user;
  const shared = { sub, ...(groups ? { "cognito:groups": [...groups] } : {}) };
  return {
    AuthenticationResult: {
      IdToken: fakeJwt({
        ...shared, "cognito:username": username, email, email_verified: true, token_use: "id",
        ...(phoneNumber ? { phone_number: phoneNumber, phone_number_verified: true } : {}), ...claims,
      }),
      AccessToken: fakeJwt({ ...shared, username, token_use: "access", scope: "aws.cognito.signin.user.admin" }),
      RefreshToken: "refresh-token",
      ExpiresIn: 3600,
      TokenType: "Bearer",
    },
  };
}

/**
 * Cognito asking for more: a shorthand ("TOTP", "SMS", "EMAIL", "SELECT_MFA", "MFA_SETUP",
 * "NEW_PASSWORD", with realistic parameters) or a Cognito challenge name; `parameters` add to or
 * replace the challenge's parameters.
 *
 * @example
 * scriptedTransport({ afterPassword: challenge("SMS") });
 * scriptedTransport({ afterPassword: challenge("SMS", { CODE_DELIVERY_DESTINATION: "+*******4242" }) });
 */
export function challenge(name: ChallengeShorthand | CognitoChallengeName, parameters: Record<string, string> = {}): Record<string, unknown> {
  const [challengeName, defaults] = SHORTHANDS[name as ChallengeShorthand] ?? [name, {}];
  return { ChallengeName: challengeName, ChallengeParameters: { USER_ID_FOR_SRP: "ana", ...defaults, ...parameters }, Session: "scripted-session" };
}

/**
 * A failure: the transport throws Cognito's exception `error` (with Retry-After when given).
 *
 * @example
 * scriptedTransport({ afterPassword: fails("NotAuthorizedException") });
 * scriptedTransport({ afterPassword: fails("TooManyRequestsException", { retryAfterMs: 30_000 }) });
 */
export function fails(error: CognitoException, options: { retryAfterMs?: number } = {}): Failure {
  return { error, ...(options.retryAfterMs === undefined ? {} : { retryAfterMs: options.retryAfterMs }) };
}

/**
 * An answer that never comes: the screen stays "Please wait…".
 *
 * @example
 * scriptedTransport({ afterPassword: pending });
 */
export const pending = "pending" as const;
