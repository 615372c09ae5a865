import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Chinese (Simplified): the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const zhHansPasswordless: PasswordlessDictionary = {
  "choice.continue": "继续",
  "choice.title": "选择登录方式",
  "choice.signingInAs": "正在以 {username} 身份登录。",
  "choice.otherAccount": "使用其他账户",
  "choice.otherMethod": "以其他方式登录",
  "method.PASSWORD": "使用我的密码",
  "method.EMAIL_OTP": "通过电子邮件向我发送验证码",
  "method.SMS_OTP": "通过短信向我发送验证码",
  "method.WEB_AUTHN": "使用通行密钥",
  "passwordlessSignUp.description": "无需密码：我们会向您发送验证码以确认您的账户。",
  "selectMfaSetup.title": "设置两步验证",
  "selectMfaSetup.description": "您希望通过哪种方式接收登录验证码？",
  "setupEmailMfa.title": "通过电子邮件接收登录验证码",
  "setupEmailMfa.description": "请输入用于接收登录验证码的电子邮件地址。我们会向该地址发送验证码以进行确认。",
  "setupEmailMfa.submit": "发送验证码",
  "error.SignInMethodUnavailable": "此账户无法使用该登录方式。请选择其他方式。",
  "error.NoSignInMethod": "此账户无法通过此应用提供的任何方式登录。请联系客服。",
};
