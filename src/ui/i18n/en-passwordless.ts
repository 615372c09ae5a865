/**
 * English strings of the choice-based sign-in screens ("cognito-react-kit/passwordless/ui"),
 * imported only by them: an app without those screens ships none of these. Every other language
 * has its own `<tag>-passwordless.ts`, loaded by the screens when they appear.
 *
 * @example <Authenticator auth={auth} messages={{ "method.EMAIL_OTP": "Send me a sign-in code" }} />
 */
export const enPasswordless = {
  "choice.continue": "Continue",
  "choice.title": "Choose how to sign in",
  "choice.signingInAs": "Signing in as {username}.",
  "choice.otherAccount": "Use another account",
  "choice.otherMethod": "Sign in another way",
  "method.PASSWORD": "Use my password",
  "method.EMAIL_OTP": "Email me a code",
  "method.SMS_OTP": "Text me a code",
  "method.WEB_AUTHN": "Use a passkey",
  "passwordlessSignUp.description": "No password needed: we will send you a code to confirm your account.",
  "selectMfaSetup.title": "Set up two-step verification",
  "selectMfaSetup.description": "How do you want to get your sign-in codes?",
  "setupEmailMfa.title": "Get sign-in codes by email",
  "setupEmailMfa.description": "Enter the email address for your sign-in codes. We will send a code to it to confirm it.",
  "setupEmailMfa.submit": "Send code",
  "error.SignInMethodUnavailable": "That way of signing in is not available for this account. Choose another.",
  "error.NoSignInMethod": "This account cannot sign in any of the ways this app offers. Contact support.",
} as const;

/** The strings of the choice-based sign-in screens, by message id (each language's `<tag>-passwordless.ts`). */
export type PasswordlessDictionary = Record<keyof typeof enPasswordless, string>;
