import type { DevicesDictionary } from "./en-devices.js";

/** Dutch: the strings of the remembered-devices UI (loaded by it when the language is nl). */
export const nlDevices: DevicesDictionary = {
  "devices.remember": "Dit apparaat onthouden",
  "devices.rememberHint": "De volgende keer dat u hier inlogt, wordt er geen code gevraagd.",
  "devices.title": "Apparaten",
  "devices.description": "Onthouden apparaten slaan de verificatiecode bij het inloggen over.",
  "devices.thisDevice": "Dit apparaat",
  "devices.remembered": "Onthouden",
  "devices.notRemembered": "Niet onthouden",
  "devices.lastUsed": "Laatst gebruikt: {date}",
  "devices.unnamed": "Naamloos apparaat",
  "devices.none": "Nog geen apparaten.",
  "devices.forget": "Vergeten",
  "devices.forgetQuestion": "{name} vergeten? Bij inloggen daarop wordt weer een code gevraagd.",
  "devices.forgetConfirm": "Apparaat vergeten",
  "devices.cancel": "Annuleren",
  "devices.forgotten": "{name} is vergeten.",
  "devices.rememberedNow": "Dit apparaat wordt onthouden.",
};
