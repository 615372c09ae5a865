import type { DevicesDictionary } from "./en-devices.js";

/** Japanese: the strings of the remembered-devices UI (loaded by it when the language is ja). */
export const jaDevices: DevicesDictionary = {
  "devices.remember": "このデバイスを記憶する",
  "devices.rememberHint": "次回ここでサインインするとき、コードは求められません。",
  "devices.title": "デバイス",
  "devices.description": "記憶されたデバイスでは、サインイン時の確認コードが不要です。",
  "devices.thisDevice": "このデバイス",
  "devices.remembered": "記憶済み",
  "devices.notRemembered": "未記憶",
  "devices.lastUsed": "最終使用: {date}",
  "devices.unnamed": "名前のないデバイス",
  "devices.none": "デバイスはまだありません。",
  "devices.forget": "削除",
  "devices.forgetQuestion": "{name} を削除しますか？ このデバイスでのサインインに再びコードが必要になります。",
  "devices.forgetConfirm": "デバイスを削除",
  "devices.cancel": "キャンセル",
  "devices.forgotten": "{name} を削除しました。",
  "devices.rememberedNow": "このデバイスは記憶されています。",
};
