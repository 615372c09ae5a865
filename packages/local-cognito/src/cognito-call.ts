/** A bare Cognito JSON-protocol call for seeding and tests (the kit's own transport is in src/). */
export class CognitoCallError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(`${code}: ${message}`);
  }
}

/** `service`: "AWSCognitoIdentityService" for an identity-pool operation. */
export async function cognitoCall<T = Record<string, unknown>>(endpoint: string, operation: string, body: object, service = "AWSCognitoIdentityProviderService"): Promise<T> {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `${service}.${operation}`,
    },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as T & { __type?: string; message?: string };
  if (!response.ok) throw new CognitoCallError(json.__type ?? "UnknownError", json.message ?? "", response.status);
  return json;
}
