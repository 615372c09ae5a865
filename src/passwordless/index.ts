/**
 * cognito-react-kit/passwordless — choice-based sign-in (Cognito's USER_AUTH flow): one-time codes
 * by email or SMS as the first factor, a password by SRP, the choice among them
 * (SELECT_CHALLENGE), sign-up without a password with automatic sign-in after confirming it, and
 * email MFA set-up. An add-on of the machine: apps that do not import it ship none of it.
 * No React here; the screens are "cognito-react-kit/passwordless/ui".
 */
export { choiceSignIn, SIGN_IN_METHODS } from "./choice-sign-in.js";
export type { ChoiceSignInAddOn, ChoiceSignInOptions } from "./choice-sign-in.js";
export { findChoice, passwordlessOf } from "./commands.js";
export type { Passwordless } from "./commands.js";
export type { SignInMethod } from "../core/types.js";
