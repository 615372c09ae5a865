/**
 * The choice-based sign-in add-on: turns Cognito's USER_AUTH challenges into the machine's steps.
 * SELECT_CHALLENGE → `selectChallenge` (the methods the user has AND the app offers), SMS_OTP →
 * `confirmSignIn` (method SMS, answered by the stock code screen through the Session's challenge
 * name), WEB_AUTHN → `webAuthn` (the ceremony is "cognito-react-kit/passkeys"'), and MFA_SETUP
 * offering email → `selectMfaSetup` (or straight to `setupEmailMfa` when email is the only one).
 */
import { AuthFailure } from "../core/errors.js";
import type { ChallengeSession, SignInAddOn } from "../core/flows/context.js";
import type { SignInStep } from "../core/flows/sign-in.js";
import type { MfaMethod, SignInMethod } from "../core/types.js";
import { methodsOf } from "./user-auth.js";

/**
 * Every first factor choice-based sign-in knows.
 * @example choiceSignIn({ methods: SIGN_IN_METHODS.filter((m) => m !== "WEB_AUTHN") })
 */
export const SIGN_IN_METHODS: readonly SignInMethod[] = ["WEB_AUTHN", "EMAIL_OTP", "SMS_OTP", "PASSWORD"];

export interface ChoiceSignInOptions {
  /**
   * The first factors the app offers, in the order the screens show them. Each must also be an
   * allowed first factor of the pool's sign-in policy (and USER_AUTH an auth flow of the app client).
   */
  methods: readonly SignInMethod[];
  /**
   * Asked for at once (Cognito's PREFERRED_CHALLENGE) when the user did not choose: with
   * "EMAIL_OTP" the code goes out as soon as the username is in. Without it, the user chooses
   * among the methods their account has (SELECT_CHALLENGE).
   */
  preferred?: SignInMethod;
  /**
   * Sign-up without a password (the pool must allow passwordless sign-in). Default: true when the
   * app offers no PASSWORD method.
   */
  passwordlessSignUp?: boolean;
}

/** The add-on, with the options it was made with (the screens read them). */
export interface ChoiceSignInAddOn extends SignInAddOn {
  readonly options: Readonly<Required<Pick<ChoiceSignInOptions, "methods" | "passwordlessSignUp">>> & Pick<ChoiceSignInOptions, "preferred">;
}

const failure = (code: string) => new AuthFailure({ code, messageId: `error.${code}` });

const parseList = (json: string | undefined): string[] => {
  try {
    const value: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
};

/** MFA_SETUP's MFAS_CAN_SETUP → the methods the set-up screens offer (authenticator app first). */
export const setupMethodsOf = (canSetUp: string | undefined): MfaMethod[] => {
  const names = parseList(canSetUp);
  return (["TOTP", "EMAIL"] as const).filter((m) => names.includes(m === "TOTP" ? "SOFTWARE_TOKEN_MFA" : "EMAIL_OTP"));
};

/**
 * A Cognito answer the core did not translate → the add-on's step, or undefined to leave it.
 * `offered`: the app's methods (SELECT_CHALLENGE keeps only those, in the app's order).
 */
export function translate(step: SignInStep, offered: readonly SignInMethod[]): SignInStep | undefined {
  if (step.kind !== "challenge" || !step.answer) return undefined;
  const { answer, username, session } = step;
  const p = answer.ChallengeParameters ?? {};
  const name = answer.ChallengeName;
  const held = { ...session, name };
  if (name === "SELECT_CHALLENGE") {
    const available = methodsOf(answer.AvailableChallenges);
    const methods = offered.filter((m) => available.includes(m));
    if (!methods.length) throw failure("NoSignInMethod");
    return { kind: "challenge", username, challenge: { step: "selectChallenge", methods }, session: held };
  }
  if (name === "SMS_OTP") {
    return { kind: "challenge", username, challenge: { step: "confirmSignIn", method: "SMS", destination: p.CODE_DELIVERY_DESTINATION ?? null, firstFactor: true }, session: held };
  }
  if (name === "WEB_AUTHN") {
    // Held as "cognito-react-kit/passkeys" holds it: its ceremony reads the request options there.
    const user = p.USERNAME ?? username;
    const withOptions: ChallengeSession & { options?: string | undefined } = { username: user, session: session.session, name, options: p.CREDENTIAL_REQUEST_OPTIONS };
    return { kind: "challenge", username: user, challenge: { step: "webAuthn" }, session: withOptions };
  }
  if (name === "MFA_SETUP") {
    const methods = setupMethodsOf(p.MFAS_CAN_SETUP);
    if (!methods.includes("EMAIL")) return undefined;
    return { kind: "challenge", username, challenge: methods.length > 1 ? { step: "selectMfaSetup", methods } : { step: "setupEmailMfa" }, session: held };
  }
  return undefined;
}

/**
 * Choice-based sign-in for `createCognitoAuth`'s `addOns`: passwordless codes by email or SMS,
 * passkeys, or a password (by SRP unless the app opted out), chosen by the user or the app.
 * Drive it with `passwordlessOf(auth)`, or import it from "cognito-react-kit/passwordless/ui"
 * for `<Authenticator>` to show its screens.
 *
 * @example
 * import { createCognitoAuth } from "cognito-react-kit";
 * import { choiceSignIn } from "cognito-react-kit/passwordless";
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, addOns: [choiceSignIn({ methods: ["EMAIL_OTP", "PASSWORD"] })] });
 */
export function choiceSignIn(options: ChoiceSignInOptions): ChoiceSignInAddOn {
  const methods = [...new Set(options.methods)];
  const unknown = methods.filter((m) => !SIGN_IN_METHODS.includes(m));
  if (!methods.length || unknown.length) throw new TypeError(`choiceSignIn: methods must be some of ${SIGN_IN_METHODS.join(", ")} (got ${JSON.stringify(options.methods)})`);
  if (options.preferred && !methods.includes(options.preferred)) throw new TypeError(`choiceSignIn: preferred "${options.preferred}" is not one of methods`);
  const settled = { methods, preferred: options.preferred, passwordlessSignUp: options.passwordlessSignUp ?? !methods.includes("PASSWORD") };
  return { options: settled, step: (step) => translate(step, methods) };
}
