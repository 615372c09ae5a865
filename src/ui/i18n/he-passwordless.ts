import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Hebrew: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const hePasswordless: PasswordlessDictionary = {
  "choice.continue": "המשך",
  "choice.title": "בחירת דרך הכניסה",
  "choice.signingInAs": "כניסה בתור {username}.",
  "choice.otherAccount": "שימוש בחשבון אחר",
  "choice.otherMethod": "כניסה בדרך אחרת",
  "method.PASSWORD": "שימוש בסיסמה שלי",
  "method.EMAIL_OTP": "שליחת קוד באימייל",
  "method.SMS_OTP": "שליחת קוד ב-SMS",
  "method.WEB_AUTHN": "שימוש במפתח גישה",
  "passwordlessSignUp.description": "אין צורך בסיסמה: נשלח אליך קוד לאישור החשבון.",
  "selectMfaSetup.title": "הגדרת אימות דו-שלבי",
  "selectMfaSetup.description": "איך נשלח לך את קודי הכניסה?",
  "setupEmailMfa.title": "קבלת קודי כניסה באימייל",
  "setupEmailMfa.description": "יש להזין את כתובת האימייל לקבלת קודי הכניסה. נשלח אליה קוד כדי לאשר אותה.",
  "setupEmailMfa.submit": "שליחת קוד",
  "error.SignInMethodUnavailable": "דרך הכניסה הזו לא זמינה בחשבון הזה. יש לבחור דרך אחרת.",
  "error.NoSignInMethod": "אי אפשר להיכנס לחשבון הזה באף אחת מהדרכים שהאפליקציה מציעה. יש לפנות לתמיכה.",
};
