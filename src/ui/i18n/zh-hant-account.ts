import type { AccountDictionary } from "./language-parts.js";

/** Chinese (Traditional): the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const zhHantAccount: AccountDictionary = {
  "account.title": "您的帳戶",
  "account.profile": "個人資料",
  "account.save": "儲存變更",
  "account.saved": "已儲存。",
  "account.unverified": "未驗證",
  "account.verify": "驗證{attribute}",
  "account.verifyCode": "{attribute}驗證碼",
  "account.changePassword": "變更密碼",
  "account.passwordChanged": "您的密碼已變更。",
  "account.mfa": "兩步驟驗證",
  "account.mfaOff": "關閉",
  "account.mfaPreferred": "使用{method}登入",
  "account.mfaSaved": "您的登入設定已儲存。",
  "account.setUpTotp": "設定驗證器應用程式",
  "account.signOutEverywhere": "在所有裝置上登出",
  "error.MissingScope": "此次登入不允許變更帳戶設定。請登出後重新登入。",
  "verifyContact.title": "驗證您的電子郵件或電話",
  "verifyContact.description": "有了經過驗證的電子郵件或電話號碼，忘記密碼時即可重設。",
  "verifyContact.choose": "我們應將驗證碼傳送到哪裡？",
  "verifyContact.send": "傳送驗證碼",
  "verifyContact.submit": "驗證",
  "verifyContact.change": "將驗證碼傳送到其他地方",
  "verifyContact.skip": "暫時略過",
  "account.verified": "已驗證",
};
