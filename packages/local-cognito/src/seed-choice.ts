/**
 * The demo preset's pools for choice-based sign-in, provisioned from a config like any app's:
 * a passwordless pool (email and SMS codes, passkeys, passwords; client with ALLOW_USER_AUTH)
 * with a user who has only an email, one with a phone, and one with a password too; and a pool
 * that requires MFA and offers email MFA, with a user who has not set MFA up yet. A passkey user
 * is made by the tests themselves, through registration.
 */
import type { CognitoStack } from "./front";
import type { LocalCognitoConfig } from "./config";
import { provision, type ProvisionedPool } from "./provision";

/** The choice-based sign-in scenarios (see README: "Demo users"). */
export type ChoiceScenario = "otpEmailOnly" | "otpPhone" | "choice" | "emailMfaSetup";

/** A seeded user of the choice-based pools: passwordless users have no password. */
export interface ChoiceDemoUser {
  username: string;
  email: string;
  password?: string;
  phone?: string;
  scenario: ChoiceScenario;
}

/** A demo pool for choice-based sign-in: its ids and users. */
export interface ChoiceDemoPool {
  userPoolId: string;
  userPoolClientId: string;
  users: ChoiceDemoUser[];
}

export const PASSWORDLESS_POOL = "cognito-react-kit-passwordless";
export const EMAIL_MFA_POOL = "cognito-react-kit-email-mfa-required";

export const CHOICE_USERS: Record<typeof PASSWORDLESS_POOL | typeof EMAIL_MFA_POOL, readonly ChoiceDemoUser[]> = {
  [PASSWORDLESS_POOL]: [
    { scenario: "otpEmailOnly", username: "demo-otp-email", email: "otp-email@example.com" },
    { scenario: "otpPhone", username: "demo-otp-phone", email: "otp-phone@example.com", phone: "+15555550104" },
    { scenario: "choice", username: "demo-choice", email: "choice@example.com", password: "Choice-Pass-1!" },
  ],
  [EMAIL_MFA_POOL]: [
    { scenario: "emailMfaSetup", username: "demo-email-mfa-setup", email: "email-mfa-setup@example.com", password: "Email-Setup-Pass-1!" },
  ],
};

const CLIENT = { name: "demo-web", authFlows: ["USER_AUTH", "USER_SRP_AUTH", "USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH"] as const };

const toConfig = (user: ChoiceDemoUser) => ({
  username: user.username, email: user.email,
  ...(user.password ? { password: user.password } : {}), ...(user.phone ? { phone: user.phone } : {}),
});

/** The two pools as a local-cognito config (what an app would write for the same set-up). */
export const CHOICE_CONFIG: LocalCognitoConfig = {
  pools: [{
    name: PASSWORDLESS_POOL,
    mfa: "OPTIONAL",
    aliases: ["email"],
    allowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"],
    webAuthn: { relyingPartyId: "localhost", userVerification: "preferred" },
    clients: [{ ...CLIENT, authFlows: [...CLIENT.authFlows] }],
    users: CHOICE_USERS[PASSWORDLESS_POOL].map(toConfig),
  }, {
    name: EMAIL_MFA_POOL,
    mfa: "ON",
    emailMfa: true,
    aliases: ["email"],
    clients: [{ ...CLIENT, authFlows: [...CLIENT.authFlows] }],
    users: CHOICE_USERS[EMAIL_MFA_POOL].map(toConfig),
  }],
};

function demoPool(pool: ProvisionedPool, users: readonly ChoiceDemoUser[]): ChoiceDemoPool {
  return { userPoolId: pool.userPoolId, userPoolClientId: pool.clients[CLIENT.name]!, users: [...users] };
}

/** Creates (or finds) both pools, their client and users; idempotent like the rest of the demo. */
export async function seedChoicePools(stack: CognitoStack): Promise<{ passwordlessPool: ChoiceDemoPool; emailMfaRequiredPool: ChoiceDemoPool }> {
  const pools = await provision(stack, CHOICE_CONFIG);
  return {
    passwordlessPool: demoPool(pools[PASSWORDLESS_POOL]!, CHOICE_USERS[PASSWORDLESS_POOL]),
    emailMfaRequiredPool: demoPool(pools[EMAIL_MFA_POOL]!, CHOICE_USERS[EMAIL_MFA_POOL]),
  };
}
