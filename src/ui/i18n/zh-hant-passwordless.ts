import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Chinese (Traditional): the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const zhHantPasswordless: PasswordlessDictionary = {
  "choice.continue": "繼續",
  "choice.title": "選擇登入方式",
  "choice.signingInAs": "正在以 {username} 身分登入。",
  "choice.otherAccount": "使用其他帳戶",
  "choice.otherMethod": "以其他方式登入",
  "method.PASSWORD": "使用我的密碼",
  "method.EMAIL_OTP": "透過電子郵件傳送驗證碼給我",
  "method.SMS_OTP": "透過簡訊傳送驗證碼給我",
  "method.WEB_AUTHN": "使用密碼金鑰",
  "passwordlessSignUp.description": "不需要密碼：我們會傳送驗證碼給您，以確認您的帳戶。",
  "selectMfaSetup.title": "設定兩步驟驗證",
  "selectMfaSetup.description": "您想透過哪種方式接收登入驗證碼？",
  "setupEmailMfa.title": "透過電子郵件接收登入驗證碼",
  "setupEmailMfa.description": "請輸入用來接收登入驗證碼的電子郵件地址。我們會傳送驗證碼到該地址以進行確認。",
  "setupEmailMfa.submit": "傳送驗證碼",
  "error.SignInMethodUnavailable": "此帳戶無法使用這種登入方式。請選擇其他方式。",
  "error.NoSignInMethod": "此帳戶無法透過這個應用程式提供的任何方式登入。請聯絡客服。",
};
