/**
 * The real machine on a scripted transport, brought to the step a story or a test shows by the
 * same commands an app calls (`signIn`, `navigate`, …) — not by forging its state.
 */
import type { ComponentType, ReactElement, ReactNode } from "react";
import { createCognitoAuth, type CognitoAuth } from "../core/store.js";
import { memoryStorage } from "../core/session/storage.js";
import type { AuthState, MfaMethod, StepName } from "../core/types.js";
import { CognitoAuthProvider } from "../react/hooks.js";
import { AuthUIProvider, type AuthUIOptions } from "../ui/context.js";
import { challenge, signedIn, type Answer, type SignedInUser } from "./answers.js";
import { scriptedTransport, type Script, type ScriptedTransport } from "./scripted-transport.js";

/** The user scripted sign-ins use (any password is "right" unless the script says otherwise). */
export const TEST_USER = { username: "ana", password: "Correct-Horse-1!" } as const;

/**
 * Resolves when the machine reaches a state that satisfies `predicate`, or after `timeoutMs`
 * (default 3000) whatever its state.
 *
 * @example
 * void auth.signIn(TEST_USER);
 * await settle(auth, (s) => s.step === "confirmSignIn");
 */
export function settle(auth: CognitoAuth, predicate: (s: AuthState) => boolean, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      if (!predicate(auth.getSnapshot())) return;
      finish();
    };
    const unsubscribe = auth.subscribe(done);
    const timer = setTimeout(() => finish(), timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    done();
  });
}

/**
 * A machine on a scripted transport (or on `script` itself when it is one), in memory, past
 * restoring; then taken through `setup` and awaited until `until` holds (default: not pending,
 * or TOTP set-up reached).
 *
 * @example
 * const auth = await prepareAuth({ afterPassword: challenge("SMS") }, (a) => a.signIn(TEST_USER));
 * auth.getSnapshot().step; // "confirmSignIn"
 */
export async function prepareAuth(
  script: Script | ScriptedTransport = {},
  setup?: (auth: CognitoAuth) => unknown,
  until: (s: AuthState) => boolean = (s) => s.status !== "pending" || s.step === "setupTotp",
): Promise<CognitoAuth> {
  const auth = createCognitoAuth({
    // A client id of its own: machines of one client id talk across tabs (BroadcastChannel), and
    // a story's machine must not hear the previous story's, the docs page's other stories', or
    // another Storybook tab's (they signed it in or out at random).
    userPoolId: "eu-west-1_Scripted", userPoolClientId: `scripted-client-${Math.random().toString(36).slice(2)}`, storage: memoryStorage(), locks: null,
    transport: "send" in script ? script : scriptedTransport(script),
  });
  await settle(auth, (s) => s.step !== "restoring");
  if (setup) {
    void setup(auth);
    await settle(auth, until);
    // Let effects the step started (e.g. a profile load) land before the screen renders.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return auth;
}

/** What each step `authIn` reaches can be told. */
export interface AuthInOptions {
  /** More answers, over the step's own (e.g. `{ operations: { GetUser: … } }`). */
  script?: Script;
  /** Your own transport instead (e.g. to read `transport.requests` afterwards); `script` is then ignored. */
  transport?: ScriptedTransport;
  /** The username typed (default "ana"). */
  username?: string;
  /** confirmSignIn: the MFA method asked for (default "TOTP"). */
  method?: MfaMethod;
  /** confirmSignIn, confirmSignUp, confirmForgotPassword: where the code went, masked. */
  destination?: string;
  /** selectMfaType: the methods offered (default SMS and TOTP). */
  methods?: readonly MfaMethod[];
  /** setupTotp: the secret Cognito issues (base32). */
  secret?: string;
  /** newPasswordRequired: attributes Cognito requires, e.g. ["name"]. */
  requiredAttributes?: readonly string[];
  /** signedIn: who (email, groups, claims). */
  user?: SignedInUser;
}

const COGNITO_MFA: Record<MfaMethod, string> = { SMS: "SMS_MFA", TOTP: "SOFTWARE_TOKEN_MFA", EMAIL: "EMAIL_OTP" };
const masked = (method: MfaMethod) => (method === "SMS" ? "+*******0101" : "a***@e***.com");

/** The step's own answers and the commands that reach it. */
function plan(step: StepName, o: AuthInOptions): { answers: Script; setup?: (auth: CognitoAuth) => Promise<unknown> } {
  const username = o.username ?? TEST_USER.username;
  const signIn = (a: CognitoAuth) => a.signIn({ username, password: TEST_USER.password });
  const delivery = { DeliveryMedium: "EMAIL", Destination: o.destination ?? "a***@e***.com", AttributeName: "email" };
  const after = (afterPassword: Answer, operations: Script["operations"] = {}) => ({ answers: { afterPassword, operations }, setup: signIn });
  switch (step) {
    case "signIn":
      return { answers: {} };
    case "signUp":
    case "forgotPassword":
      return { answers: {}, setup: async (a) => a.navigate(step, o.username) };
    case "confirmSignUp":
      return {
        answers: { operations: { SignUp: { UserConfirmed: false, UserSub: "4f1c-demo", CodeDeliveryDetails: delivery } } },
        setup: async (a) => {
          a.navigate("signUp");
          await a.signUp({ username, password: TEST_USER.password, attributes: { email: `${username}@example.com` } });
        },
      };
    case "confirmForgotPassword":
      return {
        answers: { operations: { ForgotPassword: { CodeDeliveryDetails: delivery } } },
        setup: async (a) => {
          a.navigate("forgotPassword");
          await a.forgotPassword({ username });
        },
      };
    case "confirmSignIn": {
      const method = o.method ?? "TOTP";
      return after(challenge(method, method === "TOTP" ? {} : { CODE_DELIVERY_DESTINATION: o.destination ?? masked(method) }));
    }
    case "selectMfaType":
      return after(challenge("SELECT_MFA", { MFAS_CAN_CHOOSE: JSON.stringify((o.methods ?? ["SMS", "TOTP"]).map((m) => COGNITO_MFA[m])) }));
    case "setupTotp":
      return after(challenge("MFA_SETUP"), { AssociateSoftwareToken: { SecretCode: o.secret ?? "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", Session: "scripted-session-2" } });
    case "newPasswordRequired":
      return after(challenge("NEW_PASSWORD", { requiredAttributes: JSON.stringify((o.requiredAttributes ?? []).map((a) => `userAttributes.${a}`)) }));
    case "signedIn":
      return after(signedIn({ username, ...o.user }));
    default:
      throw new Error(`authIn: "${step}" is not a step a machine can be brought to`);
  }
}

/**
 * A machine in `step`, reached on a scripted transport by the commands an app would call: e.g.
 * `authIn("confirmSignIn", { method: "SMS" })` signs in and gets Cognito's SMS challenge. Rejects
 * (saying where it got instead) when the script keeps it from reaching `step`.
 *
 * @example
 * const auth = await authIn("signedIn", { user: { email: "ana@example.com", groups: ["admin"] } });
 * render(withAuth(auth, {}, <AccountPage />));
 */
export async function authIn(step: Exclude<StepName, "restoring">, options: AuthInOptions = {}): Promise<CognitoAuth> {
  const { answers, setup } = plan(step, options);
  const { script = {} } = options;
  const transport = options.transport ?? scriptedTransport({
    ...answers, ...script,
    operations: { ...answers.operations, ...script.operations },
    challenges: { ...answers.challenges, ...script.challenges },
  });
  const reached = (s: AuthState) => s.step === step && (s.step !== "setupTotp" || s.secret !== null || s.error !== null);
  const auth = await prepareAuth(transport, setup, (s) => reached(s) || (s.status !== "pending" && s.step !== "restoring" && s.error !== null));
  const state = auth.getSnapshot();
  if (state.step !== step) {
    auth.destroy();
    throw new Error(`authIn("${step}"): the machine got to "${state.step}"${state.error ? ` with ${state.error.code}` : ""} instead; check the script's answers`);
  }
  return auth;
}

/**
 * A Storybook loader giving `{ auth }`: the machine `authIn(step, options)` reaches, for
 * `authDecorator` (or your render) to provide.
 *
 * @example
 * export const Sms: Story = { loaders: [authLoader("confirmSignIn", { method: "SMS" })] };
 */
export function authLoader(step: Exclude<StepName, "restoring">, options?: AuthInOptions): () => Promise<{ auth: CognitoAuth }> {
  return async () => ({ auth: await authIn(step, options) });
}

/**
 * The providers the kit's hooks and screens read: the machine and the UI options.
 *
 * @example
 * render(withAuth(await authIn("signIn"), { colorScheme: "dark" }, <SignIn />));
 */
export function withAuth(auth: CognitoAuth, ui: AuthUIOptions, children: ReactNode): ReactElement {
  return (
    <CognitoAuthProvider auth={auth}>
      <AuthUIProvider {...ui}>{children}</AuthUIProvider>
    </CognitoAuthProvider>
  );
}

/** What `authDecorator` reads of a Storybook story context (no Storybook import needed). */
export interface AuthStoryContext {
  loaded: Record<string, unknown>;
  parameters: { authUI?: AuthUIOptions } & Record<string, unknown>;
}

/**
 * A Storybook decorator: the story inside the providers, for the machine its loader prepared
 * (`authLoader`, or any loader returning `{ auth }`), with `parameters.authUI` as UI options.
 *
 * @example
 * // .storybook/preview.tsx, or a story file's meta:
 * const meta = { component: CheckoutPage, decorators: [authDecorator], loaders: [authLoader("signedIn")] };
 */
export function authDecorator(Story: ComponentType, context: AuthStoryContext): ReactElement {
  const auth = context.loaded.auth as CognitoAuth | undefined;
  if (!auth) throw new Error("authDecorator: no `auth` was loaded; add `loaders: [authLoader(step)]` to the story or its meta");
  return withAuth(auth, context.parameters.authUI ?? {}, <Story />);
}
