import type { OAuthDictionary } from "./language-parts.js";

/** Turkish: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const trOAuth: OAuthDictionary = {
  "oauth.or": "veya",
  "oauth.hostedUi": "Oturum açma sayfasıyla devam et",
  "oauth.Google": "Google ile devam et",
  "oauth.SignInWithApple": "Apple ile devam et",
  "oauth.Facebook": "Facebook ile devam et",
  "oauth.LoginWithAmazon": "Amazon ile devam et",
  "oauth.provider": "{name} ile devam et",
  "oauth.completing": "Oturum açma işleminiz tamamlanıyor…",
  "error.OAuthDenied": "Oturum açma işlemi iptal edildi veya reddedildi.",
  "error.OAuthState": "Bu oturum açma işlemi bu sayfada başlatılmadı. Baştan başlayın.",
  "error.OAuthCode": "Bu oturum açma işleminin süresi doldu veya işlem zaten kullanıldı. Baştan başlayın.",
  "error.OAuthError": "Oturum açma hizmeti bir sorun bildirdi. Daha sonra tekrar deneyin.",
};
