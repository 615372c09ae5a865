import type { OAuthDictionary } from "./language-parts.js";

/** Czech: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const csOAuth: OAuthDictionary = {
  "oauth.or": "nebo",
  "oauth.hostedUi": "Pokračovat na přihlašovací stránku",
  "oauth.Google": "Pokračovat přes Google",
  "oauth.SignInWithApple": "Pokračovat přes Apple",
  "oauth.Facebook": "Pokračovat přes Facebook",
  "oauth.LoginWithAmazon": "Pokračovat přes Amazon",
  "oauth.provider": "Pokračovat přes {name}",
  "oauth.completing": "Dokončování přihlášení…",
  "error.OAuthDenied": "Přihlášení bylo zrušeno nebo zamítnuto.",
  "error.OAuthState": "Toto přihlášení nebylo zahájeno na této stránce. Začněte znovu.",
  "error.OAuthCode": "Platnost tohoto přihlášení vypršela nebo už bylo použito. Začněte znovu.",
  "error.OAuthError": "Přihlašovací služba nahlásila problém. Zkuste to později.",
};
