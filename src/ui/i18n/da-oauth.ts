import type { OAuthDictionary } from "./language-parts.js";

/** Danish: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const daOAuth: OAuthDictionary = {
  "oauth.or": "eller",
  "oauth.hostedUi": "Fortsæt med loginsiden",
  "oauth.Google": "Fortsæt med Google",
  "oauth.SignInWithApple": "Fortsæt med Apple",
  "oauth.Facebook": "Fortsæt med Facebook",
  "oauth.LoginWithAmazon": "Fortsæt med Amazon",
  "oauth.provider": "Fortsæt med {name}",
  "oauth.completing": "Fuldfører dit login…",
  "error.OAuthDenied": "Login blev annulleret eller afvist.",
  "error.OAuthState": "Dette login blev ikke startet på denne side. Start forfra.",
  "error.OAuthCode": "Dette login er udløbet eller allerede brugt. Start forfra.",
  "error.OAuthError": "Login-tjenesten rapporterede et problem. Prøv igen senere.",
};
