/**
 * The pool's attribute schema, as Cognito enforces it and cognito-local does not: SignUp with an
 * attribute the pool does not declare (a `custom:` one never added) is refused.
 */
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import { withPolicy } from "./recovery-ops";
import { poolForClient } from "./users";

/** The custom attributes the seeded pools declare (`custom:company`): what the custom sign-up field test stores. */
export const CUSTOM_ATTRIBUTES = [{ Name: "company", AttributeDataType: "String", Mutable: true }];

const signUpWithPolicy = withPolicy("SignUp", (body) => body.Password, (body) => String(body.ClientId));

export async function signUp(front: FrontContext, body: Json): Promise<OpResult> {
  const { pool } = await poolForClient(front.local, requireString(body, "ClientId"));
  const declared = new Set((pool.options.SchemaAttributes ?? []).map((a) => a.Name));
  for (const { Name } of (body.UserAttributes ?? []) as { Name: string }[]) {
    if (!declared.has(Name)) {
      throw new CognitoFault("InvalidParameterException", `Attributes did not conform to the schema: ${Name}: Attribute does not exist in the schema.`);
    }
  }
  return signUpWithPolicy(front, body);
}
