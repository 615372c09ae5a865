/**
 * The transition table: every step × every event, no network, no timers, no React.
 */
import { describe, expect, it } from "vitest";
import { initialState, transition } from "../../src/core/transition";
import type { AuthEvent, AuthState, StepName } from "../../src/core/types";

const user = { username: "ana", userId: "sub-1", claims: {} };
const err = (code: string) => ({ code, messageId: "error.x" as const });

const SAMPLES: Record<StepName, AuthState> = {
  restoring: initialState,
  signIn: { step: "signIn", username: "ana", status: "idle", error: null },
  confirmSignIn: { step: "confirmSignIn", username: "ana", method: "SMS", destination: "+***1", status: "idle", error: null },
  selectMfaType: { step: "selectMfaType", username: "ana", methods: ["SMS", "TOTP"], status: "idle", error: null },
  setupTotp: { step: "setupTotp", username: "ana", secret: "S", uri: "otpauth://x", status: "idle", error: null },
  newPasswordRequired: { step: "newPasswordRequired", username: "ana", requiredAttributes: [], userAttributes: {}, status: "idle", error: null },
  selectChallenge: { step: "selectChallenge", username: "ana", methods: ["PASSWORD", "EMAIL_OTP"], status: "idle", error: null },
  webAuthn: { step: "webAuthn", username: "ana", status: "idle", error: null },
  selectMfaSetup: { step: "selectMfaSetup", username: "ana", methods: ["TOTP", "EMAIL"], status: "idle", error: null },
  setupEmailMfa: { step: "setupEmailMfa", username: "ana", status: "idle", error: null },
  signUp: { step: "signUp", username: "ana", status: "idle", error: null },
  confirmSignUp: { step: "confirmSignUp", username: "ana", delivery: null, status: "idle", error: null },
  forgotPassword: { step: "forgotPassword", username: "ana", status: "idle", error: null },
  confirmForgotPassword: { step: "confirmForgotPassword", username: "ana", delivery: null, status: "idle", error: null },
  verifyContact: { step: "verifyContact", user, unverified: ["email"], attribute: null, delivery: null, status: "idle", error: null },
  signedIn: { step: "signedIn", user, status: "idle", error: null },
};

const EVENTS: Record<string, AuthEvent> = {
  restoredUser: { type: "RESTORED", user },
  restoredNone: { type: "RESTORED", user: null },
  navigateSignUp: { type: "NAVIGATE", to: "signUp" },
  navigateSignIn: { type: "NAVIGATE", to: "signIn" },
  submit: { type: "SUBMIT" },
  failedCode: { type: "FAILED", error: err("CodeMismatchException") },
  failedUnconfirmed: { type: "FAILED", error: err("UserNotConfirmedException") },
  failedReset: { type: "FAILED", error: err("PasswordResetRequiredException") },
  failedNotAuthorized: { type: "FAILED", error: err("NotAuthorizedException") },
  challengedMfa: { type: "CHALLENGED", username: "ana-id", challenge: { step: "confirmSignIn", method: "TOTP", destination: null } },
  challengedSetup: { type: "CHALLENGED", username: "ana-id", challenge: { step: "setupTotp", secret: null, uri: null } },
  totpSecret: { type: "TOTP_SECRET", secret: "S2", uri: "otpauth://y" },
  signedIn: { type: "SIGNED_IN", user },
  signedUp: { type: "SIGNED_UP", username: "ana", delivery: null, confirmed: false },
  signUpConfirmed: { type: "SIGN_UP_CONFIRMED", username: "ana" },
  codeSent: { type: "CODE_SENT", username: "ana", delivery: { medium: "EMAIL", destination: "a***" } },
  passwordReset: { type: "PASSWORD_RESET", username: "ana" },
  signedOut: { type: "SIGNED_OUT" },
};

/**
 * Expected "step/status" after each event, "=" for unchanged (the very same object).
 * Columns in EVENTS order.
 */
const E = Object.keys(EVENTS);
const TABLE: Record<StepName, string> = {
  //            restU        restN        navUp        navIn        submit         fCode          fUnconf              fReset                fNotAuth       chMfa                chSetup            totp            signedIn        signedUp             signUpConf   codeSent                    pwReset      signedOut
  restoring:   "signedIn/idle signIn/idle =            =            =              =              =                    =                     =              =                    =                  =               =               =                    =            =                           =            signIn/idle",
  signIn:      "=             =           signUp/idle  signIn/idle  signIn/pending signIn/error   confirmSignUp/error  forgotPassword/error  signIn/error   confirmSignIn/idle   setupTotp/pending  =               signedIn/idle   =                    =            =                           =            signIn/idle",
  confirmSignIn: "=           =           signUp/idle  signIn/idle  confirmSignIn/pending confirmSignIn/error confirmSignUp/error forgotPassword/error signIn/error confirmSignIn/idle setupTotp/pending = signedIn/idle = = = = signIn/idle",
  selectMfaType: "=           =           signUp/idle  signIn/idle  selectMfaType/pending selectMfaType/error confirmSignUp/error forgotPassword/error signIn/error confirmSignIn/idle setupTotp/pending = signedIn/idle = = = = signIn/idle",
  setupTotp:   "=             =           signUp/idle  signIn/idle  setupTotp/pending setupTotp/error confirmSignUp/error forgotPassword/error signIn/error confirmSignIn/idle setupTotp/pending setupTotp/idle signedIn/idle = = = = signIn/idle",
  newPasswordRequired: "=     =           signUp/idle  signIn/idle  newPasswordRequired/pending newPasswordRequired/error confirmSignUp/error forgotPassword/error signIn/error confirmSignIn/idle setupTotp/pending = signedIn/idle = = = = signIn/idle",
  // The add-on challenge steps (choice-based sign-in, passkeys, email MFA set-up) behave as every challenge step.
  selectChallenge: "= =           signUp/idle  signIn/idle  selectChallenge/pending selectChallenge/error confirmSignUp/error forgotPassword/error signIn/error confirmSignIn/idle setupTotp/pending = signedIn/idle = = = = signIn/idle",
  webAuthn: "= =           signUp/idle  signIn/idle  webAuthn/pending webAuthn/error confirmSignUp/error forgotPassword/error signIn/error confirmSignIn/idle setupTotp/pending = signedIn/idle = = = = signIn/idle",
  selectMfaSetup: "= =           signUp/idle  signIn/idle  selectMfaSetup/pending selectMfaSetup/error confirmSignUp/error forgotPassword/error signIn/error confirmSignIn/idle setupTotp/pending = signedIn/idle = = = = signIn/idle",
  setupEmailMfa: "= =           signUp/idle  signIn/idle  setupEmailMfa/pending setupEmailMfa/error confirmSignUp/error forgotPassword/error signIn/error confirmSignIn/idle setupTotp/pending = signedIn/idle = = = = signIn/idle",
  signUp:      "=             =           signUp/idle  signIn/idle  signUp/pending signUp/error   confirmSignUp/error  forgotPassword/error  signUp/error   =                    =                  =               signedIn/idle   confirmSignUp/idle   =            =                           =            signIn/idle",
  // A confirmed sign-up may sign in at once (an add-on's automatic sign-in): a challenge can follow it.
  confirmSignUp: "=           =           signUp/idle  signIn/idle  confirmSignUp/pending confirmSignUp/error confirmSignUp/error forgotPassword/error confirmSignUp/error confirmSignIn/idle setupTotp/pending = signedIn/idle = signIn/idle confirmSignUp/idle = signIn/idle",
  forgotPassword: "=          =           signUp/idle  signIn/idle  forgotPassword/pending forgotPassword/error confirmSignUp/error forgotPassword/error forgotPassword/error = = = signedIn/idle = = confirmForgotPassword/idle = signIn/idle",
  confirmForgotPassword: "=   =           signUp/idle  signIn/idle  confirmForgotPassword/pending confirmForgotPassword/error confirmSignUp/error forgotPassword/error confirmForgotPassword/error = = = signedIn/idle = = confirmForgotPassword/idle signIn/idle signIn/idle",
  // Signed in already (tokens stored): no navigation away; failures show on the step; skip/verify (SIGNED_IN) or sign-out leave it.
  verifyContact: "=           =           =            =            verifyContact/pending verifyContact/error confirmSignUp/error forgotPassword/error verifyContact/error = = = signedIn/idle = = = = signIn/idle",
  signedIn:    "=             =           =            =            =              =              =                    =                     =              =                    =                  =               signedIn/idle   =                    =            =                           =            signIn/idle",
};

describe("transition table", () => {
  for (const [step, row] of Object.entries(TABLE) as [StepName, string][]) {
    const expected = row.trim().split(/\s+/);
    it(`${step}: ${expected.length} events`, () => {
      expect(expected).toHaveLength(E.length);
      E.forEach((name, i) => {
        const before = SAMPLES[step];
        const { state } = transition(before, EVENTS[name]!);
        const want = expected[i]!;
        if (want === "=") expect(state, `${step} + ${name}`).toBe(before);
        else expect(`${state.step}/${state.status}`, `${step} + ${name}`).toBe(want);
      });
    });
  }
});

describe("what the steps carry", () => {
  it("a challenge step carries only its fields, with the Cognito user id", () => {
    const { state } = transition(SAMPLES.signIn, EVENTS.challengedMfa!);
    expect(state).toEqual({ step: "confirmSignIn", username: "ana-id", method: "TOTP", destination: null, status: "idle", error: null });
  });

  it("a submitted username is kept; errors clear on submit", () => {
    const failed = transition(SAMPLES.signIn, EVENTS.failedNotAuthorized!).state;
    expect(failed.error?.code).toBe("NotAuthorizedException");
    const { state } = transition(failed, { type: "SUBMIT", username: "bo" });
    expect(state).toMatchObject({ step: "signIn", username: "bo", status: "pending", error: null });
  });

  it("NotAuthorized inside a challenge means the session expired: back to sign-in", () => {
    const { state } = transition(SAMPLES.confirmSignIn, EVENTS.failedNotAuthorized!);
    expect(state).toMatchObject({ step: "signIn", username: "ana", error: { messageId: "error.SessionExpired" } });
  });

  it("a pending step ignores a second submit and navigation", () => {
    const pending = transition(SAMPLES.signIn, EVENTS.submit!).state;
    expect(transition(pending, EVENTS.submit!).state).toBe(pending);
    expect(transition(pending, EVENTS.navigateSignUp!).state).toBe(pending);
  });
});

describe("the verify-contact step (SIGNED_IN with a state)", () => {
  const step = SAMPLES.verifyContact as Extract<AuthState, { step: "verifyContact" }>;
  const enter: AuthEvent = { type: "SIGNED_IN", user, state: step };

  it("is entered instead of signedIn after a sign-in or a challenge, dropping the challenge", () => {
    for (const from of ["signIn", "confirmSignIn", "setupTotp", "newPasswordRequired"] as const) {
      const { state, effects } = transition({ ...SAMPLES[from], status: "pending" } as AuthState, enter);
      expect(state, from).toBe(step);
      expect(effects, from).toEqual(["clearChallenge"]);
    }
    expect(transition(initialState, enter).state).toBe(initialState);
  });

  it("is updated by its own commands (pending, then the state they return) and left by a plain SIGNED_IN", () => {
    const pending = transition(step, { type: "SUBMIT" }).state;
    expect(pending).toMatchObject({ step: "verifyContact", status: "pending" });
    const sent = { ...step, attribute: "email" as const, delivery: { medium: "EMAIL" as const, destination: "a***@e***.com" } };
    expect(transition(pending, { type: "SIGNED_IN", user, state: sent }).state).toBe(sent);
    expect(transition(sent, { type: "SIGNED_IN", user }).state).toEqual({ step: "signedIn", user, status: "idle", error: null });
  });

  it("keeps what it was at when a code fails, and sign-out ends it", () => {
    const sent = { ...step, attribute: "email" as const, delivery: null };
    expect(transition(sent, EVENTS.failedCode!).state).toMatchObject({ attribute: "email", status: "error", error: { code: "CodeMismatchException" } });
    expect(transition(sent, EVENTS.signedOut!).state).toMatchObject({ step: "signIn", username: "" });
  });
});

describe("effects", () => {
  const effects = (state: AuthState, event: AuthEvent) => transition(state, event).effects;
  it("entering sign-in precomputes SRP and drops any challenge", () => {
    expect(effects(initialState, EVENTS.restoredNone!)).toEqual(["clearChallenge", "precomputeSrp"]);
    expect(effects(SAMPLES.signedIn, EVENTS.signedOut!)).toEqual(["clearChallenge", "precomputeSrp"]);
  });
  it("MFA set-up asks for a TOTP secret", () => {
    expect(effects(SAMPLES.signIn, EVENTS.challengedSetup!)).toEqual(["associateTotp"]);
  });
  it("signing in drops the challenge", () => {
    expect(effects(SAMPLES.confirmSignIn, EVENTS.signedIn!)).toEqual(["clearChallenge"]);
  });
  it("ignored events have no effects", () => {
    expect(effects(SAMPLES.signedIn, EVENTS.submit!)).toEqual([]);
  });
});
