/**
 * The config file: user pools, their app clients and seed users, in a small JSON shape (or the
 * same object from TypeScript). Checked field by field, so a typo is an error that names it.
 */
import { readFileSync } from "node:fs";

export type MfaMethod = "TOTP" | "SMS" | "EMAIL";
/** A first factor of choice-based sign-in (USER_AUTH); PASSWORD covers plain and SRP passwords. */
export type FirstAuthFactor = "PASSWORD" | "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN";

export interface PasswordPolicyConfig {
  minimumLength?: number;
  requireUppercase?: boolean;
  requireLowercase?: boolean;
  requireNumbers?: boolean;
  requireSymbols?: boolean;
  temporaryPasswordValidityDays?: number;
}

export interface AttributeConfig {
  /** A standard attribute ("name", "phone_number", …) or "custom:<name>". */
  name: string;
  type?: "String" | "Number" | "DateTime" | "Boolean";
  required?: boolean;
  mutable?: boolean;
}

export interface ClientConfig {
  name: string;
  /**
   * Sign-in flows the client allows (default SRP and refresh; "USER_PASSWORD_AUTH" to send passwords;
   * "USER_AUTH" for choice-based sign-in with the pool's `allowedFirstAuthFactors`).
   */
  authFlows?: ("USER_SRP_AUTH" | "USER_PASSWORD_AUTH" | "REFRESH_TOKEN_AUTH" | "USER_AUTH")[];
  /** The hosted UI (authorization code grant with PKCE) back to these URLs. */
  hostedUi?: { callbackUrls: string[]; logoutUrls?: string[]; scopes?: string[] };
  /** Token lifetimes: access and ID tokens in minutes (default 60), refresh tokens in days (default 30). */
  tokenValidity?: { accessMinutes?: number; idMinutes?: number; refreshDays?: number };
  /** Cognito's PreventUserExistenceErrors (default true: an unknown user reads as a wrong password). */
  preventUserExistenceErrors?: boolean;
}

export interface UserConfig {
  username: string;
  /** Absent: a passwordless user (the pool must allow EMAIL_OTP or SMS_OTP), who signs in with codes. */
  password?: string;
  email?: string;
  /** E.164, e.g. "+15555550101". */
  phone?: string;
  /** More attributes, e.g. { name: "Ana", "custom:plan": "pro" }. */
  attributes?: Record<string, string>;
  /**
   * CONFIRMED (default); UNCONFIRMED (signed up, code not entered); FORCE_CHANGE_PASSWORD (invited:
   * `password` is the temporary one); RESET_REQUIRED (an admin reset the password).
   */
  status?: "CONFIRMED" | "UNCONFIRMED" | "FORCE_CHANGE_PASSWORD" | "RESET_REQUIRED";
  /** MFA set up for the user; the first is preferred. TOTP gets a secret, listed in the outputs. */
  mfa?: MfaMethod[];
  groups?: string[];
}

export interface PoolConfig {
  name: string;
  /** Cognito's default when absent: 8 characters with upper, lower, digit and symbol. */
  passwordPolicy?: PasswordPolicyConfig;
  mfa?: "OFF" | "OPTIONAL" | "ON";
  /**
   * Device tracking (Cognito's DeviceConfiguration): "always" remembers every confirmed device,
   * "userOptIn" remembers one when the user asks (UpdateDeviceStatus), "off" (default) tracks none.
   * A remembered device skips MFA at the next sign-in (DEVICE_SRP_AUTH).
   */
  devices?: "always" | "userOptIn" | "off";
  /** Sign in with a verified email / phone / preferred username besides the username. */
  aliases?: ("email" | "phone_number" | "preferred_username")[];
  /** Or: email / phone number as the username itself. */
  usernameAttributes?: ("email" | "phone_number")[];
  /** Attributes verified by a code at sign-up (default ["email"]). */
  autoVerify?: ("email" | "phone_number")[];
  /** The schema beyond Cognito's standard attributes, or to make one required. */
  attributes?: AttributeConfig[];
  clients: ClientConfig[];
  users?: UserConfig[];
  /**
   * The sign-in policy's first factors for choice-based sign-in (USER_AUTH), Cognito's
   * `AllowedFirstAuthFactors` (default ["PASSWORD"]). Cognito requires PASSWORD in the list.
   */
  allowedFirstAuthFactors?: FirstAuthFactor[];
  /** Email MFA for the pool (SetUserPoolMfaConfig's EmailMfaConfiguration): users can set it up in MFA_SETUP. */
  emailMfa?: boolean;
  /** Passkeys' relying party (SetUserPoolMfaConfig's WebAuthnConfiguration), e.g. { relyingPartyId: "localhost" }. */
  webAuthn?: { relyingPartyId: string; userVerification?: "required" | "preferred" };
}

export interface LocalCognitoConfig {
  pools: PoolConfig[];
}

type Check = (value: unknown, path: string) => void;
const fail = (path: string, wanted: string, value: unknown): never => {
  throw new Error(`local-cognito config: ${path} should be ${wanted}, got ${JSON.stringify(value)}`);
};
const str: Check = (v, p) => void (typeof v === "string" && v.length > 0 ? v : fail(p, "a non-empty string", v));
const bool: Check = (v, p) => void (typeof v === "boolean" || fail(p, "true or false", v));
const int: Check = (v, p) => void (Number.isInteger(v) && (v as number) > 0 ? v : fail(p, "a positive integer", v));
const oneOf = (...values: string[]): Check => (v, p) => void (values.includes(v as string) || fail(p, `one of ${values.join(", ")}`, v));
const list = (each: Check): Check => (v, p) => (Array.isArray(v) ? v.forEach((item, i) => each(item, `${p}[${i}]`)) : fail(p, "a list", v));
const record = (each: Check): Check => (v, p) => {
  if (!v || typeof v !== "object" || Array.isArray(v)) fail(p, "an object", v);
  for (const [key, item] of Object.entries(v as object)) each(item, `${p}.${key}`);
};
function shape(fields: Record<string, Check>, required: string[] = []): Check {
  return (v, p) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) fail(p, "an object", v);
    const object = v as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (!(key in fields)) throw new Error(`local-cognito config: ${p}.${key} is not a setting (known: ${Object.keys(fields).join(", ")})`);
    }
    for (const key of required) if (object[key] === undefined) throw new Error(`local-cognito config: ${p}.${key} is required`);
    for (const [key, check] of Object.entries(fields)) if (object[key] !== undefined) check(object[key], `${p}.${key}`);
  };
}

const client = shape({
  name: str,
  authFlows: list(oneOf("USER_SRP_AUTH", "USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH", "USER_AUTH")),
  hostedUi: shape({ callbackUrls: list(str), logoutUrls: list(str), scopes: list(str) }, ["callbackUrls"]),
  tokenValidity: shape({ accessMinutes: int, idMinutes: int, refreshDays: int }),
  preventUserExistenceErrors: bool,
}, ["name"]);

const user = shape({
  username: str, password: str, email: str, phone: (v, p) => void (typeof v === "string" && /^\+\d{6,15}$/.test(v) ? v : fail(p, "an E.164 number like +15555550101", v)),
  attributes: record(str), status: oneOf("CONFIRMED", "UNCONFIRMED", "FORCE_CHANGE_PASSWORD", "RESET_REQUIRED"),
  mfa: list(oneOf("TOTP", "SMS", "EMAIL")), groups: list(str),
}, ["username"]);

const pool = shape({
  name: str,
  passwordPolicy: shape({
    minimumLength: int, requireUppercase: bool, requireLowercase: bool, requireNumbers: bool, requireSymbols: bool, temporaryPasswordValidityDays: int,
  }),
  mfa: oneOf("OFF", "OPTIONAL", "ON"),
  devices: oneOf("always", "userOptIn", "off"),
  aliases: list(oneOf("email", "phone_number", "preferred_username")),
  usernameAttributes: list(oneOf("email", "phone_number")),
  autoVerify: list(oneOf("email", "phone_number")),
  attributes: list(shape({ name: str, type: oneOf("String", "Number", "DateTime", "Boolean"), required: bool, mutable: bool }, ["name"])),
  clients: list(client),
  users: list(user),
  allowedFirstAuthFactors: list(oneOf("PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN")),
  emailMfa: bool,
  webAuthn: shape({ relyingPartyId: str, userVerification: oneOf("required", "preferred") }, ["relyingPartyId"]),
}, ["name", "clients"]);

/**
 * `raw` checked as a config: every unknown or misspelt setting, missing field or wrong value is an
 * error naming its path (e.g. `pools[0].clients[1].authFlows[0]`).
 *
 * @example
 * const config = validateConfig(JSON.parse(readFileSync("local-cognito.json", "utf8")));
 */
export function validateConfig(raw: unknown): LocalCognitoConfig {
  shape({ $schema: str, pools: list(pool) }, ["pools"])(raw, "config");
  const config = raw as LocalCognitoConfig;
  const names = new Set<string>();
  for (const [i, p] of config.pools.entries()) {
    if (names.has(p.name)) throw new Error(`local-cognito config: pools[${i}].name "${p.name}" is used twice`);
    names.add(p.name);
    if (p.clients.length === 0) throw new Error(`local-cognito config: pools[${i}].clients needs at least one app client`);
    if (p.aliases?.length && p.usernameAttributes?.length) {
      throw new Error(`local-cognito config: pools[${i}] has both aliases and usernameAttributes; Cognito allows one or the other`);
    }
    const factors = p.allowedFirstAuthFactors;
    if (factors && !factors.includes("PASSWORD")) {
      throw new Error(`local-cognito config: pools[${i}].allowedFirstAuthFactors must include "PASSWORD"; Cognito requires it`);
    }
    const passwordless = factors?.includes("EMAIL_OTP") || factors?.includes("SMS_OTP");
    for (const [j, u] of (p.users ?? []).entries()) {
      if (u.password === undefined && !passwordless) {
        throw new Error(`local-cognito config: pools[${i}].users[${j}] has no password, but the pool allows no passwordless sign-in (add "EMAIL_OTP" or "SMS_OTP" to allowedFirstAuthFactors)`);
      }
      if (u.password === undefined && !u.email && !u.phone) {
        throw new Error(`local-cognito config: pools[${i}].users[${j}] has no password and no email or phone to send sign-in codes to`);
      }
      if (u.password === undefined && u.status !== undefined && u.status !== "CONFIRMED" && u.status !== "UNCONFIRMED") {
        throw new Error(`local-cognito config: pools[${i}].users[${j}] has no password, so its status can only be CONFIRMED or UNCONFIRMED`);
      }
      if (u.mfa?.includes("SMS") && !u.phone) throw new Error(`local-cognito config: pools[${i}].users[${j}] has SMS MFA but no phone`);
      if (u.mfa?.includes("EMAIL") && !u.email) throw new Error(`local-cognito config: pools[${i}].users[${j}] has email MFA but no email`);
    }
  }
  return config;
}

/**
 * A config file read and checked.
 *
 * @example
 * const config = readConfig("local-cognito.json");
 */
export function readConfig(path: string): LocalCognitoConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`local-cognito config: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return validateConfig(raw);
}
