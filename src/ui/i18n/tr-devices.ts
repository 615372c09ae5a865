import type { DevicesDictionary } from "./en-devices.js";

/** Turkish: the strings of the remembered-devices UI (loaded by it when the language is tr). */
export const trDevices: DevicesDictionary = {
  "devices.remember": "Bu cihazı hatırla",
  "devices.rememberHint": "Bir dahaki sefere burada oturum açtığınızda kod istenmeyecek.",
  "devices.title": "Cihazlar",
  "devices.description": "Hatırlanan cihazlarda oturum açarken doğrulama kodu istenmez.",
  "devices.thisDevice": "Bu cihaz",
  "devices.remembered": "Hatırlanıyor",
  "devices.notRemembered": "Hatırlanmıyor",
  "devices.lastUsed": "Son kullanım: {date}",
  "devices.unnamed": "Adsız cihaz",
  "devices.none": "Henüz cihaz yok.",
  "devices.forget": "Unut",
  "devices.forgetQuestion": "{name} unutulsun mu? Bu cihazda oturum açarken yeniden kod istenecek.",
  "devices.forgetConfirm": "Cihazı unut",
  "devices.cancel": "İptal",
  "devices.forgotten": "{name} unutuldu.",
  "devices.rememberedNow": "Bu cihaz hatırlanıyor.",
};
