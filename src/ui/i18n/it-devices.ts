import type { DevicesDictionary } from "./en-devices.js";

/** Italian: the strings of the remembered-devices UI (loaded by it when the language is it). */
export const itDevices: DevicesDictionary = {
  "devices.remember": "Ricorda questo dispositivo",
  "devices.rememberHint": "La prossima volta che accedi da qui, non ti verrà chiesto un codice.",
  "devices.title": "Dispositivi",
  "devices.description": "I dispositivi ricordati saltano il codice di verifica all’accesso.",
  "devices.thisDevice": "Questo dispositivo",
  "devices.remembered": "Ricordato",
  "devices.notRemembered": "Non ricordato",
  "devices.lastUsed": "Ultimo utilizzo: {date}",
  "devices.unnamed": "Dispositivo senza nome",
  "devices.none": "Ancora nessun dispositivo.",
  "devices.forget": "Dimentica",
  "devices.forgetQuestion": "Dimenticare {name}? Per accedere da lì verrà di nuovo chiesto un codice.",
  "devices.forgetConfirm": "Dimentica dispositivo",
  "devices.cancel": "Annulla",
  "devices.forgotten": "{name} è stato dimenticato.",
  "devices.rememberedNow": "Questo dispositivo viene ricordato.",
};
