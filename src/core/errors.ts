/**
 * Cognito exception name → message id and what the machine does next. Mapped by name only,
 * never by English message text. Every exception the kit's operations can throw (per the SDK's
 * command typings) is decided; test/core/errors.test.ts checks that against the typings.
 */
import type { AuthError } from "./types.js";

/** What follows a failure. */
export type ErrorAction =
  /** show the error on the current screen */
  | "stay"
  /** the account exists but is unconfirmed: confirm sign-up (with resend) */
  | "confirmSignUp"
  /** an admin requires a new password: start the reset */
  | "resetPassword"
  /** the challenge session is gone: back to sign-in */
  | "restart";

/**
 * Exceptions shown as another's message (UserNotFound exactly as NotAuthorized: no enumeration);
 * the throttling ones (THROTTLE_SECONDS) all as Throttled.
 */
const SAME_AS: Readonly<Record<string, string>> = { UserNotFound: "NotAuthorized", EnableSoftwareTokenMFA: "CodeMismatch" };
/**
 * Exceptions a user can act on, each with its own message "error.<Name>". Every other exception
 * (pool configuration, Lambda triggers, service faults) is "error.Service": nothing the user can
 * fix; test/core/errors.test.ts makes that choice explicit for each exception in the typings.
 */
export const USER_FACING = new Set(
  ("NotAuthorized UserNotConfirmed PasswordResetRequired CodeMismatch ExpiredCode CodeDeliveryFailure InvalidPassword " +
    "PasswordHistoryPolicyViolation UsernameExists AliasExists InvalidParameter SoftwareTokenMFANotFound " +
    "MFAMethodNotFound UserLambdaValidation NetworkError Throttled").split(" "),
);

/** Throttling exceptions, shown as Throttled, and how long to wait before a retry. */
const THROTTLE_SECONDS: Readonly<Record<string, number>> = { TooManyRequests: 5, LimitExceeded: 60, TooManyFailedAttempts: 60 };

const bare = (code: string) => code.replace(/Exception$/, "");

/**
 * The error a user sees for a Cognito exception.
 * @example toAuthError("CodeMismatchException") // { code: "CodeMismatchException", messageId: "error.CodeMismatch" }
 */
export function toAuthError(code: string, retryAfterMs?: number): AuthError {
  const name = bare(code);
  const throttle = THROTTLE_SECONDS[name];
  const shown = throttle ? "Throttled" : SAME_AS[name] ?? name;
  const messageId: AuthError["messageId"] = `error.${USER_FACING.has(shown) ? shown : "Service"}`;
  const wait = retryAfterMs ?? (throttle ?? 0) * 1000;
  return wait > 0 ? { code, messageId, retryAfterMs: wait } : { code, messageId };
}

/**
 * What the machine does after `code`, given whether a challenge session was in play (a
 * NotAuthorized there means the session expired, not a wrong password).
 */
export function actionFor(code: string, inChallenge: boolean): ErrorAction {
  const name = bare(code);
  return name === "UserNotConfirmed" ? "confirmSignUp"
    : name === "PasswordResetRequired" ? "resetPassword"
      : name === "NotAuthorized" && inChallenge ? "restart"
        : "stay";
}

/**
 * Errors after which stored tokens must go: the refresh token is dead or the user is. Network
 * failures, 5xx and throttling never clear a session.
 */
export function endsSession(code: string): boolean {
  return /^(NotAuthorized|RefreshTokenReuse|UserNotFound|PasswordResetRequired|UserNotConfirmed)$/.test(bare(code));
}

/** A failed command outside the step machine (account operations, authorized fetch). */
export class AuthFailure extends Error {
  declare readonly error: AuthError;
  constructor(error: AuthError) {
    super(error.code);
    Object.assign(this, { name: "AuthFailure", error });
  }
}
