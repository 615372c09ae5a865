import type { OAuthDictionary } from "./language-parts.js";

/** Ukrainian: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const ukOAuth: OAuthDictionary = {
  "oauth.or": "або",
  "oauth.hostedUi": "Продовжити на сторінці входу",
  "oauth.Google": "Продовжити з Google",
  "oauth.SignInWithApple": "Продовжити з Apple",
  "oauth.Facebook": "Продовжити з Facebook",
  "oauth.LoginWithAmazon": "Продовжити з Amazon",
  "oauth.provider": "Продовжити з {name}",
  "oauth.completing": "Завершуємо вхід…",
  "error.OAuthDenied": "Вхід скасовано або відхилено.",
  "error.OAuthState": "Цей вхід розпочато не на цій сторінці. Почніть знову.",
  "error.OAuthCode": "Термін дії цього входу минув, або його вже використано. Почніть знову.",
  "error.OAuthError": "Сервіс входу повідомив про проблему. Повторіть спробу пізніше.",
};
