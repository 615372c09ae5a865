import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Japanese: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const jaPasswordless: PasswordlessDictionary = {
  "choice.continue": "続行",
  "choice.title": "サインイン方法を選択",
  "choice.signingInAs": "{username} としてサインインしています。",
  "choice.otherAccount": "別のアカウントを使用",
  "choice.otherMethod": "別の方法でサインイン",
  "method.PASSWORD": "パスワードを使用",
  "method.EMAIL_OTP": "メールでコードを受け取る",
  "method.SMS_OTP": "SMS でコードを受け取る",
  "method.WEB_AUTHN": "パスキーを使用",
  "passwordlessSignUp.description": "パスワードは不要です。アカウントを確認するためのコードをお送りします。",
  "selectMfaSetup.title": "2 段階認証を設定",
  "selectMfaSetup.description": "サインイン用のコードをどの方法で受け取りますか？",
  "setupEmailMfa.title": "サインイン用のコードをメールで受け取る",
  "setupEmailMfa.description": "サインイン用のコードを受け取るメールアドレスを入力してください。確認のため、そのアドレスにコードをお送りします。",
  "setupEmailMfa.submit": "コードを送信",
  "error.SignInMethodUnavailable": "このアカウントではこのサインイン方法を使用できません。別の方法を選択してください。",
  "error.NoSignInMethod": "このアカウントは、このアプリが提供するどの方法でもサインインできません。サポートにお問い合わせください。",
};
