import type { OAuthDictionary } from "./language-parts.js";

/** Italian: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const itOAuth: OAuthDictionary = {
  "oauth.or": "oppure",
  "oauth.hostedUi": "Continua con la pagina di accesso",
  "oauth.Google": "Continua con Google",
  "oauth.SignInWithApple": "Continua con Apple",
  "oauth.Facebook": "Continua con Facebook",
  "oauth.LoginWithAmazon": "Continua con Amazon",
  "oauth.provider": "Continua con {name}",
  "oauth.completing": "Completamento dell’accesso…",
  "error.OAuthDenied": "L’accesso è stato annullato o rifiutato.",
  "error.OAuthState": "Questo accesso non è stato avviato da questa pagina. Ricomincia.",
  "error.OAuthCode": "Questo accesso è scaduto o è già stato utilizzato. Ricomincia.",
  "error.OAuthError": "Il servizio di accesso ha segnalato un problema. Riprova più tardi.",
};
