import type { DevicesDictionary } from "./en-devices.js";

/** Portuguese (Brazil): the strings of the remembered-devices UI (loaded by it when the language is pt-BR). */
export const ptDevices: DevicesDictionary = {
  "devices.remember": "Lembrar este dispositivo",
  "devices.rememberHint": "Na próxima vez que você entrar aqui, não será pedido um código.",
  "devices.title": "Dispositivos",
  "devices.description": "Dispositivos lembrados não pedem o código de verificação ao entrar.",
  "devices.thisDevice": "Este dispositivo",
  "devices.remembered": "Lembrado",
  "devices.notRemembered": "Não lembrado",
  "devices.lastUsed": "Último uso: {date}",
  "devices.unnamed": "Dispositivo sem nome",
  "devices.none": "Nenhum dispositivo ainda.",
  "devices.forget": "Esquecer",
  "devices.forgetQuestion": "Esquecer {name}? Ao entrar nele, um código será pedido de novo.",
  "devices.forgetConfirm": "Esquecer dispositivo",
  "devices.cancel": "Cancelar",
  "devices.forgotten": "{name} foi esquecido.",
  "devices.rememberedNow": "Este dispositivo está lembrado.",
};
