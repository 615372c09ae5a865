import type { AccountDictionary } from "./language-parts.js";

/** Hebrew (the screens turn right to left): the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const heAccount: AccountDictionary = {
  "account.title": "החשבון שלך",
  "account.profile": "פרופיל",
  "account.save": "שמירת השינויים",
  "account.saved": "נשמר.",
  "account.unverified": "לא מאומת",
  "account.verify": "אימות {attribute}",
  "account.verifyCode": "קוד עבור {attribute}",
  "account.changePassword": "שינוי סיסמה",
  "account.passwordChanged": "הסיסמה שלך שונתה.",
  "account.mfa": "אימות דו-שלבי",
  "account.mfaOff": "כבוי",
  "account.mfaPreferred": "כניסה באמצעות {method}",
  "account.mfaSaved": "הגדרות הכניסה שלך נשמרו.",
  "account.setUpTotp": "הגדרת אפליקציית אימות",
  "account.signOutEverywhere": "יציאה מכל המכשירים",
  "error.MissingScope": "הכניסה הזו לא מאפשרת לשנות את הגדרות החשבון. יש להתנתק ולהיכנס שוב.",
  "verifyContact.title": "אימות האימייל או הטלפון שלך",
  "verifyContact.description": "עם אימייל או מספר טלפון מאומתים אפשר לאפס את הסיסמה אם שוכחים אותה.",
  "verifyContact.choose": "לאן לשלוח את הקוד?",
  "verifyContact.send": "שליחת קוד",
  "verifyContact.submit": "אימות",
  "verifyContact.change": "שליחת הקוד ליעד אחר",
  "verifyContact.skip": "דילוג בינתיים",
  "account.verified": "מאומת",
};
