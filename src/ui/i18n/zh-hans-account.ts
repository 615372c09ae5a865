import type { AccountDictionary } from "./language-parts.js";

/** Chinese (Simplified): the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const zhHansAccount: AccountDictionary = {
  "account.title": "您的账号",
  "account.profile": "个人资料",
  "account.save": "保存更改",
  "account.saved": "已保存。",
  "account.unverified": "未验证",
  "account.verify": "验证{attribute}",
  "account.verifyCode": "{attribute}验证码",
  "account.changePassword": "更改密码",
  "account.passwordChanged": "您的密码已更改。",
  "account.mfa": "两步验证",
  "account.mfaOff": "关闭",
  "account.mfaPreferred": "使用{method}登录",
  "account.mfaSaved": "您的登录设置已保存。",
  "account.setUpTotp": "设置身份验证器应用",
  "account.signOutEverywhere": "在所有设备上退出登录",
  "error.MissingScope": "此次登录不允许更改账户设置。请退出登录后重新登录。",
  "verifyContact.title": "验证您的电子邮件或电话",
  "verifyContact.description": "有了经过验证的电子邮件或电话号码，忘记密码时即可重置。",
  "verifyContact.choose": "我们应将验证码发送到哪里？",
  "verifyContact.send": "发送验证码",
  "verifyContact.submit": "验证",
  "verifyContact.change": "将验证码发送到其他地方",
  "verifyContact.skip": "暂时跳过",
  "account.verified": "已验证",
};
