import type { AccountDictionary } from "./language-parts.js";

/** Korean: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const koAccount: AccountDictionary = {
  "account.title": "내 계정",
  "account.profile": "프로필",
  "account.save": "변경 사항 저장",
  "account.saved": "저장되었습니다.",
  "account.unverified": "인증되지 않음",
  "account.verify": "{attribute} 인증",
  "account.verifyCode": "{attribute} 인증 코드",
  "account.changePassword": "비밀번호 변경",
  "account.passwordChanged": "비밀번호가 변경되었습니다.",
  "account.mfa": "2단계 인증",
  "account.mfaOff": "사용 안 함",
  "account.mfaPreferred": "{method}(으)로 로그인",
  "account.mfaSaved": "로그인 설정이 저장되었습니다.",
  "account.setUpTotp": "인증 앱 설정",
  "account.signOutEverywhere": "모든 기기에서 로그아웃",
  "error.MissingScope": "이 로그인으로는 계정 설정을 변경할 수 없습니다. 로그아웃한 후 다시 로그인하세요.",
  "verifyContact.title": "이메일 또는 전화번호 인증",
  "verifyContact.description": "인증된 이메일이나 전화번호가 있으면 비밀번호를 잊었을 때 재설정할 수 있습니다.",
  "verifyContact.choose": "코드를 어디로 보낼까요?",
  "verifyContact.send": "코드 보내기",
  "verifyContact.submit": "인증",
  "verifyContact.change": "다른 곳으로 코드 보내기",
  "verifyContact.skip": "나중에 하기",
  "account.verified": "인증됨",
};
