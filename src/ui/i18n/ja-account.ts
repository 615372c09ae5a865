import type { AccountDictionary } from "./language-parts.js";

/** Japanese: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const jaAccount: AccountDictionary = {
  "account.title": "アカウント",
  "account.profile": "プロフィール",
  "account.save": "変更を保存",
  "account.saved": "保存しました。",
  "account.unverified": "未確認",
  "account.verify": "{attribute} を確認",
  "account.verifyCode": "{attribute} の確認コード",
  "account.changePassword": "パスワードを変更",
  "account.passwordChanged": "パスワードを変更しました。",
  "account.mfa": "2 段階認証",
  "account.mfaOff": "オフ",
  "account.mfaPreferred": "{method} でサインイン",
  "account.mfaSaved": "サインイン設定を保存しました。",
  "account.setUpTotp": "認証アプリを設定",
  "account.signOutEverywhere": "すべてのデバイスでサインアウト",
  "error.MissingScope": "このサインインではアカウント設定を変更できません。サインアウトしてから、もう一度サインインしてください。",
  "verifyContact.title": "メールアドレスまたは電話番号を確認",
  "verifyContact.description": "確認済みのメールアドレスか電話番号があれば、パスワードを忘れたときに再設定できます。",
  "verifyContact.choose": "コードの送信先を選んでください",
  "verifyContact.send": "コードを送信",
  "verifyContact.submit": "確認",
  "verifyContact.change": "別の送信先にコードを送る",
  "verifyContact.skip": "今はスキップ",
  "account.verified": "確認済み",
};
