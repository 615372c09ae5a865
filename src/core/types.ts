/**
 * The auth machine's vocabulary: ONE state union on `step`, a closed event union, typed errors.
 * Raw Cognito names (SOFTWARE_TOKEN_MFA, …) never appear here; flows translate at the edge.
 */

export type AuthStatus = "idle" | "pending" | "error";

/** An MFA method as the user knows it. */
export type MfaMethod = "SMS" | "TOTP" | "EMAIL";

/** A first factor of choice-based sign-in (Cognito's USER_AUTH); PASSWORD is SRP unless the app opted out. */
export type SignInMethod = "PASSWORD" | "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN";

/** A failure the UI can show: `code` is the Cognito exception name (or a local code). */
export interface AuthError {
  code: string;
  /** Key into the message dictionaries, e.g. "error.CodeMismatch". */
  messageId: `error.${string}`;
  /** For throttling: milliseconds until a retry makes sense (drives a countdown). */
  retryAfterMs?: number;
}

/** Where a code was sent, masked as Cognito returns it (e.g. "a***@e***.com"). */
export interface CodeDelivery {
  medium: "SMS" | "EMAIL";
  destination: string;
  attribute?: string;
}

/** The signed-in user, read from the ID token's claims (no request). */
export interface AuthUser {
  /** Cognito's internal username (`cognito:username`). */
  username: string;
  /** The stable user id (`sub`). */
  userId: string;
  email?: string;
  emailVerified?: boolean;
  phoneNumber?: string;
  /** Every claim of the ID token, for custom attributes and groups. */
  claims: Readonly<Record<string, unknown>>;
}

/** An attribute Cognito sends account-recovery codes to. */
export type ContactAttribute = "email" | "phone_number";

type Step<Name extends string, Fields = object> = {
  readonly step: Name;
  readonly status: AuthStatus;
  readonly error: AuthError | null;
} & Readonly<Fields>;

export type AuthState =
  | Step<"restoring">
  | Step<"signIn", { username: string }>
  /** `firstFactor`: a one-time code as the first factor (choice-based sign-in), not an MFA after a password. */
  | Step<"confirmSignIn", { username: string; method: MfaMethod; destination: string | null; firstFactor?: boolean }>
  | Step<"selectMfaType", { username: string; methods: readonly MfaMethod[] }>
  | Step<"setupTotp", { username: string; secret: string | null; uri: string | null }>
  | Step<"newPasswordRequired", { username: string; requiredAttributes: readonly string[]; userAttributes: Readonly<Record<string, string>> }>
  /** Choice-based sign-in (an add-on): the first factors this user may pick from. */
  | Step<"selectChallenge", { username: string; methods: readonly SignInMethod[] }>
  /** A passkey ceremony is due (an add-on): the screen offers to use the passkey, or try again. */
  | Step<"webAuthn", { username: string }>
  /** MFA set-up offering more than an authenticator app (an add-on): the methods to pick from. */
  | Step<"selectMfaSetup", { username: string; methods: readonly MfaMethod[] }>
  /** Email MFA set-up (an add-on): the address to send the code to; the code then comes as `confirmSignIn`. */
  | Step<"setupEmailMfa", { username: string }>
  | Step<"signUp", { username: string }>
  | Step<"confirmSignUp", { username: string; delivery: CodeDelivery | null }>
  | Step<"forgotPassword", { username: string }>
  | Step<"confirmForgotPassword", { username: string; delivery: CodeDelivery | null }>
  /**
   * Signed in (tokens stored) with no verified email or phone: the optional, skippable step of
   * `verifyContactStep` (off unless configured). `attribute` is the one a code went to (null while
   * choosing), `delivery` where Cognito says it went.
   */
  | Step<"verifyContact", { user: AuthUser; unverified: readonly ContactAttribute[]; attribute: ContactAttribute | null; delivery: CodeDelivery | null }>
  | Step<"signedIn", { user: AuthUser }>;

export type StepName = AuthState["step"];
export type StateOf<S extends StepName> = Extract<AuthState, { step: S }>;

/** What Cognito asked for next, already translated out of Cognito's names: the step's own fields. */
export type Challenge =
  | { step: "confirmSignIn"; method: MfaMethod; destination: string | null; firstFactor?: boolean }
  | { step: "selectMfaType"; methods: readonly MfaMethod[] }
  | { step: "setupTotp"; secret: null; uri: null }
  | { step: "newPasswordRequired"; requiredAttributes: readonly string[]; userAttributes: Readonly<Record<string, string>> }
  | { step: "selectChallenge"; methods: readonly SignInMethod[] }
  | { step: "webAuthn" }
  | { step: "selectMfaSetup"; methods: readonly MfaMethod[] }
  | { step: "setupEmailMfa" };

export type AuthEvent =
  | { type: "RESTORED"; user: AuthUser | null }
  | { type: "NAVIGATE"; to: "signIn" | "signUp" | "forgotPassword"; username?: string }
  /** A validated submit; `username` is kept where the step has one (never a secret). */
  | { type: "SUBMIT"; username?: string }
  /** `delivery`: where the code of a forced password reset has already gone (null: none sent). */
  | { type: "FAILED"; error: AuthError; delivery?: CodeDelivery | null }
  | { type: "CHALLENGED"; username: string; challenge: Challenge }
  | { type: "TOTP_SECRET"; secret: string; uri: string }
  /** Tokens are stored; `state`: the verify-contact step to show first (entered, or updated by its commands). */
  | { type: "SIGNED_IN"; user: AuthUser; state?: StateOf<"verifyContact"> | null }
  | { type: "SIGNED_UP"; username: string; delivery: CodeDelivery | null; confirmed: boolean }
  | { type: "SIGN_UP_CONFIRMED"; username: string }
  | { type: "CODE_SENT"; username: string; delivery: CodeDelivery | null }
  | { type: "PASSWORD_RESET"; username: string }
  | { type: "SIGNED_OUT" };

/** Work the store performs after a transition; the reducer only describes it. */
export type AuthEffect = "precomputeSrp" | "associateTotp" | "clearChallenge";

export interface Transition {
  state: AuthState;
  effects: readonly AuthEffect[];
}
