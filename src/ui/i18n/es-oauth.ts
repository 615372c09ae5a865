import type { OAuthDictionary } from "./language-parts.js";

/** Spanish: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const esOAuth: OAuthDictionary = {
  "oauth.or": "o",
  "oauth.hostedUi": "Continuar con la página de inicio de sesión",
  "oauth.Google": "Continuar con Google",
  "oauth.SignInWithApple": "Continuar con Apple",
  "oauth.Facebook": "Continuar con Facebook",
  "oauth.LoginWithAmazon": "Continuar con Amazon",
  "oauth.provider": "Continuar con {name}",
  "oauth.completing": "Finalizando el inicio de sesión…",
  "error.OAuthDenied": "Se canceló o se rechazó el inicio de sesión.",
  "error.OAuthState": "Este inicio de sesión no empezó en esta página. Vuelva a empezar.",
  "error.OAuthCode": "Este inicio de sesión caducó o ya se utilizó. Vuelva a empezar.",
  "error.OAuthError": "El proveedor de inicio de sesión informó de un problema. Vuelva a intentarlo más tarde.",
};
