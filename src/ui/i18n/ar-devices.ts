import type { DevicesDictionary } from "./en-devices.js";

/** Arabic: the strings of the remembered-devices UI (loaded by it when the language is ar). */
export const arDevices: DevicesDictionary = {
  "devices.remember": "تذكّر هذا الجهاز",
  "devices.rememberHint": "في المرة القادمة التي تسجّل فيها الدخول هنا، لن يُطلب منك رمز.",
  "devices.title": "الأجهزة",
  "devices.description": "الأجهزة المُتذكَّرة لا تطلب رمز التحقق عند تسجيل الدخول.",
  "devices.thisDevice": "هذا الجهاز",
  "devices.remembered": "مُتذكَّر",
  "devices.notRemembered": "غير مُتذكَّر",
  "devices.lastUsed": "آخر استخدام: {date}",
  "devices.unnamed": "جهاز بلا اسم",
  "devices.none": "لا توجد أجهزة بعد.",
  "devices.forget": "إزالة",
  "devices.forgetQuestion": "إزالة {name}؟ سيُطلب رمز مرة أخرى عند تسجيل الدخول عليه.",
  "devices.forgetConfirm": "إزالة الجهاز",
  "devices.cancel": "إلغاء",
  "devices.forgotten": "تمت إزالة {name}.",
  "devices.rememberedNow": "هذا الجهاز مُتذكَّر.",
};
