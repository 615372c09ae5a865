/** fast-check generators for the machine's vocabulary: random but well-typed AuthEvents. */
import fc from "fast-check";
import type { AuthError, AuthEvent, AuthState, AuthUser, Challenge, CodeDelivery, MfaMethod } from "../../src/index";

export const text = fc.string({ maxLength: 24, unit: "grapheme" });
export const method: fc.Arbitrary<MfaMethod> = fc.constantFrom("SMS", "TOTP", "EMAIL");

/** Exception names the machine treats specially, and others. */
export const errorCode = fc.oneof(
  fc.constantFrom(
    "NotAuthorizedException", "UserNotFoundException", "UserNotConfirmedException", "PasswordResetRequiredException",
    "CodeMismatchException", "ExpiredCodeException", "TooManyRequestsException", "LimitExceededException", "NetworkError",
    "InternalErrorException", "InvalidPasswordException",
  ),
  fc.string({ maxLength: 30 }),
);

export const authError: fc.Arbitrary<AuthError> = fc.record(
  { code: errorCode, messageId: fc.string({ maxLength: 20 }).map((s): AuthError["messageId"] => `error.${s}`), retryAfterMs: fc.integer({ min: 1, max: 120_000 }) },
  { requiredKeys: ["code", "messageId"] },
);

export const delivery: fc.Arbitrary<CodeDelivery | null> = fc.option(
  fc.record({ medium: fc.constantFrom("SMS" as const, "EMAIL" as const), destination: text, attribute: text }, { requiredKeys: ["medium", "destination"] }),
);

export const user: fc.Arbitrary<AuthUser> = fc.record(
  {
    username: text, userId: fc.uuid(), email: text, emailVerified: fc.boolean(), phoneNumber: text,
    claims: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 1 })),
  },
  { requiredKeys: ["username", "userId", "claims"] },
);

export const challenge: fc.Arbitrary<Challenge> = fc.oneof(
  fc.record({ step: fc.constant("confirmSignIn" as const), method, destination: fc.option(text) }),
  fc.record({ step: fc.constant("selectMfaType" as const), methods: fc.uniqueArray(method, { maxLength: 3 }) }),
  fc.constant({ step: "setupTotp" as const, secret: null, uri: null }),
  fc.record({
    step: fc.constant("newPasswordRequired" as const),
    requiredAttributes: fc.array(text, { maxLength: 3 }),
    userAttributes: fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), text, { maxKeys: 3 }),
  }),
);

const contact = fc.constantFrom("email" as const, "phone_number" as const);
/** The verify-contact step, as its hook and commands put it on a SIGNED_IN. */
export const verifyContactState: fc.Arbitrary<Extract<AuthState, { step: "verifyContact" }>> = fc.record({
  step: fc.constant("verifyContact" as const), user, unverified: fc.uniqueArray(contact, { minLength: 1, maxLength: 2 }),
  attribute: fc.option(contact), delivery, status: fc.constant("idle" as const), error: fc.constant(null),
});

/** Any event of the closed union, with random fields. */
export const event: fc.Arbitrary<AuthEvent> = fc.oneof(
  fc.record({ type: fc.constant("RESTORED" as const), user: fc.option(user) }),
  fc.record(
    { type: fc.constant("NAVIGATE" as const), to: fc.constantFrom("signIn" as const, "signUp" as const, "forgotPassword" as const), username: text },
    { requiredKeys: ["type", "to"] },
  ),
  fc.record({ type: fc.constant("SUBMIT" as const), username: text }, { requiredKeys: ["type"] }),
  fc.record({ type: fc.constant("FAILED" as const), error: authError }),
  fc.record({ type: fc.constant("CHALLENGED" as const), username: text, challenge }),
  fc.record({ type: fc.constant("TOTP_SECRET" as const), secret: text, uri: text }),
  fc.record({ type: fc.constant("SIGNED_IN" as const), user, state: fc.option(verifyContactState) }, { requiredKeys: ["type", "user"] }),
  fc.record({ type: fc.constant("SIGNED_UP" as const), username: text, delivery, confirmed: fc.boolean() }),
  fc.record({ type: fc.constant("SIGN_UP_CONFIRMED" as const), username: text }),
  fc.record({ type: fc.constant("CODE_SENT" as const), username: text, delivery }),
  fc.record({ type: fc.constant("PASSWORD_RESET" as const), username: text }),
  fc.constant({ type: "SIGNED_OUT" as const }),
);
