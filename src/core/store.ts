/**
 * createCognitoAuth: the headless auth machine. getSnapshot / subscribe for any UI layer, and
 * commands that run flows and feed their outcome to the pure transition().
 */
import { AuthFailure, toAuthError } from "./errors.js";
import { acceptsInput, initialState, transition } from "./transition.js";
import { createSrpEphemeral, type SrpEphemeral } from "./srp/index.js";
import { fetchTransport } from "./transport/fetch-transport.js";
import { CognitoError, call, type Transport } from "./transport/types.js";
import { resolveStorage, tokenKeys, type StorageOption } from "./session/storage.js";
import { createSessionKeeper } from "./session/session-keeper.js";
import { createTabSync } from "./session/tab-sync.js";
import { userFromIdToken } from "./session/tokens.js";
import * as signInFlow from "./flows/sign-in.js";
import * as signUpFlow from "./flows/sign-up.js";
import { internals } from "./internals.js";
import type { AuthFlow, FlowContext } from "./flows/context.js";
import type { AuthError, AuthEvent, AuthState, MfaMethod, StepName } from "./types.js";

export interface CognitoAuthConfig {
  userPoolId: string;
  userPoolClientId: string;
  /** Derived from userPoolId ("eu-west-1_AbC…") when absent. */
  region?: string;
  /** Another Cognito endpoint, e.g. a local one. */
  endpoint?: string;
  /** "USER_SRP_AUTH" (default): the password never leaves the page. "USER_PASSWORD_AUTH" sends it. */
  authFlow?: AuthFlow;
  /** Where tokens live; default "localStorage" (memory where there is none). */
  storage?: StorageOption;
  /** Replace the network layer, e.g. sdkTransport(client) from "cognito-react-kit/sdk". */
  transport?: Transport;
  /** The issuer shown in authenticator apps. */
  totpIssuer?: string;
  /** @internal test seams */
  now?: () => number;
  /** @internal navigator.locks by default; null disables cross-tab locking. */
  locks?: Pick<LockManager, "request"> | null;
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
  const transport = config.transport ?? fetchTransport({
    region: config.region ?? config.userPoolId.split("_")[0] ?? "",
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
  });
  const storage = resolveStorage(config.storage);
  const clientId = config.userPoolClientId;
  const authFlow = config.authFlow ?? "USER_SRP_AUTH";
  let state: AuthState = initialState;
  let ephemeral: SrpEphemeral | null = null;
  const listeners = new Set<() => void>();

  const ctx: FlowContext = {
    clientId, userPoolId: config.userPoolId, authFlow,
    totpIssuer: config.totpIssuer ?? "Cognito", transport, now, challenge: {},
    ephemeral() {
      const used = ephemeral ?? createSrpEphemeral();
      ephemeral = null;
      return used;
    },
  };

  const keeper = createSessionKeeper({
    clientId, storage, transport, now,
    locks: config.locks === null ? undefined : config.locks ?? (globalThis.navigator as Navigator | undefined)?.locks,
    onEnded: () => dispatch({ type: "SIGNED_OUT" }),
  });
  const tabs = createTabSync(clientId, tokenKeys(clientId).lastAuthUser, (message) => {
    if (message === "signedOut") void keeper.clear().then(() => dispatch({ type: "SIGNED_OUT" }));
    else void keeper.restore().then((t) => {
      const user = t && userFromIdToken(t.idToken);
      if (user) dispatch({ type: "SIGNED_IN", user });
    });
  });

  function dispatch(event: AuthEvent) {
    const next = transition(state, event);
    if (next.state !== state) {
      state = next.state;
      for (const listener of listeners) listener();
    }
    for (const effect of next.effects) {
      if (effect === "clearChallenge") ctx.challenge = {};
      if (effect === "precomputeSrp" && authFlow === "USER_SRP_AUTH" && !ephemeral) {
        // Off the current task: entering the step stays instant, the submit pays only for S.
        setTimeout(() => (ephemeral ??= createSrpEphemeral()), 0);
      }
      if (effect === "associateTotp") {
        signInFlow.associateTotp(ctx).then(
          ({ secret, uri }) => dispatch({ type: "TOTP_SECRET", secret, uri }),
          (e: unknown) => dispatch({ type: "FAILED", error: errorOf(e) }),
        );
      }
    }
  }

  async function signedIn(step: signInFlow.SignInStep): Promise<AuthEvent> {
    if (step.kind === "challenge") return { type: "CHALLENGED", username: step.username, challenge: step.challenge };
    const tokens = await keeper.store(step.result);
    tabs.post("signedIn");
    return { type: "SIGNED_IN", user: userFromIdToken(tokens.idToken)! };
  }

  /** Runs a step's command: ignored unless the step matches and is not already pending. */
  async function run<S extends StepName>(
    step: S,
    work: (s: Extract<AuthState, { step: S }>) => Promise<AuthEvent | null>,
    username?: string,
  ) {
    const current = state;
    if (current.step !== step || !acceptsInput(current)) return;
    dispatch({ type: "SUBMIT", username });
    try {
      const event = await work(current as Extract<AuthState, { step: S }>);
      if (event) dispatch(event);
    } catch (e) {
      dispatch({ type: "FAILED", error: errorOf(e) });
    }
  }

  // Restore: a valid session costs no request; an expired one, one refresh.
  void (async () => {
    let tokens = await keeper.restore();
    if (!tokens) tokens = await keeper.valid().catch(() => keeper.peek());
    dispatch({ type: "RESTORED", user: tokens ? userFromIdToken(tokens.idToken) : null });
  })();


  async function signOutLocally() {
    await keeper.clear();
    tabs.post("signedOut");
    dispatch({ type: "SIGNED_OUT" });
  }

  const api = {
    getSnapshot: (): AuthState => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Move between the signed-out screens. */
    navigate: (to: "signIn" | "signUp" | "forgotPassword", username?: string) =>
      dispatch({ type: "NAVIGATE", to, username }),
    signIn: (input: { username: string; password: string }) =>
      run("signIn", async () => signedIn(await signInFlow.signIn(ctx, input)), input.username),
    confirmSignIn: (input: { code: string }) =>
      run("confirmSignIn", async (s) => signedIn(await signInFlow.confirmSignIn(ctx, s.method, input.code))),
    selectMfaType: (input: { method: MfaMethod }) =>
      run("selectMfaType", async () => signedIn(await signInFlow.selectMfaType(ctx, input.method))),
    verifyTotpSetup: (input: { code: string; deviceName?: string }) =>
      run("setupTotp", async () => signedIn(await signInFlow.verifyTotpSetup(ctx, input.code, input.deviceName))),
    completeNewPassword: (input: { password: string; attributes?: Record<string, string> }) =>
      run("newPasswordRequired", async () => signedIn(await signInFlow.completeNewPassword(ctx, input.password, input.attributes ?? {}))),
    signUp: (input: signUpFlow.SignUpInput) =>
      run("signUp", async () => ({ type: "SIGNED_UP", username: input.username, ...(await signUpFlow.signUp(ctx, input)) }), input.username),
    confirmSignUp: (input: { code: string }) =>
      run("confirmSignUp", async (s) => {
        await signUpFlow.confirmSignUp(ctx, s.username, input.code);
        return { type: "SIGN_UP_CONFIRMED", username: s.username };
      }),
    resendSignUpCode: () =>
      run("confirmSignUp", async (s) => ({ type: "CODE_SENT", username: s.username, delivery: await signUpFlow.resendSignUpCode(ctx, s.username) })),
    forgotPassword: (input: { username: string }) =>
      run("forgotPassword", async () => ({ type: "CODE_SENT", username: input.username, delivery: await signUpFlow.forgotPassword(ctx, input.username) }), input.username),
    resendForgotPasswordCode: () =>
      run("confirmForgotPassword", async (s) => ({ type: "CODE_SENT", username: s.username, delivery: await signUpFlow.forgotPassword(ctx, s.username) })),
    confirmForgotPassword: (input: { code: string; password: string }) =>
      run("confirmForgotPassword", async (s) => {
        await signUpFlow.confirmForgotPassword(ctx, s.username, input.code, input.password);
        return { type: "PASSWORD_RESET", username: s.username };
      }),
    /**
     * Signs out: revokes the refresh token (or, with `global`, every session of the user), then
     * clears local tokens even if the request failed, and tells other tabs.
     */
    async signOut(options: { global?: boolean } = {}): Promise<{ revoked: boolean }> {
      let revoked = true;
      try {
        const tokens = options.global ? await keeper.valid() : keeper.peek() ?? (await keeper.restore());
        if (tokens && options.global) await call(transport, "GlobalSignOut", { AccessToken: tokens.accessToken });
        else if (tokens?.refreshToken) await call(transport, "RevokeToken", { Token: tokens.refreshToken, ClientId: clientId });
      } catch {
        revoked = false;
      }
      await signOutLocally();
      return { revoked };
    },
    /** ID and access tokens, refreshed first when about to expire; null when signed out. */
    async getTokens() {
      const tokens = await keeper.valid();
      return tokens && { idToken: tokens.idToken, accessToken: tokens.accessToken };
    },
    /** fetch with `Authorization: Bearer <access token>`, refreshing first when needed. */
    async fetch(input: RequestInfo | URL, init: RequestInit = {}) {
      const tokens = await keeper.valid();
      if (!tokens) throw new AuthFailure(toAuthError("NotAuthorizedException"));
      const headers = new Headers(init.headers);
      headers.set("authorization", `Bearer ${tokens.accessToken}`);
      return fetch(input, { ...init, headers });
    },
    /** Stops listening to other tabs. */
    destroy: () => tabs.close(),
  };
  internals.set(api, { ctx, keeper, signOutLocally });
  return api;
}
