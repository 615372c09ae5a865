import type { ComponentType } from "react";
import type { StepName } from "../index.js";
import type { LoginMechanism } from "./screens/sign-in.js";
import type { FieldSpec } from "./fields/field-spec.js";

/** Steps whose screens come with the module that turns the step on, not with `<Authenticator>`. */
export type AddOnStep = Extract<StepName, "verifyContact" | "selectChallenge" | "webAuthn" | "selectMfaSetup" | "setupEmailMfa">;

/**
 * The screens of add-on steps, put here by the module that turns the step on (importing
 * `verifyContactStep` from "cognito-react-kit/ui" registers `<VerifyContact>`), so `<Authenticator>`
 * shows them without shipping them to apps that leave the step off.
 */
export const addOnScreens: Partial<Record<StepName, ComponentType<AddOnScreenProps>>> = {};

/** What `<Authenticator>` hands an add-on's screen: focus, and its options the sign-in and sign-up screens heed. */
export interface AddOnScreenProps {
  autoFocus?: boolean;
  loginMechanism?: LoginMechanism;
  hideSignUp?: boolean;
  attributes?: readonly string[];
}

/**
 * More ways to sign in, shown under the sign-in form's button (e.g. "Sign in with a passkey"),
 * put here by the module that adds them, like `addOnScreens`.
 */
export const signInActions: ComponentType[] = [];

/**
 * Fields an add-on puts under the MFA code (`<ConfirmSignIn>`), added by the module that turns it
 * on (the devices UI's "Remember this device"): nothing for apps without it.
 */
export const confirmSignInFields: FieldSpec[] = [];
