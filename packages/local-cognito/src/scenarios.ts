/** The seeded users: one per sign-in scenario the kit must handle. */
export type Scenario =
  | "confirmed"
  | "totpMfa"
  | "smsMfa"
  | "selectMfa"
  | "emailOtp"
  | "invited"
  | "unconfirmed"
  | "resetRequired"
  | "mfaSetup"
  /** Email and phone on file, neither verified: cannot recover the account (the verify-contact step). */
  | "unverifiedContact"
  /** TOTP MFA in the pool that remembers devices when the user asks (device tracking "user opt-in"). */
  | "rememberDevice";

export interface SeedUser {
  username: string;
  email: string;
  password: string;
  scenario: Scenario;
  phone?: string;
  /** Base32 TOTP secret, for users with an authenticator app set up. */
  totpSecret?: string;
  /** The pool the user lives in when it is not the main demo pool. */
  pool?: "mfaRequired" | "devices";
}

/** Passwords meet Cognito's default policy: 8+ characters, upper, lower, digit, symbol. */
export const SEED_USERS: readonly SeedUser[] = [
  { scenario: "confirmed", username: "demo-confirmed", email: "confirmed@example.com", password: "Confirmed-Pass-1!" },
  { scenario: "totpMfa", username: "demo-totp", email: "totp@example.com", password: "Totp-Pass-1!" },
  { scenario: "smsMfa", username: "demo-sms", email: "sms@example.com", password: "Sms-Pass-1!", phone: "+15555550101" },
  { scenario: "selectMfa", username: "demo-select-mfa", email: "select@example.com", password: "Select-Pass-1!", phone: "+15555550102" },
  { scenario: "emailOtp", username: "demo-email-otp", email: "email-otp@example.com", password: "Email-Otp-Pass-1!" },
  { scenario: "invited", username: "demo-invited", email: "invited@example.com", password: "Temp-Pass-1!" },
  { scenario: "unconfirmed", username: "demo-unconfirmed", email: "unconfirmed@example.com", password: "Unconfirmed-Pass-1!" },
  { scenario: "resetRequired", username: "demo-reset", email: "reset@example.com", password: "Reset-Pass-1!" },
  { scenario: "mfaSetup", username: "demo-mfa-setup", email: "mfa-setup@example.com", password: "Setup-Pass-1!", pool: "mfaRequired" },
  { scenario: "unverifiedContact", username: "demo-unverified", email: "unverified@example.com", password: "Unverified-Pass-1!", phone: "+15555550103" },
  { scenario: "rememberDevice", username: "demo-devices", email: "devices@example.com", password: "Devices-Pass-1!", pool: "devices" },
];
