import type { AuthError } from "../index.js";
import type { ScreenName } from "./context.js";
import type { MessageId } from "./i18n/en.js";

/**
 * Where NotAuthorized (and UserNotFound, shown the same) has a message of its own: "Incorrect
 * username or password" fits sign-in only. Each says no more than Cognito did, and the same for
 * an unknown user as for one who may not do this.
 */
const NOT_AUTHORIZED: Partial<Record<ScreenName, Extract<MessageId, `error.${string}`>>> = {
  signUp: "error.signUp.NotAuthorized",
  confirmSignUp: "error.confirmSignUp.NotAuthorized",
  forgotPassword: "error.forgotPassword.NotAuthorized",
  confirmForgotPassword: "error.forgotPassword.NotAuthorized",
};

/**
 * The message id of `error` on `screen`.
 *
 * @example messageFor({ code: "UserNotFoundException", messageId: "error.NotAuthorized" }, "forgotPassword") // "error.forgotPassword.NotAuthorized"
 */
export const messageFor = (error: AuthError, screen?: ScreenName): AuthError["messageId"] =>
  (error.messageId === "error.NotAuthorized" && screen && NOT_AUTHORIZED[screen]) || error.messageId;
