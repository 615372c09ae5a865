import type { DevicesDictionary } from "./en-devices.js";

/** Finnish: the strings of the remembered-devices UI (loaded by it when the language is fi). */
export const fiDevices: DevicesDictionary = {
  "devices.remember": "Muista tämä laite",
  "devices.rememberHint": "Kun kirjaudut seuraavan kerran täällä, koodia ei kysytä.",
  "devices.title": "Laitteet",
  "devices.description": "Muistetuilla laitteilla vahvistuskoodia ei kysytä kirjautuessa.",
  "devices.thisDevice": "Tämä laite",
  "devices.remembered": "Muistettu",
  "devices.notRemembered": "Ei muistettu",
  "devices.lastUsed": "Viimeksi käytetty {date}",
  "devices.unnamed": "Nimetön laite",
  "devices.none": "Ei vielä laitteita.",
  "devices.forget": "Unohda",
  "devices.forgetQuestion": "Unohdetaanko {name}? Sillä kirjautuessa kysytään taas koodi.",
  "devices.forgetConfirm": "Unohda laite",
  "devices.cancel": "Peruuta",
  "devices.forgotten": "{name} unohdettiin.",
  "devices.rememberedNow": "Tämä laite muistetaan.",
};
