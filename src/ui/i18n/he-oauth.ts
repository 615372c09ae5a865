import type { OAuthDictionary } from "./language-parts.js";

/** Hebrew (the screens turn right to left): the strings of the hosted-UI buttons (loaded by them when the language came from `loadLanguage`). */
export const heOAuth: OAuthDictionary = {
  "oauth.or": "או",
  "oauth.hostedUi": "המשך דרך דף הכניסה",
  "oauth.Google": "המשך עם Google",
  "oauth.SignInWithApple": "המשך עם Apple",
  "oauth.Facebook": "המשך עם Facebook",
  "oauth.LoginWithAmazon": "המשך עם Amazon",
  "oauth.provider": "המשך עם {name}",
  "oauth.completing": "מסיימים את הכניסה…",
  "error.OAuthDenied": "הכניסה בוטלה או נדחתה.",
  "error.OAuthState": "הכניסה הזו לא התחילה בדף הזה. יש להתחיל מחדש.",
  "error.OAuthCode": "תוקף הכניסה הזו פג או שכבר נעשה בה שימוש. יש להתחיל מחדש.",
  "error.OAuthError": "שירות הכניסה דיווח על בעיה. אפשר לנסות שוב מאוחר יותר.",
};
