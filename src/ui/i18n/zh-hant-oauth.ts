import type { OAuthDictionary } from "./language-parts.js";

/** Chinese (Traditional): the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const zhHantOAuth: OAuthDictionary = {
  "oauth.or": "或",
  "oauth.hostedUi": "透過登入頁面繼續",
  "oauth.Google": "使用 Google 繼續",
  "oauth.SignInWithApple": "使用 Apple 繼續",
  "oauth.Facebook": "使用 Facebook 繼續",
  "oauth.LoginWithAmazon": "使用 Amazon 繼續",
  "oauth.provider": "使用 {name} 繼續",
  "oauth.completing": "正在完成登入…",
  "error.OAuthDenied": "登入已取消或遭到拒絕。",
  "error.OAuthState": "此登入並非從這個頁面開始。請重新開始。",
  "error.OAuthCode": "此登入已過期或已使用過。請重新開始。",
  "error.OAuthError": "登入服務回報了問題。請稍後再試。",
};
