import type { DevicesDictionary } from "./en-devices.js";

/** Spanish: the strings of the remembered-devices UI (loaded by it when the language is es). */
export const esDevices: DevicesDictionary = {
  "devices.remember": "Recordar este dispositivo",
  "devices.rememberHint": "La próxima vez que inicies sesión aquí, no se te pedirá un código.",
  "devices.title": "Dispositivos",
  "devices.description": "Los dispositivos recordados no piden el código de verificación al iniciar sesión.",
  "devices.thisDevice": "Este dispositivo",
  "devices.remembered": "Recordado",
  "devices.notRemembered": "No recordado",
  "devices.lastUsed": "Último uso: {date}",
  "devices.unnamed": "Dispositivo sin nombre",
  "devices.none": "Todavía no hay dispositivos.",
  "devices.forget": "Olvidar",
  "devices.forgetQuestion": "¿Olvidar {name}? Al iniciar sesión en él se volverá a pedir un código.",
  "devices.forgetConfirm": "Olvidar dispositivo",
  "devices.cancel": "Cancelar",
  "devices.forgotten": "Se olvidó {name}.",
  "devices.rememberedNow": "Este dispositivo se recuerda.",
};
