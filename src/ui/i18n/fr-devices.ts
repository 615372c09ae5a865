import type { DevicesDictionary } from "./en-devices.js";

/** French: the strings of the remembered-devices UI (loaded by it when the language is fr). */
export const frDevices: DevicesDictionary = {
  "devices.remember": "Se souvenir de cet appareil",
  "devices.rememberHint": "La prochaine fois que vous vous connecterez ici, aucun code ne vous sera demandé.",
  "devices.title": "Appareils",
  "devices.description": "Les appareils mémorisés ne demandent pas de code de vérification à la connexion.",
  "devices.thisDevice": "Cet appareil",
  "devices.remembered": "Mémorisé",
  "devices.notRemembered": "Non mémorisé",
  "devices.lastUsed": "Dernière utilisation : {date}",
  "devices.unnamed": "Appareil sans nom",
  "devices.none": "Aucun appareil pour l’instant.",
  "devices.forget": "Oublier",
  "devices.forgetQuestion": "Oublier {name} ? Un code sera de nouveau demandé pour s’y connecter.",
  "devices.forgetConfirm": "Oublier l’appareil",
  "devices.cancel": "Annuler",
  "devices.forgotten": "{name} a été oublié.",
  "devices.rememberedNow": "Cet appareil est mémorisé.",
};
