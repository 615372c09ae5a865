import type { OAuthDictionary } from "./language-parts.js";

/** Polish: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const plOAuth: OAuthDictionary = {
  "oauth.or": "lub",
  "oauth.hostedUi": "Kontynuuj na stronie logowania",
  "oauth.Google": "Kontynuuj z Google",
  "oauth.SignInWithApple": "Kontynuuj z Apple",
  "oauth.Facebook": "Kontynuuj z Facebook",
  "oauth.LoginWithAmazon": "Kontynuuj z Amazon",
  "oauth.provider": "Kontynuuj z {name}",
  "oauth.completing": "Kończenie logowania…",
  "error.OAuthDenied": "Logowanie zostało anulowane lub odrzucone.",
  "error.OAuthState": "To logowanie nie zostało rozpoczęte na tej stronie. Zacznij od nowa.",
  "error.OAuthCode": "To logowanie wygasło lub zostało już użyte. Zacznij od nowa.",
  "error.OAuthError": "Usługa logowania zgłosiła problem. Spróbuj ponownie później.",
};
