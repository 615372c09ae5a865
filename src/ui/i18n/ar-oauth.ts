import type { OAuthDictionary } from "./language-parts.js";

/** Arabic (the screens turn right to left): the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const arOAuth: OAuthDictionary = {
  "oauth.or": "أو",
  "oauth.hostedUi": "المتابعة باستخدام صفحة تسجيل الدخول",
  "oauth.Google": "المتابعة باستخدام Google",
  "oauth.SignInWithApple": "المتابعة باستخدام Apple",
  "oauth.Facebook": "المتابعة باستخدام Facebook",
  "oauth.LoginWithAmazon": "المتابعة باستخدام Amazon",
  "oauth.provider": "المتابعة باستخدام {name}",
  "oauth.completing": "جارٍ إكمال تسجيل الدخول…",
  "error.OAuthDenied": "تم إلغاء تسجيل الدخول أو رفضه.",
  "error.OAuthState": "لم يبدأ تسجيل الدخول هذا من هذه الصفحة. ابدأ من جديد.",
  "error.OAuthCode": "انتهت صلاحية تسجيل الدخول هذا أو سبق استخدامه. ابدأ من جديد.",
  "error.OAuthError": "أبلغت خدمة تسجيل الدخول عن مشكلة. أعِد المحاولة لاحقًا.",
};
