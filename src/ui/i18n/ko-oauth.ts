import type { OAuthDictionary } from "./language-parts.js";

/** Korean: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const koOAuth: OAuthDictionary = {
  "oauth.or": "또는",
  "oauth.hostedUi": "로그인 페이지로 계속하기",
  "oauth.Google": "Google로 계속하기",
  "oauth.SignInWithApple": "Apple로 계속하기",
  "oauth.Facebook": "Facebook으로 계속하기",
  "oauth.LoginWithAmazon": "Amazon으로 계속하기",
  "oauth.provider": "{name}(으)로 계속하기",
  "oauth.completing": "로그인을 완료하는 중…",
  "error.OAuthDenied": "로그인이 취소되었거나 거부되었습니다.",
  "error.OAuthState": "이 로그인은 이 페이지에서 시작되지 않았습니다. 처음부터 다시 시작하세요.",
  "error.OAuthCode": "이 로그인은 만료되었거나 이미 사용되었습니다. 처음부터 다시 시작하세요.",
  "error.OAuthError": "로그인 서비스에서 문제를 보고했습니다. 나중에 다시 시도하세요.",
};
