import type { DevicesDictionary } from "./en-devices.js";

/** Polish: the strings of the remembered-devices UI (loaded by it when the language is pl). */
export const plDevices: DevicesDictionary = {
  "devices.remember": "Zapamiętaj to urządzenie",
  "devices.rememberHint": "Przy następnym logowaniu tutaj nie będzie trzeba podawać kodu.",
  "devices.title": "Urządzenia",
  "devices.description": "Zapamiętane urządzenia pomijają kod weryfikacyjny przy logowaniu.",
  "devices.thisDevice": "To urządzenie",
  "devices.remembered": "Zapamiętane",
  "devices.notRemembered": "Niezapamiętane",
  "devices.lastUsed": "Ostatnio używane: {date}",
  "devices.unnamed": "Urządzenie bez nazwy",
  "devices.none": "Brak urządzeń.",
  "devices.forget": "Zapomnij",
  "devices.forgetQuestion": "Zapomnieć {name}? Logowanie na nim znów będzie wymagać kodu.",
  "devices.forgetConfirm": "Zapomnij urządzenie",
  "devices.cancel": "Anuluj",
  "devices.forgotten": "Zapomniano {name}.",
  "devices.rememberedNow": "To urządzenie jest zapamiętane.",
};
