import type { DevicesDictionary } from "./en-devices.js";

/** German: the strings of the remembered-devices UI (loaded by it when the language is de). */
export const deDevices: DevicesDictionary = {
  "devices.remember": "Dieses Gerät merken",
  "devices.rememberHint": "Wenn Sie sich das nächste Mal hier anmelden, wird kein Code abgefragt.",
  "devices.title": "Geräte",
  "devices.description": "Gemerkte Geräte überspringen bei der Anmeldung den Bestätigungscode.",
  "devices.thisDevice": "Dieses Gerät",
  "devices.remembered": "Gemerkt",
  "devices.notRemembered": "Nicht gemerkt",
  "devices.lastUsed": "Zuletzt verwendet: {date}",
  "devices.unnamed": "Unbenanntes Gerät",
  "devices.none": "Noch keine Geräte.",
  "devices.forget": "Vergessen",
  "devices.forgetQuestion": "{name} vergessen? Bei der Anmeldung darauf wird wieder ein Code abgefragt.",
  "devices.forgetConfirm": "Gerät vergessen",
  "devices.cancel": "Abbrechen",
  "devices.forgotten": "{name} wurde vergessen.",
  "devices.rememberedNow": "Dieses Gerät wird gemerkt.",
};
