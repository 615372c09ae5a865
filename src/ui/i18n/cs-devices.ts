import type { DevicesDictionary } from "./en-devices.js";

/** Czech: the strings of the remembered-devices UI (loaded by it when the language is cs). */
export const csDevices: DevicesDictionary = {
  "devices.remember": "Zapamatovat si toto zařízení",
  "devices.rememberHint": "Při příštím přihlášení zde nebudete muset zadat kód.",
  "devices.title": "Zařízení",
  "devices.description": "Zapamatovaná zařízení při přihlášení přeskočí ověřovací kód.",
  "devices.thisDevice": "Toto zařízení",
  "devices.remembered": "Zapamatováno",
  "devices.notRemembered": "Nezapamatováno",
  "devices.lastUsed": "Naposledy použito {date}",
  "devices.unnamed": "Zařízení bez názvu",
  "devices.none": "Zatím žádná zařízení.",
  "devices.forget": "Zapomenout",
  "devices.forgetQuestion": "Zapomenout {name}? Přihlášení na něm bude opět vyžadovat kód.",
  "devices.forgetConfirm": "Zapomenout zařízení",
  "devices.cancel": "Zrušit",
  "devices.forgotten": "{name} bylo zapomenuto.",
  "devices.rememberedNow": "Toto zařízení je zapamatováno.",
};
