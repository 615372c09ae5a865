import type { OAuthDictionary } from "./language-parts.js";

/** Portuguese (Brazil): the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const ptOAuth: OAuthDictionary = {
  "oauth.or": "ou",
  "oauth.hostedUi": "Continuar com a página de login",
  "oauth.Google": "Continuar com o Google",
  "oauth.SignInWithApple": "Continuar com a Apple",
  "oauth.Facebook": "Continuar com o Facebook",
  "oauth.LoginWithAmazon": "Continuar com a Amazon",
  "oauth.provider": "Continuar com {name}",
  "oauth.completing": "Concluindo seu login…",
  "error.OAuthDenied": "O login foi cancelado ou recusado.",
  "error.OAuthState": "Esse login não foi iniciado nesta página. Comece de novo.",
  "error.OAuthCode": "Esse login expirou ou já foi usado. Comece de novo.",
  "error.OAuthError": "O provedor de login informou um problema. Tente novamente mais tarde.",
};
