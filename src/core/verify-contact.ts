/**
 * Verify contact after sign-in: a user with no verified email or phone cannot reset a forgotten
 * password, so — when the app turns it on — the machine stops at the `verifyContact` step after
 * sign-in: choose the email or phone, get a code, enter it; or skip. Off unless configured, and
 * not shipped unless imported: the machine itself only calls the `verifyContact` hook it is given.
 *
 * The session is live during the step (tokens stored, other tabs signed in, a reload restores it
 * signed in): the step asks, it does not hold the user back. Skip and a verified code both end at
 * `signedIn`; a sign-out ends everything, as anywhere.
 */
import { accountOf } from "./account.js";
import { AuthFailure, endsSession, toAuthError } from "./errors.js";
import type { CognitoAuth } from "./store.js";
import type { AuthUser, ContactAttribute, StateOf } from "./types.js";

type VerifyContactState = StateOf<"verifyContact">;

const CONTACTS: readonly ContactAttribute[] = ["email", "phone_number"];
/** Cognito's ID token says `true`; some issuers say "true". */
const verified = (claim: unknown) => claim === true || claim === "true";

/**
 * The `verifyContact` hook of `createCognitoAuth`: after a sign-in, the verify-contact step for a
 * user whose ID token shows an email or phone but none verified; null (straight to signedIn) for
 * everyone else — a verified contact, no contact in the token, or a federated user (`identities`:
 * their provider owns recovery). Read from the ID token's claims: no request.
 *
 * @example
 * import { createCognitoAuth, verifyContactStep } from "cognito-react-kit";
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, verifyContact: verifyContactStep });
 * // Or decide per user: verifyContact: (user) => (isKiosk ? null : verifyContactStep(user))
 */
export function verifyContactStep(user: AuthUser): VerifyContactState | null {
  const { claims } = user;
  if (claims.identities || verified(claims.email_verified) || verified(claims.phone_number_verified)) return null;
  const unverified = CONTACTS.filter((name) => typeof claims[name] === "string" && claims[name] !== "");
  return unverified.length ? { step: "verifyContact", user, unverified, attribute: null, delivery: null, status: "idle", error: null } : null;
}

function commands(auth: CognitoAuth) {
  const account = accountOf(auth);
  /** A command of the step: pending while it runs; what it returns becomes the step (or signedIn). */
  const step = (work: (s: VerifyContactState) => Promise<{ signedIn: AuthUser } | Pick<VerifyContactState, "attribute" | "delivery">>) =>
    auth.perform("verifyContact", async (s) => {
      let next;
      try {
        next = await work(s);
      } catch (e) {
        // The user is gone or must reset the password (an admin acted meanwhile): the session is
        // over — signed out here (a dead access token already was), not sent to a screen of the
        // signed-out machine with tokens still stored.
        if (e instanceof AuthFailure && endsSession(e.error.code)) await auth.signOut({ local: true });
        throw e;
      }
      return "signedIn" in next
        ? { type: "SIGNED_IN", user: next.signedIn }
        : { type: "SIGNED_IN", user: s.user, state: { ...s, ...next, status: "idle", error: null } };
    });

  return {
    /**
     * Sends a code to `attribute` (one of the step's `unverified`); without one, to the attribute
     * chosen before (a resend) or the only one there is.
     */
    sendCode: (input: { attribute?: ContactAttribute } = {}) =>
      step(async (s) => {
        const attribute = input.attribute ?? s.attribute ?? (s.unverified.length === 1 ? s.unverified[0]! : null);
        if (!attribute || !s.unverified.includes(attribute)) throw new AuthFailure(toAuthError("InvalidParameterException"));
        return { attribute, delivery: await account.sendAttributeVerificationCode(attribute) };
      }),
    /** Checks the code sent to the chosen attribute; then signed in, the attribute verified. */
    confirm: (input: { code: string }) =>
      step(async (s) => {
        if (!s.attribute) throw new AuthFailure(toAuthError("InvalidParameterException"));
        await account.verifyAttribute(s.attribute, input.code);
        // The ID token's claims stay as issued until the next refresh; emailVerified says it now.
        return { signedIn: s.attribute === "email" ? { ...s.user, emailVerified: true } : s.user };
      }),
    /** Back to choosing (another attribute, or the same one again). */
    back: () => step(async () => ({ attribute: null, delivery: null })),
    /** Signed in as usual, nothing verified (the step comes back at the next sign-in). */
    skip: () => step(async (s) => ({ signedIn: s.user })),
  };
}

export type VerifyContact = ReturnType<typeof commands>;

const all = new WeakMap<CognitoAuth, VerifyContact>();

/**
 * The commands of the verify-contact step of a machine (each is ignored unless the machine is at
 * that step and not pending; failures show on the step as `error`, like any other step's).
 *
 * @example
 * const state = auth.getSnapshot();
 * if (state.step === "verifyContact") {
 *   const step = verifyContactOf(auth);
 *   await step.sendCode({ attribute: state.unverified[0] });
 *   await step.confirm({ code: "123456" }); // or step.skip()
 * }
 */
export function verifyContactOf(auth: CognitoAuth): VerifyContact {
  let step = all.get(auth);
  if (!step) all.set(auth, (step = commands(auth)));
  return step;
}
