import type { OAuthDictionary } from "./language-parts.js";

/** Norwegian Bokmål: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const nbOAuth: OAuthDictionary = {
  "oauth.or": "eller",
  "oauth.hostedUi": "Fortsett med påloggingssiden",
  "oauth.Google": "Fortsett med Google",
  "oauth.SignInWithApple": "Fortsett med Apple",
  "oauth.Facebook": "Fortsett med Facebook",
  "oauth.LoginWithAmazon": "Fortsett med Amazon",
  "oauth.provider": "Fortsett med {name}",
  "oauth.completing": "Fullfører påloggingen…",
  "error.OAuthDenied": "Påloggingen ble avbrutt eller avvist.",
  "error.OAuthState": "Denne påloggingen ble ikke startet på denne siden. Start på nytt.",
  "error.OAuthCode": "Denne påloggingen er utløpt eller allerede brukt. Start på nytt.",
  "error.OAuthError": "Påloggingstjenesten rapporterte et problem. Prøv igjen senere.",
};
