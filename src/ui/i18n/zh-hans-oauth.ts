import type { OAuthDictionary } from "./language-parts.js";

/** Chinese (Simplified): the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const zhHansOAuth: OAuthDictionary = {
  "oauth.or": "或",
  "oauth.hostedUi": "通过登录页面继续",
  "oauth.Google": "使用 Google 继续",
  "oauth.SignInWithApple": "使用 Apple 继续",
  "oauth.Facebook": "使用 Facebook 继续",
  "oauth.LoginWithAmazon": "使用 Amazon 继续",
  "oauth.provider": "使用 {name} 继续",
  "oauth.completing": "正在完成登录…",
  "error.OAuthDenied": "登录已取消或被拒绝。",
  "error.OAuthState": "此登录并非从本页面发起。请重新开始。",
  "error.OAuthCode": "此登录已过期或已被使用。请重新开始。",
  "error.OAuthError": "登录服务报告了一个问题。请稍后重试。",
};
