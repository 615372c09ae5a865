/**
 * What the UI tests that run against this test run's local Cognito share: its config, admin calls
 * straight to the stack (as an admin or seed script would make them), the codes it "sent", and
 * the requests that reached it (to see exactly what the page sent).
 */
import { inject } from "vitest";
import { waitFor } from "@testing-library/react";
import { createCognitoAuth, memoryStorage } from "../../src/index";

export const config = inject("cognito");

/** A Cognito JSON-protocol call to the local stack (an admin's or a seed script's); rejects with the exception name. */
export async function call<T = Record<string, unknown>>(operation: string, body: object): Promise<T> {
  const response = await fetch(config.endpoint, {
    method: "POST",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as T & { __type?: string; message?: string };
  if (!response.ok) throw new Error(`${json.__type ?? response.status}: ${json.message ?? ""}`);
  return json;
}

/** A machine on the live local Cognito (memory storage), for `clientId` (the demo client by default). */
export const liveAuth = (clientId = config.userPoolClientId) =>
  createCognitoAuth({ userPoolId: config.userPoolId, userPoolClientId: clientId, endpoint: config.endpoint, storage: memoryStorage() });

/** A unique name for this run. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A confirmed user with a verified email, of this test's own. */
export async function freshUser(password = "Fresh-Pass-1!") {
  const username = unique("ui");
  const email = `${username}@example.com`;
  await call("AdminCreateUser", {
    UserPoolId: config.userPoolId, Username: username, MessageAction: "SUPPRESS", TemporaryPassword: password,
    UserAttributes: [{ Name: "email", Value: email }, { Name: "email_verified", Value: "true" }],
  });
  await call("AdminSetUserPassword", { UserPoolId: config.userPoolId, Username: username, Password: password, Permanent: true });
  return { username, email, password };
}

/** The newest code sent to `username` since `since` (ms). */
export async function latestCode(username: string, since: number): Promise<string> {
  let code = "";
  await waitFor(async () => {
    const { messages } = (await (await fetch(`${config.endpoint}/_dev/messages?username=${encodeURIComponent(username)}`)).json()) as { messages: { at: number; code: string | null }[] };
    code = messages.filter((m) => m.at >= since && m.code).at(-1)?.code ?? "";
    if (!/^\d{6}$/.test(code)) throw new Error(`no code for ${username} yet`);
  }, { timeout: 5000 });
  return code;
}

/** The bodies of the `operation` requests that reached the stack since `since` (ms). */
export async function requestsSince(operation: string, since: number): Promise<Record<string, unknown>[]> {
  const { requests } = (await (await fetch(`${config.endpoint}/_dev/requests?since=${since}`)).json()) as { requests: { target: string | null; body: string }[] };
  return requests.filter((r) => r.target === operation).map((r) => JSON.parse(r.body) as Record<string, unknown>);
}
