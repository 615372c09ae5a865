import type { OAuthDictionary } from "./language-parts.js";

/** Japanese: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const jaOAuth: OAuthDictionary = {
  "oauth.or": "または",
  "oauth.hostedUi": "サインインページで続行",
  "oauth.Google": "Google で続行",
  "oauth.SignInWithApple": "Apple で続行",
  "oauth.Facebook": "Facebook で続行",
  "oauth.LoginWithAmazon": "Amazon で続行",
  "oauth.provider": "{name} で続行",
  "oauth.completing": "サインインを完了しています…",
  "error.OAuthDenied": "サインインがキャンセルされたか、拒否されました。",
  "error.OAuthState": "このサインインはこのページで開始されたものではありません。最初からやり直してください。",
  "error.OAuthCode": "このサインインは有効期限が切れているか、すでに使用されています。最初からやり直してください。",
  "error.OAuthError": "サインインサービスで問題が発生しました。しばらくしてからもう一度お試しください。",
};
