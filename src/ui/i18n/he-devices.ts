import type { DevicesDictionary } from "./en-devices.js";

/** Hebrew: the strings of the remembered-devices UI (loaded by it when the language is he). */
export const heDevices: DevicesDictionary = {
  "devices.remember": "לזכור את המכשיר הזה",
  "devices.rememberHint": "בפעם הבאה שתתחברו כאן, לא תתבקשו להזין קוד.",
  "devices.title": "מכשירים",
  "devices.description": "במכשירים שנזכרו אין צורך בקוד אימות בעת ההתחברות.",
  "devices.thisDevice": "המכשיר הזה",
  "devices.remembered": "נזכר",
  "devices.notRemembered": "לא נזכר",
  "devices.lastUsed": "שימוש אחרון: {date}",
  "devices.unnamed": "מכשיר ללא שם",
  "devices.none": "אין עדיין מכשירים.",
  "devices.forget": "הסרה",
  "devices.forgetQuestion": "להסיר את {name}? בהתחברות ממנו יידרש שוב קוד.",
  "devices.forgetConfirm": "הסרת המכשיר",
  "devices.cancel": "ביטול",
  "devices.forgotten": "{name} הוסר.",
  "devices.rememberedNow": "המכשיר הזה נזכר.",
};
