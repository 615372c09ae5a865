import type { OAuthDictionary } from "./language-parts.js";

/** Dutch: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const nlOAuth: OAuthDictionary = {
  "oauth.or": "of",
  "oauth.hostedUi": "Doorgaan met de inlogpagina",
  "oauth.Google": "Doorgaan met Google",
  "oauth.SignInWithApple": "Doorgaan met Apple",
  "oauth.Facebook": "Doorgaan met Facebook",
  "oauth.LoginWithAmazon": "Doorgaan met Amazon",
  "oauth.provider": "Doorgaan met {name}",
  "oauth.completing": "Inloggen wordt afgerond…",
  "error.OAuthDenied": "Het inloggen is geannuleerd of geweigerd.",
  "error.OAuthState": "Deze inlogpoging is niet op deze pagina gestart. Begin opnieuw.",
  "error.OAuthCode": "Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw.",
  "error.OAuthError": "De inlogdienst heeft een probleem gemeld. Probeer het later opnieuw.",
};
