"use client";
/**
 * cognito-react-kit/passwordless/ui — the screens of choice-based sign-in, in the drop-in's style.
 * Importing `choiceSignIn` from here (rather than from "cognito-react-kit/passwordless") also
 * registers them with `<Authenticator>`: sign-in username first, the choice of method, the
 * first-factor code with resend, sign-up without a password (and signed in once it is
 * confirmed), and email MFA set-up. Apps that
 * leave choice-based sign-in off ship none of it.
 */
import { choiceSignIn as addOn, passwordlessOf, type ChoiceSignInAddOn, type ChoiceSignInOptions, type Passwordless } from "../../passwordless/index.js";
import { useAuth } from "../../react/hooks.js";
import { addOnScreens } from "../add-on-screens.js";
import { ChoiceSignIn, FirstFactorCode, SelectChallenge } from "./choice-screens.js";
import { ConfirmSignUpAndSignIn, PasswordlessSignUp, SelectMfaSetup, SetupEmailMfa } from "./setup-screens.js";

// Each falls back to the stock screen on a machine made without the add-on.
addOnScreens.signIn = ChoiceSignIn;
addOnScreens.selectChallenge = SelectChallenge;
addOnScreens.confirmSignIn = FirstFactorCode;
addOnScreens.signUp = PasswordlessSignUp;
addOnScreens.confirmSignUp = ConfirmSignUpAndSignIn;
addOnScreens.selectMfaSetup = SelectMfaSetup;
addOnScreens.setupEmailMfa = SetupEmailMfa;

/**
 * The choice-based sign-in add-on (as "cognito-react-kit/passwordless" exports it), with its
 * screens: `<Authenticator>` shows them once this is imported.
 *
 * @example
 * import { createCognitoAuth } from "cognito-react-kit";
 * import { Authenticator } from "cognito-react-kit/ui";
 * import { choiceSignIn } from "cognito-react-kit/passwordless/ui";
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, addOns: [choiceSignIn({ methods: ["EMAIL_OTP", "SMS_OTP", "PASSWORD"] })] });
 * <Authenticator auth={auth} />
 */
export const choiceSignIn = (options: ChoiceSignInOptions): ChoiceSignInAddOn => addOn(options);

/**
 * The choice-based sign-in commands of the machine from `<CognitoAuthProvider>`, for screens of
 * your own.
 *
 * @example
 * const passwordless = usePasswordless();
 * <button onClick={() => passwordless.signIn({ username, method: "EMAIL_OTP" })}>Email me a code</button>
 */
export const usePasswordless = (): Passwordless => passwordlessOf(useAuth());

export { ChoiceSignIn, FirstFactorCode, SelectChallenge } from "./choice-screens.js";
export type { ChoiceSignInProps } from "./choice-screens.js";
export { ConfirmSignUpAndSignIn, PasswordlessSignUp, SelectMfaSetup, SetupEmailMfa } from "./setup-screens.js";
export { loadPasswordlessStrings, PasswordlessStrings } from "./strings.js";
export { enPasswordless } from "../i18n/en-passwordless.js";
export type { PasswordlessDictionary } from "../i18n/en-passwordless.js";
