/** English strings of the hosted-UI buttons (imported only by them). */
export const enOAuth = {
  "oauth.or": "or",
  "oauth.hostedUi": "Continue with the hosted UI",
  "oauth.Google": "Continue with Google",
  "oauth.SignInWithApple": "Continue with Apple",
  "oauth.Facebook": "Continue with Facebook",
  "oauth.LoginWithAmazon": "Continue with Amazon",
  "oauth.provider": "Continue with {name}",
  "oauth.completing": "Finishing your sign-in…",
  "error.OAuthDenied": "The sign-in was cancelled or refused.",
  "error.OAuthState": "That sign-in did not start on this page. Start again.",
  "error.OAuthCode": "That sign-in has expired or was already used. Start again.",
  "error.OAuthError": "The sign-in provider reported a problem. Try again later.",
} as const;
