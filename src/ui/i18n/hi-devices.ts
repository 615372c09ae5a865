import type { DevicesDictionary } from "./en-devices.js";

/** Hindi: the strings of the remembered-devices UI (loaded by it when the language is hi). */
export const hiDevices: DevicesDictionary = {
  "devices.remember": "इस डिवाइस को याद रखें",
  "devices.rememberHint": "अगली बार यहाँ साइन इन करने पर आपसे कोड नहीं माँगा जाएगा।",
  "devices.title": "डिवाइस",
  "devices.description": "याद रखे गए डिवाइस पर साइन इन करते समय सत्यापन कोड नहीं माँगा जाता।",
  "devices.thisDevice": "यह डिवाइस",
  "devices.remembered": "याद रखा गया",
  "devices.notRemembered": "याद नहीं रखा गया",
  "devices.lastUsed": "अंतिम उपयोग: {date}",
  "devices.unnamed": "बिना नाम का डिवाइस",
  "devices.none": "अभी कोई डिवाइस नहीं है।",
  "devices.forget": "भूलें",
  "devices.forgetQuestion": "{name} को भूलें? उस पर साइन इन करने पर फिर से कोड माँगा जाएगा।",
  "devices.forgetConfirm": "डिवाइस भूलें",
  "devices.cancel": "रद्द करें",
  "devices.forgotten": "{name} को भुला दिया गया।",
  "devices.rememberedNow": "यह डिवाइस याद रखा गया है।",
};
