/**
 * Signed-in and confirmation operations where cognito-local's answers differ from Cognito's:
 * ChangePassword with a wrong current password (NotAuthorizedException), the verification code
 * delivery details, and email_verified after a sign-up confirmed by an emailed code.
 */
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import { decodeJwt } from "./jwt";
import { assertPolicy } from "./recovery-ops";
import { attribute, findUser, maskDestination, poolForClient } from "./users";

async function tokenUser(front: FrontContext, token: string) {
  const claims = decodeJwt(token)?.claims;
  if (typeof claims?.client_id !== "string" || typeof claims.sub !== "string") {
    throw new CognitoFault("NotAuthorizedException", "Invalid Access Token");
  }
  const target = await poolForClient(front.local, claims.client_id);
  const user = await target.pool.getUserByUsername(front.local.ctx, claims.sub);
  if (!user) throw new CognitoFault("NotAuthorizedException", "Invalid Access Token");
  return { ...target, user };
}

export async function changePassword(front: FrontContext, body: Json): Promise<OpResult> {
  const { user, client } = await tokenUser(front, requireString(body, "AccessToken"));
  if (user.Password !== requireString(body, "PreviousPassword")) {
    throw new CognitoFault("NotAuthorizedException", "Incorrect username or password.");
  }
  await assertPolicy(front, client.ClientId, requireString(body, "ProposedPassword"));
  return front.forward("ChangePassword", body);
}

export async function getAttributeVerificationCode(front: FrontContext, body: Json): Promise<OpResult> {
  const name = requireString(body, "AttributeName");
  const answer = await front.forward("GetUserAttributeVerificationCode", body);
  const { user } = await tokenUser(front, requireString(body, "AccessToken"));
  const pending = user.UnverifiedAttributeChanges?.find((a) => a.Name === name)?.Value;
  const destination = pending ?? attribute(user, name);
  if (!destination) return answer;
  return {
    body: {
      ...answer.body,
      CodeDeliveryDetails: { AttributeName: name, DeliveryMedium: name === "email" ? "EMAIL" : "SMS", Destination: maskDestination(destination) },
    },
  };
}

export async function confirmSignUp(front: FrontContext, body: Json): Promise<OpResult> {
  const { pool } = await poolForClient(front.local, requireString(body, "ClientId"));
  const found = await findUser(front.local, pool, requireString(body, "Username"));
  const answer = await front.forward("ConfirmSignUp", { ...body, ...(found ? { Username: found.Username } : {}) });
  const user = found && (await pool.getUserByUsername(front.local.ctx, found.Username));
  const verifies = pool.options.AutoVerifiedAttributes ?? ["email"];
  if (user && verifies.includes("email") && attribute(user, "email") && attribute(user, "email_verified") !== "true") {
    await pool.saveUser(front.local.ctx, {
      ...user,
      Attributes: [...user.Attributes.filter((a) => a.Name !== "email_verified"), { Name: "email_verified", Value: "true" }],
    });
  }
  return answer;
}
