import type { DevicesDictionary } from "./en-devices.js";

/** Danish: the strings of the remembered-devices UI (loaded by it when the language is da). */
export const daDevices: DevicesDictionary = {
  "devices.remember": "Husk denne enhed",
  "devices.rememberHint": "Næste gang du logger ind her, bliver du ikke bedt om en kode.",
  "devices.title": "Enheder",
  "devices.description": "Huskede enheder springer bekræftelseskoden over ved login.",
  "devices.thisDevice": "Denne enhed",
  "devices.remembered": "Husket",
  "devices.notRemembered": "Ikke husket",
  "devices.lastUsed": "Sidst brugt {date}",
  "devices.unnamed": "Unavngiven enhed",
  "devices.none": "Ingen enheder endnu.",
  "devices.forget": "Glem",
  "devices.forgetQuestion": "Glem {name}? Login på den vil igen kræve en kode.",
  "devices.forgetConfirm": "Glem enhed",
  "devices.cancel": "Annuller",
  "devices.forgotten": "{name} er glemt.",
  "devices.rememberedNow": "Denne enhed huskes.",
};
