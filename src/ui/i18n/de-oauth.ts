import type { OAuthDictionary } from "./language-parts.js";

/** German: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const deOAuth: OAuthDictionary = {
  "oauth.or": "oder",
  "oauth.hostedUi": "Weiter mit der Anmeldeseite",
  "oauth.Google": "Weiter mit Google",
  "oauth.SignInWithApple": "Weiter mit Apple",
  "oauth.Facebook": "Weiter mit Facebook",
  "oauth.LoginWithAmazon": "Weiter mit Amazon",
  "oauth.provider": "Weiter mit {name}",
  "oauth.completing": "Anmeldung wird abgeschlossen…",
  "error.OAuthDenied": "Die Anmeldung wurde abgebrochen oder abgelehnt.",
  "error.OAuthState": "Diese Anmeldung wurde nicht auf dieser Seite gestartet. Beginnen Sie erneut.",
  "error.OAuthCode": "Diese Anmeldung ist abgelaufen oder wurde bereits verwendet. Beginnen Sie erneut.",
  "error.OAuthError": "Der Anmeldedienst hat ein Problem gemeldet. Versuchen Sie es später erneut.",
};
