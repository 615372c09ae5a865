/** Sign-up with standard and `custom:` attributes, confirmation, resend. */
import { call } from "../transport/types.js";
import { attributeList, toDelivery } from "./shared.js";
import type { FlowContext } from "./context.js";

export interface SignUpInput {
  username: string;
  password: string;
  /** Standard (email, phone_number, name, …) and `custom:` attributes. */
  attributes?: Record<string, string>;
  clientMetadata?: Record<string, string>;
}

/** @example await signUp(ctx, { username: "ana", password, attributes: { email: "ana@example.com" } }) */
export async function signUp(ctx: FlowContext, input: SignUpInput) {
  const answer = await call(ctx.transport, "SignUp", {
    ClientId: ctx.clientId,
    Username: input.username,
    Password: input.password,
    UserAttributes: attributeList(input.attributes ?? {}),
    ClientMetadata: input.clientMetadata,
  });
  return { confirmed: answer.UserConfirmed === true, delivery: toDelivery(answer.CodeDeliveryDetails) };
}

export const confirmSignUp = (ctx: FlowContext, username: string, code: string) =>
  call(ctx.transport, "ConfirmSignUp", { ClientId: ctx.clientId, Username: username, ConfirmationCode: code });

export const resendSignUpCode = async (ctx: FlowContext, username: string) =>
  toDelivery((await call(ctx.transport, "ResendConfirmationCode", { ClientId: ctx.clientId, Username: username })).CodeDeliveryDetails);
