/** A Cognito-shaped error: the front answers it as `{ __type, message }` with HTTP 400. */
export class CognitoFault extends Error {
  constructor(readonly type: string, message: string, readonly status = 400) {
    super(message);
  }
}

export const incorrectCredentials = () =>
  new CognitoFault("NotAuthorizedException", "Incorrect username or password.");

export type Json = Record<string, unknown>;

export function requireString(body: Json, ...path: string[]): string {
  let value: unknown = body;
  for (const key of path) value = (value as Json | undefined)?.[key];
  if (typeof value !== "string" || value === "") {
    throw new CognitoFault("InvalidParameterException", `Missing required parameter ${path.join(".")}`);
  }
  return value;
}
