/**
 * createCognitoAuth: the headless auth machine. getSnapshot / subscribe for any UI layer, and
 * commands that run flows and feed their outcome to the pure transition(). The machine is the
 * only door to the session: other entries (hosted UI, account operations) use its public commands.
 */
import { AuthFailure, toAuthError } from "./errors.js";
import { acceptsInput, initialState, transition, usernameOf } from "./transition.js";
import { createSrpEphemeral, type SrpEphemeral } from "./srp/index.js";
import { fetchTransport } from "./transport/fetch-transport.js";
import { CognitoError, type Transport } from "./transport/types.js";
import { resolveStorage, type StorageOption } from "./session/storage.js";
import { createSessionKeeper, type Locks } from "./session/session-keeper.js";
import { createTabSync } from "./session/tab-sync.js";
import { userFromIdToken } from "./session/tokens.js";
import { checkAdoptable, endSessionHere, type AdoptedTokens } from "./session/sign-out.js";
import * as signInFlow from "./flows/sign-in.js";
import * as signUpFlow from "./flows/sign-up.js";
import * as forgotFlow from "./flows/forgot-password.js";
import type { AuthFlow, ChallengeSession, FlowContext, SignInAddOn } from "./flows/context.js";
import type { AuthError, AuthEvent, AuthState, AuthUser, MfaMethod, StateOf, StepName } from "./types.js";

export interface CognitoAuthConfig {
  userPoolId: string;
  userPoolClientId: string;
  /** Derived from userPoolId ("eu-west-1_AbC…") when absent; must be an AWS region. */
  region?: string;
  /** Another Cognito endpoint, e.g. a local one (`npm run cognito`). https, or http to localhost only. */
  endpoint?: string;
  /** "USER_SRP_AUTH" (default): the password never leaves the page. "USER_PASSWORD_AUTH" sends it. */
  authFlow?: AuthFlow;
  /** Where tokens live; default "localStorage" (memory where there is none). */
  storage?: StorageOption;
  /** Replace the network layer, e.g. sdkTransport(client) from "cognito-react-kit/sdk". */
  transport?: Transport;
  /** The issuer shown in authenticator apps. */
  totpIssuer?: string;
  /** How long `signOut()` waits for Cognito to revoke (ms, default 5000). The local sign-out never waits. */
  signOutTimeoutMs?: number;
  /** How to visit a hosted-UI /logout on sign-out; location.assign by default. */
  navigate?: (url: string) => void;
  /**
   * After a sign-in, the optional verify-contact step: pass `verifyContactStep` (it asks users with
   * no verified email or phone to verify one, skippable), or a function of your own returning its
   * state or null. Off (and not shipped) by default.
   */
  verifyContact?: (user: AuthUser) => StateOf<"verifyContact"> | null;
  /** Sign-in add-ons, in order (remembered devices, choice-based sign-in…); none by default. */
  addOns?: readonly SignInAddOn[];
  /** @internal test seams */
  now?: () => number;
  /** @internal navigator.locks by default; null disables cross-tab locking. */
  locks?: Locks | null;
}

export const errorOf = (e: unknown): AuthError =>
  e instanceof AuthFailure ? e.error
    : e instanceof CognitoError ? toAuthError(e.code, e.retryAfterMs)
      : toAuthError("UnknownError");

export type CognitoAuth = ReturnType<typeof createCognitoAuth>;

/**
 * @example
 * const auth = createCognitoAuth({ userPoolId: "eu-west-1_AbCdEf", userPoolClientId: "1example23" });
 * auth.subscribe(() => console.log(auth.getSnapshot().step));
 * await auth.signIn({ username: "ana@example.com", password });
 */
export function createCognitoAuth(config: CognitoAuthConfig) {
  const now = config.now ?? Date.now;
  // fetchTransport checks the endpoint, or derives it from the region or the pool id.
  const transport = config.transport ?? fetchTransport(config);
  const storage = resolveStorage(config.storage);
  // Tabs share a session only through shared storage (not per-tab sessionStorage, not "memory").
  const shared = config.storage !== "sessionStorage" && config.storage !== "memory";
  const clientId = config.userPoolClientId;
  const authFlow = config.authFlow ?? "USER_SRP_AUTH";
  const addOns = config.addOns ?? [];
  let state: AuthState = initialState;
  let ephemeral: SrpEphemeral | null = null;
  /** The challenge being answered (Cognito's Session and USERNAME): private, never in the snapshot. */
  let held: ChallengeSession | null = null;
  const listeners = new Set<() => void>();

  const ctx: FlowContext = {
    clientId, userPoolId: config.userPoolId, authFlow, totpIssuer: config.totpIssuer ?? "Cognito", transport, now, addOns,
    ephemeral() {
      const used = ephemeral ?? createSrpEphemeral();
      ephemeral = null;
      return used;
    },
  };

  const keeper = createSessionKeeper({
    clientId, storage, transport, now, addOns,
    locks: config.locks === null ? undefined : config.locks ?? (globalThis.navigator as Navigator | undefined)?.locks,
    onEnded: signedOut,
    onRefreshed: (tokens) => shared && tabs.post({ type: "refreshed", tokens }),
  });
  const tabs = createTabSync(clientId, (message) => {
    if (message.type === "signedOut") void keeper.clear().then(() => dispatch({ type: "SIGNED_OUT" }));
    else if (shared) {
      const signedIn = message.type === "signedIn";
      keeper.heard(message.tokens, signedIn);
      if (signedIn) dispatch({ type: "SIGNED_IN", user: userFromIdToken(message.tokens.idToken)! });
    }
  });

  /** The session ended in this tab: the other tabs and the machine learn it. */
  function signedOut() {
    tabs.post({ type: "signedOut" });
    dispatch({ type: "SIGNED_OUT" });
  }

  function dispatch(event: AuthEvent) {
    const next = transition(state, event);
    if (next.state !== state) {
      state = next.state;
      for (const listener of listeners) listener();
    }
    for (const effect of next.effects) {
      if (effect === "clearChallenge") held = null;
      if (effect === "precomputeSrp" && authFlow === "USER_SRP_AUTH") {
        // Off the current task (kept if one is waiting): entering the step stays instant, the submit pays only for S.
        setTimeout(() => (ephemeral ??= createSrpEphemeral()), 0);
      }
      if (effect === "associateTotp") {
        const from = held;
        signInFlow.associateTotp(ctx, from!).then(
          ({ secret, uri, session }) => {
            if (held !== from) return;
            held = session;
            dispatch({ type: "TOTP_SECRET", secret, uri });
          },
          (e: unknown) => held === from && dispatch({ type: "FAILED", error: errorOf(e) }),
        );
      }
    }
  }

  /** A sign-in step's outcome as an event; null when a sign-out came first (it lands nowhere). */
  async function outcome(step: signInFlow.SignInStep, since: number, endSession?: string): Promise<AuthEvent | null> {
    for (const addOn of addOns) step = (await addOn.step?.(step, ctx)) ?? step;
    if (since !== keeper.generation) return null;
    if (step.kind === "challenge") {
      if (!step.challenge) throw new CognitoError("UnsupportedChallenge", step.session.name!);
      held = step.session;
      return { type: "CHALLENGED", username: step.username, challenge: step.challenge };
    }
    const tokens = await keeper.store(step.result, { since, endSession });
    if (!tokens) return null;
    if (shared) tabs.post({ type: "signedIn", tokens });
    const user = userFromIdToken(tokens.idToken)!;
    return { type: "SIGNED_IN", user, state: config.verifyContact?.(user) };
  }

  /** Runs a step's command: ignored unless the step matches and is not already pending. */
  async function run<S extends StepName>(
    step: S,
    work: (s: Extract<AuthState, { step: S }>, since: number) => Promise<AuthEvent | null>,
    username?: string,
  ) {
    if (state.step !== step || !acceptsInput(state)) return;
    const since = keeper.generation;
    dispatch({ type: "SUBMIT", username });
    let event: AuthEvent | null;
    try {
      // The step as submitted (its username the one just sent).
      event = await work(state as Extract<AuthState, { step: S }>, since);
    } catch (e) {
      const error = errorOf(e);
      // An admin-forced reset: its code goes out at once (if it cannot, the reset screen asks for it).
      event = { type: "FAILED", error, delivery: error.code == "PasswordResetRequiredException" ? await forgotFlow.forgotPassword(ctx, username!).catch(() => null) : null };
    }
    if (event && since === keeper.generation) dispatch(event);
  }

  const sendResetCode = async ({ username }: { username: string }): Promise<AuthEvent> =>
    ({ type: "CODE_SENT", username, delivery: await forgotFlow.forgotPassword(ctx, username) });

  /** A sign-in command from step `step`: signIn itself, or an answer to the challenge in play (its Session, kept privately). */
  const answer = <S extends StepName>(
    step: S,
    work: (s: Extract<AuthState, { step: S }>, held: ChallengeSession, ctx: FlowContext) => Promise<signInFlow.SignInStep>,
    username?: string,
  ) => run(step, async (s, since) => outcome(await work(s, held ?? { username: usernameOf(s) }, ctx), since), username);

  // Restore: nothing stored reaches sign-in as soon as storage is read; a valid session costs no
  // request; an expired one, one refresh (kept on network errors, ended on auth errors).
  const restored = (async () => {
    const stored = await keeper.load();
    const tokens = stored && (await keeper.valid().catch(() => keeper.peek()));
    dispatch({ type: "RESTORED", user: tokens ? userFromIdToken(tokens.idToken) : null });
  })();

  const session = endSessionHere({
    clientId, transport, keeper, now,
    timeoutMs: config.signOutTimeoutMs ?? 5000,
    navigate: config.navigate ?? ((url) => globalThis.location.assign(url)),
    ended: signedOut,
    failed(error) {
      if (state.step === "signIn" && state.status !== "pending") dispatch({ type: "FAILED", error });
    },
  });

  return {
    getSnapshot: (): AuthState => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /**
     * Runs a command of an add-on step (verify-contact's, through `verifyContactOf(auth)`): ignored
     * unless the machine is at `step` and not pending; pending while `work` runs; the event it
     * returns (FAILED when it throws) goes through `transition()` unless a sign-out came first.
     */
    perform: run,
    /**
     * For sign-in add-ons: answers from `step` with `work(state, held, ctx)`, where `held` is the
     * challenge in play (Cognito's Session, private to the machine) and `ctx` the flow context. What
     * it returns follows as any sign-in step does (tokens stored, or the next challenge); ignored
     * unless the machine is at `step` and not pending.
     * @example auth.answer("confirmSignUp", (s, held, ctx) => signInWithSession(ctx, s.username))
     */
    answer,
    /** Move between the signed-out screens. */
    navigate: (to: "signIn" | "signUp" | "forgotPassword", username?: string) =>
      dispatch({ type: "NAVIGATE", to, username }),
    signIn: (input: { username: string; password: string }) =>
      answer("signIn", () => signInFlow.signIn(ctx, input), input.username),
    confirmSignIn: (input: { code: string }) =>
      answer("confirmSignIn", (_, held) => signInFlow.confirmSignIn(ctx, held, input.code)),
    selectMfaType: (input: { method: MfaMethod }) =>
      answer("selectMfaType", (_, held) => signInFlow.selectMfaType(ctx, held, input.method)),
    verifyTotpSetup: (input: { code: string; deviceName?: string }) =>
      answer("setupTotp", (_, held) => signInFlow.verifyTotpSetup(ctx, held, input.code, input.deviceName)),
    completeNewPassword: (input: { password: string; attributes?: Record<string, string> }) =>
      answer("newPasswordRequired", (_, held) => signInFlow.completeNewPassword(ctx, held, input.password, input.attributes ?? {})),
    signUp: (input: signUpFlow.SignUpInput) =>
      run("signUp", async () => ({ type: "SIGNED_UP", username: input.username, ...(await signUpFlow.signUp(ctx, input)) }), input.username),
    confirmSignUp: (input: { code: string }) =>
      run("confirmSignUp", async (s) => {
        await signUpFlow.confirmSignUp(ctx, s.username, input.code);
        return { type: "SIGN_UP_CONFIRMED", username: s.username };
      }),
    resendSignUpCode: () =>
      run("confirmSignUp", async (s) => ({ type: "CODE_SENT", username: s.username, delivery: await signUpFlow.resendSignUpCode(ctx, s.username) })),
    forgotPassword: (input: { username: string }) => run("forgotPassword", sendResetCode, input.username),
    resendForgotPasswordCode: () => run("confirmForgotPassword", sendResetCode),
    confirmForgotPassword: (input: { code: string; password: string }) =>
      run("confirmForgotPassword", async (s) => {
        await forgotFlow.confirmForgotPassword(ctx, s.username, input.code, input.password);
        return { type: "PASSWORD_RESET", username: s.username };
      }),
    /**
     * Signs out here and in every tab at once (tokens cleared, other tabs told), then revokes the
     * refresh token — or with `global`, ends every session of the user — waiting at most
     * `signOutTimeoutMs`; a hosted-UI session then ends at its /logout. Resolves `revoked: false`
     * when Cognito did not confirm; a failed global sign-out also shows on the sign-in step
     * (`error.code` "GlobalSignOutFailed"), and calling `signOut({ global: true })` again retries it.
     * `local: true` makes no request at all (for tokens known to be dead).
     */
    signOut: session.signOut,
    /**
     * Signs in with tokens obtained elsewhere, e.g. the hosted UI's code exchange: checked to be
     * this app client's, stored, and told to other tabs. `endSession` is a URL visited on sign-out.
     * @example await auth.adoptTokens({ idToken, accessToken, refreshToken }, { endSession: logoutUrl })
     */
    async adoptTokens(tokens: AdoptedTokens, options: { endSession?: string } = {}): Promise<AuthUser> {
      await restored;
      const user = checkAdoptable(tokens, clientId, options.endSession);
      const result = { IdToken: tokens.idToken, AccessToken: tokens.accessToken, RefreshToken: tokens.refreshToken };
      const event = await outcome({ kind: "tokens", result }, keeper.generation, options.endSession);
      if (event) dispatch(event);
      return user;
    },
    /** ID and access tokens, refreshed first when about to expire; null when signed out. */
    async getTokens() {
      const tokens = await keeper.valid();
      return tokens && { idToken: tokens.idToken, accessToken: tokens.accessToken };
    },
    /** The resolved settings other entries build on (account operations, hosted UI, the add-ons' own screens). */
    config: { userPoolId: config.userPoolId, userPoolClientId: clientId, transport, totpIssuer: ctx.totpIssuer, addOns } as const,
    /** Stops listening to other tabs (in Node nothing keeps the process alive anyway). */
    destroy: () => tabs.close(),
  };
}
