import type { OAuthDictionary } from "./language-parts.js";

/** Russian: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const ruOAuth: OAuthDictionary = {
  "oauth.or": "или",
  "oauth.hostedUi": "Продолжить на странице входа",
  "oauth.Google": "Продолжить с Google",
  "oauth.SignInWithApple": "Продолжить с Apple",
  "oauth.Facebook": "Продолжить с Facebook",
  "oauth.LoginWithAmazon": "Продолжить с Amazon",
  "oauth.provider": "Продолжить с {name}",
  "oauth.completing": "Завершаем вход…",
  "error.OAuthDenied": "Вход был отменен или отклонен.",
  "error.OAuthState": "Этот вход был начат не на этой странице. Начните заново.",
  "error.OAuthCode": "Срок действия этого входа истек, или он уже был использован. Начните заново.",
  "error.OAuthError": "Сервис входа сообщил о проблеме. Повторите попытку позже.",
};
