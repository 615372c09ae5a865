/**
 * A runtime validator of `AuthState` (src/core/types.ts): each step carries exactly its fields,
 * with the right types; status is idle/pending/error; the error has its shape and is present
 * exactly when status is "error". Returns the problems found (none for a valid state).
 */
import type { AuthState, StepName } from "../../src/index";

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === "string";
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const oneOf = (...values: readonly unknown[]): Check => (v) => values.includes(v);
const nullOr = (check: Check): Check => (v) => v === null || check(v);
const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const METHOD = oneOf("SMS", "TOTP", "EMAIL");
const CONTACT = oneOf("email", "phone_number");

/** An object with exactly `required` keys (and any of `optional`), each passing its check. */
function exact(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (v) =>
    isRecord(v) &&
    Object.entries(required).every(([k, check]) => k in v && check(v[k])) &&
    Object.keys(v).every((k) => (k in required ? true : k in optional && optional[k]!(v[k])));
}

const DELIVERY = exact({ medium: oneOf("SMS", "EMAIL"), destination: isString }, { attribute: isString });
const USER = exact(
  { username: isString, userId: isString, claims: isRecord },
  { email: isString, emailVerified: (v) => typeof v === "boolean", phoneNumber: isString },
);
const ERROR = exact({ code: isString, messageId: (v) => typeof v === "string" && v.startsWith("error.") }, {
  retryAfterMs: (v) => typeof v === "number" && Number.isFinite(v) && v > 0,
});
const STRING_RECORD: Check = (v) => isRecord(v) && Object.values(v).every(isString);

/** The fields of each step besides step, status and error. */
export const STEP_FIELDS: Record<StepName, Record<string, Check>> = {
  restoring: {},
  signIn: { username: isString },
  confirmSignIn: { username: isString, method: METHOD, destination: nullOr(isString) },
  selectMfaType: { username: isString, methods: arrayOf(METHOD) },
  setupTotp: { username: isString, secret: nullOr(isString), uri: nullOr(isString) },
  newPasswordRequired: { username: isString, requiredAttributes: arrayOf(isString), userAttributes: STRING_RECORD },
  selectChallenge: { username: isString, methods: arrayOf(oneOf("PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN")) },
  webAuthn: { username: isString },
  selectMfaSetup: { username: isString, methods: arrayOf(METHOD) },
  setupEmailMfa: { username: isString },
  signUp: { username: isString },
  confirmSignUp: { username: isString, delivery: nullOr(DELIVERY) },
  forgotPassword: { username: isString },
  confirmForgotPassword: { username: isString, delivery: nullOr(DELIVERY) },
  verifyContact: { user: USER, unverified: arrayOf(CONTACT), attribute: nullOr(CONTACT), delivery: nullOr(DELIVERY) },
  signedIn: { user: USER },
};

/**
 * Every way `value` is not a valid AuthState (empty when it is one).
 * @example expect(authStateProblems(auth.getSnapshot())).toEqual([])
 */
export function authStateProblems(value: unknown): string[] {
  if (!isRecord(value)) return ["not an object"];
  const step = value.step as StepName;
  const fields = STEP_FIELDS[step];
  if (!fields || !Object.hasOwn(STEP_FIELDS, step)) return [`unknown step ${JSON.stringify(value.step)}`];
  const problems: string[] = [];
  if (!oneOf("idle", "pending", "error")(value.status)) problems.push(`status ${JSON.stringify(value.status)}`);
  if (!nullOr(ERROR)(value.error)) problems.push(`error ${JSON.stringify(value.error)}`);
  if ((value.status === "error") !== (value.error !== null)) problems.push(`status ${String(value.status)} with error ${JSON.stringify(value.error)}`);
  for (const [key, check] of Object.entries(fields)) {
    if (!(key in value)) problems.push(`${step} lacks ${key}`);
    else if (!check(value[key])) problems.push(`${step}.${key} is ${JSON.stringify(value[key])}`);
  }
  for (const key of Object.keys(value)) {
    if (key !== "step" && key !== "status" && key !== "error" && !(key in fields)) problems.push(`${step} has a stray field ${key}`);
  }
  if (step === "setupTotp" && (value.secret === null) !== (value.uri === null)) problems.push("setupTotp: secret and uri not both set");
  return problems;
}

/** The state, typed, after checking it. */
export const isAuthState = (value: unknown): value is AuthState => authStateProblems(value).length === 0;
