import type { DevicesDictionary } from "./en-devices.js";

/** Swedish: the strings of the remembered-devices UI (loaded by it when the language is sv). */
export const svDevices: DevicesDictionary = {
  "devices.remember": "Kom ihåg den här enheten",
  "devices.rememberHint": "Nästa gång du loggar in här behöver du ingen kod.",
  "devices.title": "Enheter",
  "devices.description": "Ihågkomna enheter hoppar över verifieringskoden vid inloggning.",
  "devices.thisDevice": "Den här enheten",
  "devices.remembered": "Ihågkommen",
  "devices.notRemembered": "Inte ihågkommen",
  "devices.lastUsed": "Senast använd {date}",
  "devices.unnamed": "Namnlös enhet",
  "devices.none": "Inga enheter ännu.",
  "devices.forget": "Glöm",
  "devices.forgetQuestion": "Glömma {name}? Inloggning på den kräver en kod igen.",
  "devices.forgetConfirm": "Glöm enheten",
  "devices.cancel": "Avbryt",
  "devices.forgotten": "{name} har glömts.",
  "devices.rememberedNow": "Den här enheten är ihågkommen.",
};
