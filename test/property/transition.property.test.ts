/**
 * transition() under random event sequences: every state it reaches is a valid AuthState (each
 * step exactly its fields, status idle/pending/error, the error's shape), it never mutates its
 * input, it is deterministic, and it never carries anything from an event into the state beyond
 * the fields the step defines — so a secret riding on an event (a password on a SUBMIT, Cognito's
 * Session on a challenge) never reaches a snapshot.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { initialState, transition, type AuthEvent, type AuthState } from "../../src/index";
import { authStateProblems } from "./auth-state";
import { event } from "./arbitraries";

const RUNS = { numRuns: 300 };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Runs `events` from the initial state, checking each step with `check`. */
function run(events: readonly AuthEvent[], check: (before: AuthState, e: AuthEvent, after: AuthState, effects: readonly string[]) => void) {
  let state = initialState;
  for (const e of events) {
    const { state: next, effects } = transition(deepFreeze(state), deepFreeze(e));
    check(state, e, next, effects);
    state = next;
  }
  return state;
}

describe("transition() on random event sequences", () => {
  it("only ever reaches valid AuthStates, with effects that fit the step", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        run(events, (_before, e, after, effects) => {
          expect(authStateProblems(after), `after ${JSON.stringify(e)}`).toEqual([]);
          for (const effect of effects) expect(["precomputeSrp", "associateTotp", "clearChallenge"]).toContain(effect);
          if (effects.includes("precomputeSrp")) expect(after.step).toBe("signIn");
          if (effects.includes("associateTotp")) expect(after).toMatchObject({ step: "setupTotp", status: "pending", secret: null });
        });
      }),
      RUNS,
    );
  });

  it("never goes back to restoring, and reaches signedIn only on RESTORED or SIGNED_IN", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        run(events, (before, e, after) => {
          if (before.step !== "restoring") expect(after.step).not.toBe("restoring");
          if (after.step === "signedIn" && before.step !== "signedIn") expect(["RESTORED", "SIGNED_IN"]).toContain(e.type);
          // Only RESTORED (or a sign-out heard from another tab) leaves restoring.
          if (before.step === "restoring" && e.type !== "RESTORED" && e.type !== "SIGNED_OUT") expect(after).toBe(before);
        });
      }),
      RUNS,
    );
  });

  it("is pure: frozen inputs, and the same event on the same state gives an equal result", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), event, (events, last) => {
        const state = run(events, () => undefined);
        const copy = structuredClone(state);
        const a = transition(state, last);
        const b = transition(copy, structuredClone(last));
        expect(a).toEqual(b);
        expect(state).toEqual(copy);
      }),
      RUNS,
    );
  });

  it("a pending step ignores navigation and a second submit", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), fc.constantFrom("signIn", "signUp", "forgotPassword") , fc.string(), (events, to, username) => {
        const state = run(events, () => undefined);
        fc.pre(state.status === "pending");
        expect(transition(state, { type: "NAVIGATE", to, username }).state).toBe(state);
        expect(transition(state, { type: "SUBMIT", username }).state).toBe(state);
      }),
      { numRuns: 100 },
    );
  });
});

/** A secret no honest field would hold. */
const SECRET = "\u{1F511}secret-Pa55\"\\word";
const EXTRA = { password: SECRET, session: SECRET, code: SECRET };
/** The event with secrets as extra properties (TypeScript lets them through a variable). */
const onTop = (e: AuthEvent): AuthEvent => ({ ...e, ...EXTRA });
/** The event with secrets inside its objects: the challenge, the error, the user, the delivery. */
function inside(e: AuthEvent): AuthEvent {
  switch (e.type) {
    case "CHALLENGED":
      return { ...e, challenge: { ...e.challenge, ...EXTRA } };
    case "FAILED":
      return { ...e, error: { ...e.error, message: SECRET } as typeof e.error };
    case "SIGNED_UP":
    case "CODE_SENT":
      return e.delivery ? { ...e, delivery: { ...e.delivery, ...EXTRA } } : e;
    default:
      return e;
  }
}

const noSecretIn = (events: readonly AuthEvent[]) => {
  run(events, (_before, e, after) => {
    expect(JSON.stringify(after), `after ${e.type}`).not.toContain(JSON.stringify(SECRET).slice(1, -1));
  });
};

describe("secrets riding on events", () => {
  it("a password, code or Session as an extra property of any event never reaches the state", () => {
    fc.assert(fc.property(fc.array(event.map(onTop), { maxLength: 40 }), noSecretIn), RUNS);
  });

  /**
   * KNOWN GAP (reported, src/core/transition.ts): CHALLENGED spreads `event.challenge`, FAILED keeps
   * `event.error` and SIGNED_UP / CODE_SENT keep `event.delivery` as given, so any extra property a
   * producer puts inside them lands in the snapshot. Today's producers (flows/sign-in.ts nextStep,
   * toAuthError, toDelivery) build these objects field by field, so nothing leaks now; the machine
   * property test checks that. When transition() copies only the step's fields, drop `.fails`.
   */
  it.fails("a password, code or Session inside an event's challenge, error or delivery never reaches the state", () => {
    fc.assert(fc.property(fc.array(event.map(inside), { maxLength: 40 }), noSecretIn), RUNS);
  });
});

describe("the AuthState validator itself", () => {
  it("accepts every step's valid shape and refuses strays, wrong types and a mismatched error", () => {
    expect(authStateProblems(initialState)).toEqual([]);
    expect(authStateProblems({ step: "signIn", username: "ana", status: "error", error: { code: "X", messageId: "error.X" } })).toEqual([]);
    expect(authStateProblems({ step: "signIn", username: "ana", status: "idle", error: null, password: "p" })).toEqual(["signIn has a stray field password"]);
    expect(authStateProblems({ step: "signIn", status: "idle", error: null })).toEqual(["signIn lacks username"]);
    expect(authStateProblems({ step: "signIn", username: "a", status: "done", error: null })).toEqual(['status "done"']);
    expect(authStateProblems({ step: "signIn", username: "a", status: "error", error: null })).toEqual(["status error with error null"]);
    expect(authStateProblems({ step: "signIn", username: "a", status: "idle", error: { code: "X", messageId: "error.X", message: "m" } })).toHaveLength(2);
    expect(authStateProblems({ step: "confirmSignIn", username: "a", method: "PUSH", destination: null, status: "idle", error: null })).toEqual(['confirmSignIn.method is "PUSH"']);
    expect(authStateProblems({ step: "setupTotp", username: "a", secret: "S", uri: null, status: "idle", error: null })).toEqual(["setupTotp: secret and uri not both set"]);
    expect(authStateProblems({ step: "toString", status: "idle", error: null })).toEqual(['unknown step "toString"']);
  });
});
