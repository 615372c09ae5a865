import type { OAuthDictionary } from "./language-parts.js";

/** Hindi: the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const hiOAuth: OAuthDictionary = {
  "oauth.or": "या",
  "oauth.hostedUi": "साइन इन पेज से जारी रखें",
  "oauth.Google": "Google के साथ जारी रखें",
  "oauth.SignInWithApple": "Apple के साथ जारी रखें",
  "oauth.Facebook": "Facebook के साथ जारी रखें",
  "oauth.LoginWithAmazon": "Amazon के साथ जारी रखें",
  "oauth.provider": "{name} के साथ जारी रखें",
  "oauth.completing": "आपका साइन इन पूरा किया जा रहा है…",
  "error.OAuthDenied": "साइन इन रद्द कर दिया गया या अस्वीकार कर दिया गया।",
  "error.OAuthState": "यह साइन इन इस पेज से शुरू नहीं हुआ था। फिर से शुरू करें।",
  "error.OAuthCode": "इस साइन इन की समय-सीमा खत्म हो गई है या इसका पहले ही इस्तेमाल हो चुका है। फिर से शुरू करें।",
  "error.OAuthError": "साइन इन सेवा ने एक समस्या की सूचना दी। बाद में फिर से कोशिश करें।",
};
