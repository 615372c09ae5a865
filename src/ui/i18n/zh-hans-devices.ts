import type { DevicesDictionary } from "./en-devices.js";

/** Chinese (Simplified): the strings of the remembered-devices UI (loaded by it when the language is zh-Hans). */
export const zhHansDevices: DevicesDictionary = {
  "devices.remember": "记住此设备",
  "devices.rememberHint": "下次在这里登录时，将不再需要验证码。",
  "devices.title": "设备",
  "devices.description": "已记住的设备在登录时无需输入验证码。",
  "devices.thisDevice": "此设备",
  "devices.remembered": "已记住",
  "devices.notRemembered": "未记住",
  "devices.lastUsed": "上次使用：{date}",
  "devices.unnamed": "未命名设备",
  "devices.none": "还没有设备。",
  "devices.forget": "移除",
  "devices.forgetQuestion": "要移除 {name} 吗？在该设备上登录时将再次需要验证码。",
  "devices.forgetConfirm": "移除设备",
  "devices.cancel": "取消",
  "devices.forgotten": "已移除 {name}。",
  "devices.rememberedNow": "已记住此设备。",
};
