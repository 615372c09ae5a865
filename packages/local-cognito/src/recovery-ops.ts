/**
 * Password recovery and policy, as Cognito behaves and cognito-local does not:
 * ForgotPassword / ConfirmForgotPassword by alias, unknown users answered like known ones
 * (PreventUserExistenceErrors ENABLED; named with LEGACY), a code only to a verified contact, masked destinations, AdminResetUserPassword, and the pool's
 * password policy enforced wherever a password is set (InvalidPasswordException).
 */
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import { assertUserKnown, attribute, findUser, maskDestination, poolForClient } from "./users";

export async function forgotPassword(front: FrontContext, body: Json): Promise<OpResult> {
  const clientId = requireString(body, "ClientId");
  const username = requireString(body, "Username");
  const { pool, client } = await poolForClient(front.local, clientId);
  const user = await findUser(front.local, pool, username);
  assertUserKnown(client, user);
  if (!user) {
    return { body: { CodeDeliveryDetails: { AttributeName: "email", DeliveryMedium: "EMAIL", Destination: `${username[0] ?? "*"}***@***` } } };
  }
  // Cognito sends the code only to a verified email or phone (cognito-local sends it regardless).
  if (attribute(user, "email_verified") !== "true" && attribute(user, "phone_number_verified") !== "true") {
    throw new CognitoFault("InvalidParameterException", "Cannot reset password for the user as there is no registered/verified email or phone_number");
  }
  const answer = await front.forward("ForgotPassword", { ...body, Username: user.Username });
  const details = answer.body.CodeDeliveryDetails as Record<string, string> | undefined;
  if (details?.Destination) details.Destination = maskDestination(details.Destination);
  return answer;
}

export async function confirmForgotPassword(front: FrontContext, body: Json): Promise<OpResult> {
  const clientId = requireString(body, "ClientId");
  const { pool, client } = await poolForClient(front.local, clientId);
  const user = await findUser(front.local, pool, requireString(body, "Username"));
  assertUserKnown(client, user);
  if (!user) throw new CognitoFault("CodeMismatchException", "Invalid verification code provided, please try again.");
  await assertPolicy(front, clientId, requireString(body, "Password"));
  return front.forward("ConfirmForgotPassword", { ...body, Username: user.Username });
}

export async function adminResetUserPassword(front: FrontContext, body: Json): Promise<OpResult> {
  const poolId = requireString(body, "UserPoolId");
  const pool = await front.local.services.cognito.getUserPool(front.local.ctx, poolId);
  const user = await pool.getUserByUsername(front.local.ctx, requireString(body, "Username"));
  if (!user) throw new CognitoFault("UserNotFoundException", "User does not exist.");
  await pool.saveUser(front.local.ctx, { ...user, UserStatus: "RESET_REQUIRED" });
  return { body: {} };
}

/** Checks `password` against the pool's policy (Cognito's default when the pool names none). */
export async function assertPolicy(front: FrontContext, clientId: string, password: string) {
  const { pool } = await poolForClient(front.local, clientId);
  const policy = pool.options.Policies?.PasswordPolicy ?? {
    MinimumLength: 8, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true,
  };
  const problems = [
    password.length < (policy.MinimumLength ?? 8) && `Password not long enough`,
    policy.RequireLowercase && !/[a-z]/.test(password) && "Password must have lowercase characters",
    policy.RequireUppercase && !/[A-Z]/.test(password) && "Password must have uppercase characters",
    policy.RequireNumbers && !/[0-9]/.test(password) && "Password must have numeric characters",
    policy.RequireSymbols && !/[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/.test(password) && "Password must have symbol characters",
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new CognitoFault("InvalidPasswordException", `Password did not conform with policy: ${problems[0]}`);
  }
}

/** Policy checks in front of the operations that set a password, then cognito-local as usual. */
export const withPolicy = (operation: string, passwordField: (body: Json) => unknown, clientOf: (body: Json) => Promise<string> | string) =>
  async (front: FrontContext, body: Json): Promise<OpResult> => {
    const password = passwordField(body);
    if (typeof password === "string") await assertPolicy(front, await clientOf(body), password);
    return front.forward(operation, body);
  };
