/**
 * Every exception the kit's operations can throw — read from the AWS SDK's command typings, not
 * typed by hand — maps to a message id and an action.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { USER_FACING, actionFor, endsSession, toAuthError } from "../../src/core/errors";
import type { OperationName } from "../../src/core/transport/types";

const OPERATIONS: OperationName[] = [
  "InitiateAuth", "RespondToAuthChallenge", "SignUp", "ConfirmSignUp", "ResendConfirmationCode", "ForgotPassword",
  "ConfirmForgotPassword", "GetUser", "UpdateUserAttributes", "GetUserAttributeVerificationCode", "VerifyUserAttribute",
  "ChangePassword", "SetUserMFAPreference", "AssociateSoftwareToken", "VerifySoftwareToken", "GlobalSignOut", "RevokeToken",
];
const sdkTypes = join(dirname(createRequire(import.meta.url).resolve("@aws-sdk/client-cognito-identity-provider")), "../dist-types/commands");

function throwsOf(operation: string): string[] {
  const text = readFileSync(join(sdkTypes, `${operation}Command.d.ts`), "utf8");
  return [...text.matchAll(/@throws \{@link (\w+)\}/g)].map((m) => m[1]!);
}

/**
 * Exceptions decided to be "nothing the user can fix" (pool configuration, Lambda triggers,
 * service faults): shown as error.Service. Listing them here keeps the choice explicit: a new
 * exception in the typings fails this test until it is put in one group or the other.
 */
const SERVICE_FAULTS = [
  "CognitoIdentityProviderServiceException", "ConcurrentModificationException", "FeatureUnavailableInTierException",
  "ForbiddenException", "InternalErrorException", "InvalidEmailRoleAccessPolicyException", "InvalidLambdaResponseException",
  "InvalidSmsRoleAccessPolicyException", "InvalidSmsRoleTrustRelationshipException", "InvalidUserPoolConfigurationException",
  "OperationNotEnabledException", "ResourceNotFoundException", "UnauthorizedException", "UnexpectedLambdaException",
  "UnsupportedOperationException", "UnsupportedTokenTypeException",
];
const SHOWN_AS_ANOTHER: Record<string, string> = {
  UserNotFoundException: "error.NotAuthorized", EnableSoftwareTokenMFAException: "error.CodeMismatch",
  TooManyRequestsException: "error.Throttled", LimitExceededException: "error.Throttled", TooManyFailedAttemptsException: "error.Throttled",
};

describe("exception coverage", () => {
  const all = new Set(OPERATIONS.flatMap(throwsOf));
  it("reads a plausible list from the typings", () => {
    expect(all.size).toBeGreaterThan(25);
    expect(all).toContain("CodeMismatchException");
  });
  for (const code of [...all].sort()) {
    it(`${code} is decided: its own message, another's, or a service fault`, () => {
      const name = code.replace(/Exception$/, "");
      const expected = SERVICE_FAULTS.includes(code) ? "error.Service" : SHOWN_AS_ANOTHER[code] ?? `error.${name}`;
      expect(toAuthError(code).messageId).toBe(expected);
      if (!SERVICE_FAULTS.includes(code) && !SHOWN_AS_ANOTHER[code]) expect(USER_FACING.has(name)).toBe(true);
      expect(["stay", "confirmSignUp", "resetPassword", "restart"]).toContain(actionFor(code, false));
    });
  }
});

describe("mapping", () => {
  it("shows UserNotFound exactly like NotAuthorized (no user enumeration)", () => {
    expect(toAuthError("UserNotFoundException").messageId).toBe(toAuthError("NotAuthorizedException").messageId);
    expect(actionFor("UserNotFoundException", false)).toBe(actionFor("NotAuthorizedException", false));
  });
  it("gives throttling a retry-after, the server's when it names one", () => {
    expect(toAuthError("LimitExceededException").retryAfterMs).toBe(60_000);
    expect(toAuthError("TooManyRequestsException", 7000).retryAfterMs).toBe(7000);
    expect(toAuthError("CodeMismatchException").retryAfterMs).toBeUndefined();
  });
  it("tells CodeMismatch from ExpiredCode", () => {
    expect(toAuthError("CodeMismatchException").messageId).not.toBe(toAuthError("ExpiredCodeException").messageId);
  });
  it("routes unconfirmed users and required resets, and expired challenge sessions", () => {
    expect(actionFor("UserNotConfirmedException", false)).toBe("confirmSignUp");
    expect(actionFor("PasswordResetRequiredException", false)).toBe("resetPassword");
    expect(actionFor("NotAuthorizedException", true)).toBe("restart");
    expect(actionFor("NotAuthorizedException", false)).toBe("stay");
  });
  it("clears sessions only on definitive auth errors", () => {
    for (const code of ["NotAuthorizedException", "UserNotFoundException", "PasswordResetRequiredException", "UserNotConfirmedException"]) expect(endsSession(code)).toBe(true);
    for (const code of ["NetworkError", "InternalErrorException", "TooManyRequestsException", "LimitExceededException"]) expect(endsSession(code)).toBe(false);
  });
});
