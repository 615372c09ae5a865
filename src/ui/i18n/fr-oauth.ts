import type { OAuthDictionary } from "./language-parts.js";

/** French: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const frOAuth: OAuthDictionary = {
  "oauth.or": "ou",
  "oauth.hostedUi": "Continuer avec la page de connexion",
  "oauth.Google": "Continuer avec Google",
  "oauth.SignInWithApple": "Continuer avec Apple",
  "oauth.Facebook": "Continuer avec Facebook",
  "oauth.LoginWithAmazon": "Continuer avec Amazon",
  "oauth.provider": "Continuer avec {name}",
  "oauth.completing": "Finalisation de votre connexion…",
  "error.OAuthDenied": "La connexion a été annulée ou refusée.",
  "error.OAuthState": "Cette connexion n’a pas commencé sur cette page. Recommencez.",
  "error.OAuthCode": "Cette connexion a expiré ou a déjà été utilisée. Recommencez.",
  "error.OAuthError": "Le fournisseur de connexion a signalé un problème. Réessayez plus tard.",
};
