/**
 * Signing in with a passkey: the `passkeys()` add-on turns Cognito's WEB_AUTHN challenge into the
 * machine's `webAuthn` step (its request options kept privately with the Session, never in the
 * snapshot), and `passkeySignInOf(auth)` runs the ceremony — from the sign-in step (USER_AUTH with
 * PREFERRED_CHALLENGE=WEB_AUTHN, then the assertion: two requests, no password) or from the
 * `webAuthn` step (use the passkey / try again).
 */
import { AuthFailure } from "../core/errors.js";
import type { ChallengeSession, FlowContext, SignInAddOn } from "../core/flows/context.js";
import { nextStep, respond, type SignInStep } from "../core/flows/sign-in.js";
import type { CognitoAuth } from "../core/store.js";
import { call, CognitoError } from "../core/transport/types.js";
import { getPasskey, passkeyError, passkeyFailure } from "./ceremony.js";

/** The challenge in play, with the request options of its WEB_AUTHN challenge (kept privately). */
type Held = ChallengeSession & { options?: string | undefined };

/** Challenges whose Session Cognito has refused once: a retry asks for a new challenge. */
const spent = new WeakSet<object>();

const webAuthnStep = (username: string, session: Held): SignInStep =>
  ({ kind: "challenge", username, challenge: { step: "webAuthn" }, session });

/** Tokens on their way from a passkey assertion; then whether the last sign-in (in this page) was one. */
let passkeyTokens = false;
let lastByPasskey = false;

/**
 * Whether the last sign-in on this page was with a passkey (the add-a-passkey prompt stays away then).
 * @example if (!signedInWithPasskey()) showPasskeyPrompt();
 */
export const signedInWithPasskey = () => lastByPasskey;

/** Cognito's WEB_AUTHN challenge → the `webAuthn` step; other steps unchanged. */
function translate(step: SignInStep): SignInStep | undefined {
  if (step.kind === "tokens") {
    lastByPasskey = passkeyTokens;
    passkeyTokens = false;
  }
  if (step.kind !== "challenge" || step.challenge !== null || step.answer?.ChallengeName !== "WEB_AUTHN") return undefined;
  const p = step.answer.ChallengeParameters ?? {};
  const username = p.USERNAME ?? step.username;
  return webAuthnStep(username, { username, session: step.answer.Session, name: "WEB_AUTHN", options: p.CREDENTIAL_REQUEST_OPTIONS });
}

/**
 * The add-on that lets the machine show Cognito's WEB_AUTHN challenge as the `webAuthn` step.
 * Pass it in `addOns`; `passkeySignInOf(auth)` then signs in with passkeys.
 * @example
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, addOns: [passkeys()] });
 */
export function passkeys(): SignInAddOn {
  return { step: translate };
}

/** The assertion for the challenge `held`, sent as WEB_AUTHN's CREDENTIAL. */
async function assert(ctx: FlowContext, held: Held): Promise<SignInStep> {
  const credential = await getPasskey(held.options!);
  try {
    const next = await respond(ctx, held, "WEB_AUTHN", { CREDENTIAL: JSON.stringify(credential) });
    passkeyTokens = next.kind === "tokens";
    return next;
  } catch (e) {
    spent.add(held);
    throw passkeyFailure(e, true);
  }
}

/** USER_AUTH preferring WEB_AUTHN; Cognito may answer with another step (tokens, another challenge). */
async function initiate(ctx: FlowContext, username: string): Promise<SignInStep> {
  try {
    const first = await call(ctx.transport, "InitiateAuth", {
      AuthFlow: "USER_AUTH", ClientId: ctx.clientId, AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: "WEB_AUTHN" },
    });
    // Cognito offers a choice instead when the user has no passkey (or WEB_AUTHN is not allowed for them).
    if (first.ChallengeName === "SELECT_CHALLENGE") throw passkeyError("PasskeyNone");
    const step = nextStep(first, username);
    return translate(step) ?? step;
  } catch (e) {
    if (e instanceof AuthFailure) throw e;
    // No passkey to ask for (the same answer for an unknown user: nothing is revealed).
    throw e instanceof CognitoError && e.code === "NotAuthorizedException" ? passkeyError("PasskeyNone") : passkeyFailure(e);
  }
}

const instances = new WeakMap<CognitoAuth, ReturnType<typeof create>>();

function create(auth: CognitoAuth) {
  /** A passkey failure after the sign-in step: shown on the `webAuthn` step, whose screen offers a retry. */
  let failure: unknown = null;
  const showFailure = async () => {
    const error = failure;
    failure = null;
    if (error) await auth.answer("webAuthn", () => Promise.reject(error));
  };
  /** Initiate, then the ceremony; a passkey failure lands on the `webAuthn` step (the challenge kept for a retry). */
  async function attempt(ctx: FlowContext, username: string, held?: Held): Promise<SignInStep> {
    let step: SignInStep = webAuthnStep(username, { username });
    try {
      step = held ? webAuthnStep(username, held) : await initiate(ctx, username);
      if (step.kind !== "challenge" || step.challenge?.step !== "webAuthn") return step;
      return await assert(ctx, step.session as Held);
    } catch (e) {
      if (!(e instanceof AuthFailure)) throw e;
      failure = e;
      return step.kind === "challenge" && !spent.has(step.session) ? step : webAuthnStep(username, { username });
    }
  }
  return {
    /** From the sign-in step: Cognito's passkey challenge for `username`, then the browser's passkey prompt. */
    async signIn(input: { username: string }) {
      await auth.answer("signIn", (_, __, ctx) => attempt(ctx, input.username), input.username);
      await showFailure();
    },
    /** From the `webAuthn` step: the passkey prompt (again; with a new challenge when Cognito refused the last). */
    async retry() {
      await auth.answer("webAuthn", (s, held: Held, ctx) => attempt(ctx, s.username, held.options && !spent.has(held) ? held : undefined));
      await showFailure();
    },
  };
}

/**
 * Passkey sign-in commands for a machine created with the `passkeys()` add-on (one set per machine).
 * @example
 * const passkey = passkeySignInOf(auth);
 * await passkey.signIn({ username: "ana@example.com" }); // from the sign-in step
 * await passkey.retry();                                  // from the webAuthn step
 */
export function passkeySignInOf(auth: CognitoAuth) {
  let instance = instances.get(auth);
  if (!instance) instances.set(auth, (instance = create(auth)));
  return instance;
}
