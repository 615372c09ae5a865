/** Forgot password: a code to a verified email or phone, then a new password with it. */
import { call } from "../transport/types.js";
import { toDelivery } from "./shared.js";
import type { FlowContext } from "./context.js";

/** @example const delivery = await forgotPassword(ctx, "ana@example.com") // where the code went */
export const forgotPassword = async (ctx: FlowContext, username: string) =>
  toDelivery((await call(ctx.transport, "ForgotPassword", { ClientId: ctx.clientId, Username: username })).CodeDeliveryDetails);

/** @example await confirmForgotPassword(ctx, "ana@example.com", "123456", newPassword) */
export const confirmForgotPassword = (ctx: FlowContext, username: string, code: string, password: string) =>
  call(ctx.transport, "ConfirmForgotPassword", { ClientId: ctx.clientId, Username: username, ConfirmationCode: code, Password: password });
