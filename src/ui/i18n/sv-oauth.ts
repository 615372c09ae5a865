import type { OAuthDictionary } from "./language-parts.js";

/** Swedish: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const svOAuth: OAuthDictionary = {
  "oauth.or": "eller",
  "oauth.hostedUi": "Fortsätt med inloggningssidan",
  "oauth.Google": "Fortsätt med Google",
  "oauth.SignInWithApple": "Fortsätt med Apple",
  "oauth.Facebook": "Fortsätt med Facebook",
  "oauth.LoginWithAmazon": "Fortsätt med Amazon",
  "oauth.provider": "Fortsätt med {name}",
  "oauth.completing": "Slutför inloggningen…",
  "error.OAuthDenied": "Inloggningen avbröts eller nekades.",
  "error.OAuthState": "Inloggningen startades inte på den här sidan. Börja om.",
  "error.OAuthCode": "Inloggningen har gått ut eller har redan använts. Börja om.",
  "error.OAuthError": "Inloggningstjänsten rapporterade ett problem. Försök igen senare.",
};
