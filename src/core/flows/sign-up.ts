/** Sign-up with standard and custom: attributes, confirmation, resend; and forgot password. */
import type { CodeDeliveryDetailsType } from "@aws-sdk/client-cognito-identity-provider";
import { call } from "../transport/types.js";
import type { CodeDelivery } from "../types.js";
import type { FlowContext } from "./context.js";

export function toDelivery(details: CodeDeliveryDetailsType | undefined): CodeDelivery | null {
  if (!details?.Destination || (details.DeliveryMedium !== "SMS" && details.DeliveryMedium !== "EMAIL")) return null;
  return {
    medium: details.DeliveryMedium,
    destination: details.Destination,
    ...(details.AttributeName ? { attribute: details.AttributeName } : {}),
  };
}

const attributeList = (attributes: Record<string, string>) =>
  Object.entries(attributes).filter(([, v]) => v !== "").map(([Name, Value]) => ({ Name, Value }));

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
    ...(input.clientMetadata ? { ClientMetadata: input.clientMetadata } : {}),
  });
  return { confirmed: answer.UserConfirmed === true, delivery: toDelivery(answer.CodeDeliveryDetails) };
}

export const confirmSignUp = (ctx: FlowContext, username: string, code: string) =>
  call(ctx.transport, "ConfirmSignUp", { ClientId: ctx.clientId, Username: username, ConfirmationCode: code });

export const resendSignUpCode = async (ctx: FlowContext, username: string) =>
  toDelivery((await call(ctx.transport, "ResendConfirmationCode", { ClientId: ctx.clientId, Username: username })).CodeDeliveryDetails);

export const forgotPassword = async (ctx: FlowContext, username: string) =>
  toDelivery((await call(ctx.transport, "ForgotPassword", { ClientId: ctx.clientId, Username: username })).CodeDeliveryDetails);

export const confirmForgotPassword = (ctx: FlowContext, username: string, code: string, password: string) =>
  call(ctx.transport, "ConfirmForgotPassword", { ClientId: ctx.clientId, Username: username, ConfirmationCode: code, Password: password });

export { attributeList };
