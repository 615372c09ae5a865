import type { AccountDictionary } from "./language-parts.js";

/** Arabic (the screens turn right to left): the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const arAccount: AccountDictionary = {
  "account.title": "حسابك",
  "account.profile": "الملف الشخصي",
  "account.save": "حفظ التغييرات",
  "account.saved": "تم الحفظ.",
  "account.unverified": "لم يتم التحقق",
  "account.verify": "التحقق من {attribute}",
  "account.verifyCode": "رمز التحقق من {attribute}",
  "account.changePassword": "تغيير كلمة المرور",
  "account.passwordChanged": "تم تغيير كلمة المرور.",
  "account.mfa": "التحقق بخطوتين",
  "account.mfaOff": "متوقف",
  "account.mfaPreferred": "استخدام {method} لتسجيل الدخول",
  "account.mfaSaved": "تم حفظ إعدادات تسجيل الدخول.",
  "account.setUpTotp": "إعداد تطبيق مصادقة",
  "account.signOutEverywhere": "تسجيل الخروج من جميع الأجهزة",
  "error.MissingScope": "لا يسمح تسجيل الدخول هذا بتغيير إعدادات الحساب. سجّل الخروج ثم سجّل الدخول مرة أخرى.",
  "verifyContact.title": "تحقّق من بريدك الإلكتروني أو هاتفك",
  "verifyContact.description": "باستخدام بريد إلكتروني أو رقم هاتف تم التحقق منه، يمكنك إعادة تعيين كلمة المرور إذا نسيتها.",
  "verifyContact.choose": "إلى أين نرسل الرمز؟",
  "verifyContact.send": "إرسال الرمز",
  "verifyContact.submit": "تحقّق",
  "verifyContact.change": "إرسال الرمز إلى وجهة أخرى",
  "verifyContact.skip": "التخطي الآن",
  "account.verified": "تم التحقق",
};
