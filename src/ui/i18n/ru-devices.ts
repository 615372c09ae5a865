import type { DevicesDictionary } from "./en-devices.js";

/** Russian: the strings of the remembered-devices UI (loaded by it when the language is ru). */
export const ruDevices: DevicesDictionary = {
  "devices.remember": "Запомнить это устройство",
  "devices.rememberHint": "В следующий раз при входе здесь код не понадобится.",
  "devices.title": "Устройства",
  "devices.description": "На запомненных устройствах код подтверждения при входе не запрашивается.",
  "devices.thisDevice": "Это устройство",
  "devices.remembered": "Запомнено",
  "devices.notRemembered": "Не запомнено",
  "devices.lastUsed": "Последнее использование: {date}",
  "devices.unnamed": "Устройство без названия",
  "devices.none": "Устройств пока нет.",
  "devices.forget": "Забыть",
  "devices.forgetQuestion": "Забыть {name}? При входе на нём снова понадобится код.",
  "devices.forgetConfirm": "Забыть устройство",
  "devices.cancel": "Отмена",
  "devices.forgotten": "{name} забыто.",
  "devices.rememberedNow": "Это устройство запомнено.",
};
