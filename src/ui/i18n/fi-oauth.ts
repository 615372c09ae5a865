import type { OAuthDictionary } from "./language-parts.js";

/** Finnish: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const fiOAuth: OAuthDictionary = {
  "oauth.or": "tai",
  "oauth.hostedUi": "Jatka kirjautumissivulle",
  "oauth.Google": "Jatka Google-tilillä",
  "oauth.SignInWithApple": "Jatka Apple-tilillä",
  "oauth.Facebook": "Jatka Facebook-tilillä",
  "oauth.LoginWithAmazon": "Jatka Amazon-tilillä",
  "oauth.provider": "Jatka palvelun {name} kautta",
  "oauth.completing": "Kirjautumista viimeistellään…",
  "error.OAuthDenied": "Kirjautuminen peruttiin tai hylättiin.",
  "error.OAuthState": "Tätä kirjautumista ei aloitettu tällä sivulla. Aloita alusta.",
  "error.OAuthCode": "Tämä kirjautuminen on vanhentunut tai jo käytetty. Aloita alusta.",
  "error.OAuthError": "Kirjautumispalvelu ilmoitti ongelmasta. Yritä myöhemmin uudelleen.",
};
