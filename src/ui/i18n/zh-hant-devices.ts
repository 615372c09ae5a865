import type { DevicesDictionary } from "./en-devices.js";

/** Chinese (Traditional): the strings of the remembered-devices UI (loaded by it when the language is zh-Hant). */
export const zhHantDevices: DevicesDictionary = {
  "devices.remember": "記住這部裝置",
  "devices.rememberHint": "下次在這裡登入時，將不再需要驗證碼。",
  "devices.title": "裝置",
  "devices.description": "已記住的裝置在登入時無需輸入驗證碼。",
  "devices.thisDevice": "這部裝置",
  "devices.remembered": "已記住",
  "devices.notRemembered": "未記住",
  "devices.lastUsed": "上次使用：{date}",
  "devices.unnamed": "未命名的裝置",
  "devices.none": "尚無任何裝置。",
  "devices.forget": "移除",
  "devices.forgetQuestion": "要移除 {name} 嗎？在該裝置上登入時將再次需要驗證碼。",
  "devices.forgetConfirm": "移除裝置",
  "devices.cancel": "取消",
  "devices.forgotten": "已移除 {name}。",
  "devices.rememberedNow": "已記住這部裝置。",
};
