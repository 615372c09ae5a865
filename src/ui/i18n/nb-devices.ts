import type { DevicesDictionary } from "./en-devices.js";

/** Norwegian Bokmål: the strings of the remembered-devices UI (loaded by it when the language is nb). */
export const nbDevices: DevicesDictionary = {
  "devices.remember": "Husk denne enheten",
  "devices.rememberHint": "Neste gang du logger på her, blir du ikke bedt om en kode.",
  "devices.title": "Enheter",
  "devices.description": "Huskede enheter hopper over bekreftelseskoden ved pålogging.",
  "devices.thisDevice": "Denne enheten",
  "devices.remembered": "Husket",
  "devices.notRemembered": "Ikke husket",
  "devices.lastUsed": "Sist brukt {date}",
  "devices.unnamed": "Enhet uten navn",
  "devices.none": "Ingen enheter ennå.",
  "devices.forget": "Glem",
  "devices.forgetQuestion": "Glemme {name}? Pålogging på den vil kreve en kode igjen.",
  "devices.forgetConfirm": "Glem enheten",
  "devices.cancel": "Avbryt",
  "devices.forgotten": "{name} er glemt.",
  "devices.rememberedNow": "Denne enheten huskes.",
};
