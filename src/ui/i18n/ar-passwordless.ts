import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Arabic: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const arPasswordless: PasswordlessDictionary = {
  "choice.continue": "متابعة",
  "choice.title": "اختر طريقة تسجيل الدخول",
  "choice.signingInAs": "تسجيل الدخول باسم {username}.",
  "choice.otherAccount": "استخدام حساب آخر",
  "choice.otherMethod": "تسجيل الدخول بطريقة أخرى",
  "method.PASSWORD": "استخدام كلمة المرور",
  "method.EMAIL_OTP": "أرسل لي رمزًا بالبريد الإلكتروني",
  "method.SMS_OTP": "أرسل لي رمزًا برسالة نصية",
  "method.WEB_AUTHN": "استخدام مفتاح مرور",
  "passwordlessSignUp.description": "لا حاجة إلى كلمة مرور: سنرسل إليك رمزًا لتأكيد حسابك.",
  "selectMfaSetup.title": "إعداد التحقق بخطوتين",
  "selectMfaSetup.description": "كيف تريد تلقّي رموز تسجيل الدخول؟",
  "setupEmailMfa.title": "تلقّي رموز تسجيل الدخول بالبريد الإلكتروني",
  "setupEmailMfa.description": "أدخِل عنوان البريد الإلكتروني لرموز تسجيل الدخول. سنرسل إليه رمزًا لتأكيده.",
  "setupEmailMfa.submit": "إرسال الرمز",
  "error.SignInMethodUnavailable": "طريقة تسجيل الدخول هذه غير متاحة لهذا الحساب. اختر طريقة أخرى.",
  "error.NoSignInMethod": "لا يمكن لهذا الحساب تسجيل الدخول بأي من الطرق التي يتيحها هذا التطبيق. تواصل مع الدعم.",
};
