/** The local stack's dev-only routes, read over HTTP as a test or a person would. */
import { inject } from "vitest";
import { cognitoCall, totpCode as generate, type LoggedRequest, type SentMessage } from "cognito-react-kit-local";

export const stackConfig = () => inject("cognito");

/**
 * The newest code sent to `username` (or to that destination) at or after `after`, as the person
 * would read it in their inbox or texts; polls until it is there (5 s at most).
 */
export async function latestCode(endpoint: string, username: string, after = 0, medium?: SentMessage["medium"]): Promise<string> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const { messages } = (await (await fetch(`${endpoint}/_dev/messages?username=${encodeURIComponent(username)}`)).json()) as { messages: SentMessage[] };
    const message = messages.filter((m) => m.at >= after && m.code && (!medium || m.medium === medium)).at(-1);
    if (message?.code) return message.code;
    if (Date.now() > deadline) throw new Error(`No ${medium ?? ""} code was sent to ${username}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function requestsSince(endpoint: string, since: number): Promise<LoggedRequest[]> {
  const { requests } = (await (await fetch(`${endpoint}/_dev/requests?since=${since}`)).json()) as { requests: LoggedRequest[] };
  return requests;
}

export const totpNow = (secret: string) => generate(secret);

export function userFor(scenario: string) {
  const config = stackConfig();
  const user = [...config.users, ...config.mfaRequiredPool.users, ...config.devicesPool.users].find((u) => u.scenario === scenario);
  if (!user) throw new Error(`No seeded user for ${scenario}`);
  return user;
}

/** A six-digit code that is certainly not `code`. */
export const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

let counter = 0;
/**
 * A user of the calling test's own (seeded users are shared by every test file, so flows that
 * change a user — new password, MFA setup, sign-out everywhere — run on one made here).
 */
export async function freshUser(options: { pool?: "main" | "mfaRequired"; invited?: boolean; unverifiedPhone?: string; emailVerified?: boolean } = {}) {
  const config = stackConfig();
  const pool = options.pool === "mfaRequired" ? config.mfaRequiredPool : config;
  const username = `t${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const password = `Pw-${Math.random().toString(36).slice(2, 10)}-Aa1!`;
  const call = (op: string, body: object) => cognitoCall(config.endpoint, op, body);
  await call("AdminCreateUser", {
    UserPoolId: pool.userPoolId, Username: username, MessageAction: "SUPPRESS", TemporaryPassword: password,
    UserAttributes: [
      { Name: "email", Value: `${username}@example.com` }, { Name: "email_verified", Value: String(options.emailVerified ?? true) },
      ...(options.unverifiedPhone ? [{ Name: "phone_number", Value: options.unverifiedPhone }, { Name: "phone_number_verified", Value: "false" }] : []),
    ],
  });
  if (!options.invited) {
    await call("AdminSetUserPassword", { UserPoolId: pool.userPoolId, Username: username, Password: password, Permanent: true });
  }
  return { username, password, email: `${username}@example.com`, pool };
}
