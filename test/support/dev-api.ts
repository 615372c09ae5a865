/** The local stack's dev-only routes, read over HTTP as a test or a person would. */
import { inject } from "vitest";
import { generate } from "cognito-local/lib/services/totp";
import type { LoggedRequest } from "./cognito/front";
import type { SentMessage } from "./cognito/local-cognito";

export const stackConfig = () => inject("cognito");

export async function latestCode(endpoint: string, username: string, after = 0): Promise<string> {
  const { messages } = (await (await fetch(`${endpoint}/_dev/messages?username=${encodeURIComponent(username)}`)).json()) as { messages: SentMessage[] };
  const message = messages.filter((m) => m.at >= after && m.code).at(-1);
  if (!message?.code) throw new Error(`No code was sent to ${username}`);
  return message.code;
}

export async function requestsSince(endpoint: string, since: number): Promise<LoggedRequest[]> {
  const { requests } = (await (await fetch(`${endpoint}/_dev/requests?since=${since}`)).json()) as { requests: LoggedRequest[] };
  return requests;
}

export const totpNow = (secret: string) => generate(secret);

export function userFor(scenario: string) {
  const config = stackConfig();
  const user = [...config.users, ...config.mfaRequiredPool.users].find((u) => u.scenario === scenario);
  if (!user) throw new Error(`No seeded user for ${scenario}`);
  return user;
}
