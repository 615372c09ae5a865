import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Korean: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const koPasswordless: PasswordlessDictionary = {
  "choice.continue": "계속",
  "choice.title": "로그인 방법 선택",
  "choice.signingInAs": "{username}(으)로 로그인 중입니다.",
  "choice.otherAccount": "다른 계정 사용",
  "choice.otherMethod": "다른 방법으로 로그인",
  "method.PASSWORD": "비밀번호 사용",
  "method.EMAIL_OTP": "이메일로 코드 받기",
  "method.SMS_OTP": "문자 메시지로 코드 받기",
  "method.WEB_AUTHN": "패스키 사용",
  "passwordlessSignUp.description": "비밀번호가 필요 없습니다. 계정 확인용 코드를 보내 드립니다.",
  "selectMfaSetup.title": "2단계 인증 설정",
  "selectMfaSetup.description": "로그인 코드를 어떻게 받으시겠어요?",
  "setupEmailMfa.title": "이메일로 로그인 코드 받기",
  "setupEmailMfa.description": "로그인 코드를 받을 이메일 주소를 입력하세요. 확인을 위해 그 주소로 코드를 보내 드립니다.",
  "setupEmailMfa.submit": "코드 보내기",
  "error.SignInMethodUnavailable": "이 계정에서는 이 로그인 방법을 사용할 수 없습니다. 다른 방법을 선택하세요.",
  "error.NoSignInMethod": "이 계정은 이 앱이 제공하는 어떤 방법으로도 로그인할 수 없습니다. 고객 지원에 문의하세요.",
};
