import type { DevicesDictionary } from "./en-devices.js";

/** Korean: the strings of the remembered-devices UI (loaded by it when the language is ko). */
export const koDevices: DevicesDictionary = {
  "devices.remember": "이 기기 기억하기",
  "devices.rememberHint": "다음에 여기서 로그인할 때 코드를 묻지 않습니다.",
  "devices.title": "기기",
  "devices.description": "기억된 기기에서는 로그인할 때 인증 코드를 입력하지 않아도 됩니다.",
  "devices.thisDevice": "이 기기",
  "devices.remembered": "기억됨",
  "devices.notRemembered": "기억 안 됨",
  "devices.lastUsed": "마지막 사용: {date}",
  "devices.unnamed": "이름 없는 기기",
  "devices.none": "아직 기기가 없습니다.",
  "devices.forget": "삭제",
  "devices.forgetQuestion": "{name}을(를) 삭제할까요? 이 기기에서 로그인하면 다시 코드를 묻습니다.",
  "devices.forgetConfirm": "기기 삭제",
  "devices.cancel": "취소",
  "devices.forgotten": "{name}을(를) 삭제했습니다.",
  "devices.rememberedNow": "이 기기는 기억되어 있습니다.",
};
