import type { DevicesDictionary } from "./en-devices.js";

/** Ukrainian: the strings of the remembered-devices UI (loaded by it when the language is uk). */
export const ukDevices: DevicesDictionary = {
  "devices.remember": "Запам’ятати цей пристрій",
  "devices.rememberHint": "Наступного разу під час входу тут код не знадобиться.",
  "devices.title": "Пристрої",
  "devices.description": "На запам’ятованих пристроях код підтвердження під час входу не запитується.",
  "devices.thisDevice": "Цей пристрій",
  "devices.remembered": "Запам’ятовано",
  "devices.notRemembered": "Не запам’ятовано",
  "devices.lastUsed": "Востаннє використано: {date}",
  "devices.unnamed": "Пристрій без назви",
  "devices.none": "Пристроїв ще немає.",
  "devices.forget": "Забути",
  "devices.forgetQuestion": "Забути {name}? Під час входу на ньому знову знадобиться код.",
  "devices.forgetConfirm": "Забути пристрій",
  "devices.cancel": "Скасувати",
  "devices.forgotten": "{name} забуто.",
  "devices.rememberedNow": "Цей пристрій запам’ятовано.",
};
