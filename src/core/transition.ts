/**
 * The pure heart of the machine: (state, event) → (state, effects). No IO, no clock, no React.
 * Events that make no sense in the current step leave it unchanged (and are tested as such).
 */
import { actionFor } from "./errors.js";
import type { AuthEvent, AuthEffect, AuthState, StepName, Transition } from "./types.js";

const idle = { status: "idle", error: null } as const;
export const initialState: AuthState = { step: "restoring", ...idle };

/** Every step but these answers a sign-in challenge (add-ons' steps too: selectChallenge, webAuthn…). */
const OUTSIDE_CHALLENGES: ReadonlySet<StepName> = new Set(
  "restoring signIn signUp confirmSignUp forgotPassword confirmForgotPassword verifyContact signedIn".split(" ") as StepName[],
);

/** Named guards, XState style: a challenge is in play; the step takes a command now. */
const inChallenge = (state: AuthState) => !OUTSIDE_CHALLENGES.has(state.step);
export const acceptsInput = (state: AuthState) => state.step !== "restoring" && state.step !== "signedIn" && state.status !== "pending";

const to = (state: AuthState, ...effects: AuthEffect[]): Transition => ({ state, effects });
/** The event changes nothing (the same state, no effects). */
const stay: (state: AuthState) => Transition = to;
const toSignIn = (username: string, error: AuthState["error"] = null): Transition =>
  to({ step: "signIn", username, status: error ? "error" : "idle", error }, "clearChallenge", "precomputeSrp");

/** The username a step carries ("" for those without one). */
export const usernameOf = (state: AuthState): string => ("username" in state ? state.username : "");

/**
 * @example
 * const { state, effects } = transition(initialState, { type: "RESTORED", user: null });
 * // state.step === "signIn", effects include "precomputeSrp"
 */
export function transition(state: AuthState, event: AuthEvent): Transition {
  switch (event.type) {
    case "RESTORED":
      if (state.step !== "restoring") return stay(state);
      return event.user ? to({ step: "signedIn", user: event.user, ...idle }) : toSignIn("");
    case "NAVIGATE": {
      // Not from verify-contact either: the session is live there (only skip, verify or sign-out leave it).
      if (!acceptsInput(state) || !("username" in state)) return stay(state);
      const username = event.username ?? usernameOf(state);
      if (event.to === "signIn") return toSignIn(username);
      return to({ step: event.to, username, ...idle }, "clearChallenge");
    }
    case "SUBMIT":
      if (!acceptsInput(state)) return stay(state);
      // A username as submitted (commands pass one only where it is typed in: sign-in, sign-up, reset).
      return to({
        ...state,
        ...(event.username !== undefined && "username" in state && { username: event.username }),
        status: "pending",
        error: null,
      });
    case "FAILED": {
      if (state.step === "restoring" || state.step === "signedIn") return stay(state);
      const username = usernameOf(state);
      switch (actionFor(event.error.code, inChallenge(state))) {
        case "confirmSignUp":
          return to({ step: "confirmSignUp", username, delivery: null, status: "error", error: event.error }, "clearChallenge");
        case "resetPassword":
          // The code already sent: straight to it and the new password, the error saying why.
          return to(event.delivery
            ? { step: "confirmForgotPassword", username, delivery: event.delivery, status: "error", error: event.error }
            : { step: "forgotPassword", username, status: "error", error: event.error }, "clearChallenge");
        case "restart":
          return toSignIn(username, { code: event.error.code, messageId: "error.SessionExpired" });
        case "stay":
          return to({ ...state, status: "error", error: event.error });
      }
    }
    case "CHALLENGED": {
      // From sign-in, a challenge, or a confirmed sign-up signing in (an add-on's automatic sign-in).
      if (state.step !== "signIn" && state.step !== "confirmSignUp" && !inChallenge(state)) return stay(state);
      // MFA set-up starts pending: the secret is on its way (the associateTotp effect).
      const next = { ...event.challenge, username: event.username, ...idle };
      return event.challenge.step === "setupTotp" ? to({ ...next, status: "pending" }, "associateTotp") : to(next);
    }
    case "TOTP_SECRET":
      if (state.step !== "setupTotp") return stay(state);
      return to({ ...state, secret: event.secret, uri: event.uri, ...idle });
    case "SIGNED_IN":
      if (state.step === "restoring") return stay(state);
      return to(event.state ?? { step: "signedIn", user: event.user, ...idle }, "clearChallenge");
    case "SIGNED_UP":
      if (state.step !== "signUp") return stay(state);
      return event.confirmed ? toSignIn(event.username)
        : to({ step: "confirmSignUp", username: event.username, delivery: event.delivery, ...idle });
    case "SIGN_UP_CONFIRMED":
      return state.step === "confirmSignUp" ? toSignIn(event.username) : stay(state);
    case "CODE_SENT":
      if (state.step === "forgotPassword" || state.step === "confirmForgotPassword") {
        return to({ step: "confirmForgotPassword", username: event.username, delivery: event.delivery, ...idle });
      }
      if (state.step === "confirmSignUp") return to({ ...state, delivery: event.delivery, ...idle });
      return stay(state);
    case "PASSWORD_RESET":
      return state.step === "confirmForgotPassword" ? toSignIn(event.username) : stay(state);
    case "SIGNED_OUT":
      return toSignIn("");
    default:
      // Every event is handled above (the compiler checks it); one from outside the union changes nothing.
      event satisfies never;
      return stay(state);
  }
}
