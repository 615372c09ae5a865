/**
 * The commands of choice-based sign-in, on a machine made with the `choiceSignIn` add-on. Each is
 * ignored unless the machine is at its step and not pending; failures show on the step as
 * `error`, like any other step's. Codes, passwords and Sessions are read at the call and kept
 * only where the machine keeps challenge Sessions (privately): never in the snapshot.
 */
import { AuthFailure } from "../core/errors.js";
import type { FlowContext } from "../core/flows/context.js";
import type { SignInStep } from "../core/flows/sign-in.js";
import { attributeList, toDelivery } from "../core/flows/shared.js";
import type { CognitoAuth } from "../core/store.js";
import { call, CognitoError } from "../core/transport/types.js";
import type { MfaMethod, SignInMethod } from "../core/types.js";
import { choiceSignIn, SIGN_IN_METHODS, translate, type ChoiceSignInAddOn } from "./choice-sign-in.js";
import { initiate, selectChallenge, setupEmailMfa } from "./user-auth.js";

const failure = (code: string, messageId = `error.${code}` as const) => new AuthFailure({ code, messageId });

/**
 * Cognito refuses a factor it does not allow (the pool's AllowedFirstAuthFactors, or USER_AUTH not
 * among the app client's flows) with InvalidParameterException: said as "not available", the
 * exception's name kept as the code for developers.
 */
const refused = (e: unknown): never => {
  throw e instanceof CognitoError && e.code === "InvalidParameterException" ? failure(e.code, "error.SignInMethodUnavailable") : e;
};

/**
 * The choice-sign-in add-on a machine was made with, if any (its screens fall back to the stock ones without it).
 * @example findChoice(auth)?.options.methods // ["EMAIL_OTP", "PASSWORD"]
 */
export const findChoice = (auth: CognitoAuth): ChoiceSignInAddOn | undefined =>
  auth.config.addOns?.find((a): a is ChoiceSignInAddOn => Array.isArray((a as Partial<ChoiceSignInAddOn>).options?.methods));

/** Every method, for a machine made without the add-on (Cognito then says which the pool allows). */
const ANY = choiceSignIn({ methods: SIGN_IN_METHODS });

/** The code methods: a code challenge right after choosing one is that first factor. */
const byCode = (method: SignInMethod | undefined) => method === "EMAIL_OTP" || method === "SMS_OTP";

/**
 * What Cognito answered a choice of `method` with, for the machine. A code challenge right after
 * choosing a code method is the first factor and says so (its screen can send a new code by a new
 * USER_AUTH); after a password it is MFA (an email MFA code is EMAIL_OTP too), and stays as it is.
 */
function firstFactor(step: SignInStep, offered: readonly SignInMethod[], username: string, method: SignInMethod | undefined): SignInStep {
  const translated = translate(step, offered) ?? step;
  if (translated.kind !== "challenge") return translated;
  // The step shows the username as typed (Cognito answers with its own, e.g. the sub, for an alias).
  const shown = { ...translated, username };
  const challenge = shown.challenge;
  if (challenge?.step !== "confirmSignIn" || !byCode(method)) return shown;
  return { ...shown, challenge: { ...challenge, firstFactor: true } };
}

const OTP_OF: Readonly<Partial<Record<MfaMethod, SignInMethod>>> = { EMAIL: "EMAIL_OTP", SMS: "SMS_OTP" };

function commands(auth: CognitoAuth) {
  const { methods, preferred } = (findChoice(auth) ?? ANY).options;
  /** SignUp's Session, for ConfirmSignUp to give one back for the automatic sign-in: private, one at a time. */
  let signedUp: { username: string; session: string } | null = null;

  /** A method the app offers, or the failure that says it is not available. */
  const offered = (method: SignInMethod) => {
    if (!methods.includes(method)) throw failure("SignInMethodUnavailable");
    return method;
  };
  /**
   * USER_AUTH naming `method` (or none). A method the user picked and Cognito did not honour (it
   * answered with the choice: the account or pool lacks it) says so; the app's own `preferred`
   * falls back to the choice quietly.
   */
  const start = async (ctx: FlowContext, username: string, method: SignInMethod | undefined, password?: string, picked = false) => {
    const step = await initiate(ctx, { username, method: method && offered(method), password }).catch(refused);
    if (picked && step.kind === "challenge" && step.answer?.ChallengeName === "SELECT_CHALLENGE") throw failure("SignInMethodUnavailable");
    return firstFactor(step, methods, username, method);
  };
  /** The app's pick when the user made none: `preferred`, else the only method (a password only when one was typed). */
  const picked = (password: string | undefined) => {
    const method = preferred ?? (methods.length === 1 ? methods[0] : undefined);
    return method === "PASSWORD" && password === undefined ? undefined : method;
  };

  return {
    /** The app's methods, in its order. */
    methods,
    /**
     * From `signIn`: USER_AUTH for `username`. With a method (the user's pick, else the app's
     * `preferred`, else the only one) Cognito goes straight to it — a code is sent, or the password
     * proof (SRP) follows; otherwise the user chooses at `selectChallenge`. `password` goes with
     * method PASSWORD only.
     */
    signIn: (input: { username: string; method?: SignInMethod; password?: string }) =>
      auth.answer("signIn", (_, __, ctx) =>
        start(ctx, input.username, input.method ?? picked(input.password), input.password, input.method !== undefined), input.username),
    /**
     * From `selectChallenge`: answers with one of the step's methods (`password` for PASSWORD).
     * With no Cognito Session held (after a sign-up confirmed without one), a USER_AUTH naming it.
     */
    selectChallenge: (input: { method: SignInMethod; password?: string }) =>
      auth.answer("selectChallenge", async (s, held, ctx) => {
        if (!s.methods.includes(input.method)) throw failure("SignInMethodUnavailable");
        return held.session
          ? firstFactor(await selectChallenge(ctx, held, input.method, input.password).catch(refused), methods, s.username, input.method)
          : start(ctx, s.username, input.method, input.password, true);
      }),
    /** From a first-factor code: back to the choice of method (a new USER_AUTH naming none). */
    otherMethod: () => auth.answer("confirmSignIn", (s, _, ctx) => start(ctx, s.username, undefined)),
    /** From a first-factor code (`confirmSignIn` with `firstFactor`): a new code, by a new USER_AUTH. */
    resendCode: () =>
      auth.answer("confirmSignIn", (s, _, ctx) => {
        const method = OTP_OF[s.method];
        if (!s.firstFactor || !method) throw failure("SignInMethodUnavailable");
        return start(ctx, s.username, method);
      }),
    /** From `signUp`: an account with no password (the pool must allow passwordless sign-in); then its code. */
    signUp: (input: { username: string; attributes?: Record<string, string>; clientMetadata?: Record<string, string> }) =>
      auth.perform("signUp", async () => {
        const answer = await call(auth.config.transport, "SignUp", {
          ClientId: auth.config.userPoolClientId, Username: input.username, UserAttributes: attributeList(input.attributes ?? {}),
          ...(input.clientMetadata ? { ClientMetadata: input.clientMetadata } : {}),
        });
        signedUp = answer.Session ? { username: input.username, session: answer.Session } : null;
        return { type: "SIGNED_UP", username: input.username, delivery: toDelivery(answer.CodeDeliveryDetails), confirmed: answer.UserConfirmed === true };
      }, input.username),
    /**
     * From `confirmSignUp`: confirms the code, then signs in with the Session Cognito gives back
     * (USER_AUTH, no password kept or asked for). Without one, the user picks a method.
     */
    confirmSignUp: (input: { code: string }) =>
      auth.answer("confirmSignUp", async (s, held, ctx) => {
        const pending = signedUp;
        const kept = pending?.username === s.username ? pending.session : undefined;
        const answer = await call(ctx.transport, "ConfirmSignUp", {
          ClientId: ctx.clientId, Username: s.username, ConfirmationCode: input.code, ...(kept ? { Session: kept } : {}),
        });
        signedUp = null;
        if (answer.Session) return initiate(ctx, { username: s.username, session: answer.Session });
        return { kind: "challenge", username: s.username, challenge: { step: "selectChallenge", methods }, session: { username: held.username || s.username } };
      }),
    /** From `selectMfaSetup`: an authenticator app (the stock set-up screen) or email (`setupEmailMfa`). No request. */
    selectMfaSetup: (input: { method: MfaMethod }) =>
      auth.answer("selectMfaSetup", async (s, held): Promise<SignInStep> => {
        if (!s.methods.includes(input.method)) throw failure("SignInMethodUnavailable");
        const challenge = input.method === "TOTP" ? { step: "setupTotp", secret: null, uri: null } as const : { step: "setupEmailMfa" } as const;
        return { kind: "challenge", username: s.username, challenge, session: held };
      }),
    /** From `setupEmailMfa`: Cognito sends a code to `email`; it is entered at `confirmSignIn` (method EMAIL). */
    setupEmailMfa: (input: { email: string }) =>
      auth.answer("setupEmailMfa", (_, held, ctx) => setupEmailMfa(ctx, held, input.email)),
  };
}

export type Passwordless = ReturnType<typeof commands>;

const all = new WeakMap<CognitoAuth, Passwordless>();

/**
 * The choice-based sign-in commands of a machine made with `choiceSignIn`.
 *
 * @example
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, addOns: [choiceSignIn({ methods: ["EMAIL_OTP", "PASSWORD"] })] });
 * const pl = passwordlessOf(auth);
 * await pl.signIn({ username: "ana@example.com" });      // → selectChallenge: methods ["EMAIL_OTP", "PASSWORD"]
 * await pl.selectChallenge({ method: "EMAIL_OTP" });       // → confirmSignIn (method EMAIL, firstFactor)
 * await auth.confirmSignIn({ code: "123456" });            // → signedIn
 */
export function passwordlessOf(auth: CognitoAuth): Passwordless {
  let found = all.get(auth);
  if (!found) all.set(auth, (found = commands(auth)));
  return found;
}
