/**
 * Every exception the kit's operations can throw — read from the AWS SDK's command typings, not
 * typed by hand — maps to a message id and an action.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { actionFor, endsSession, isKnownException, toAuthError } from "../../src/core/errors";
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

describe("exception coverage", () => {
  const all = new Set(OPERATIONS.flatMap(throwsOf));
  it("reads a plausible list from the typings", () => {
    expect(all.size).toBeGreaterThan(25);
    expect(all).toContain("CodeMismatchException");
  });
  for (const code of [...all].sort()) {
    it(`${code} has a message id and an action`, () => {
      expect(isKnownException(code)).toBe(true);
      expect(toAuthError(code).messageId).toMatch(/^error\.[a-zA-Z]+$/);
      expect(toAuthError(code).messageId).not.toBe("error.unknown");
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
