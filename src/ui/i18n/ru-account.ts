import type { AccountDictionary } from "./language-parts.js";

/** Russian: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const ruAccount: AccountDictionary = {
  "account.title": "Ваш аккаунт",
  "account.profile": "Профиль",
  "account.save": "Сохранить изменения",
  "account.saved": "Сохранено.",
  "account.unverified": "Не подтверждено",
  "account.verify": "Подтвердить: {attribute}",
  "account.verifyCode": "Код для подтверждения: {attribute}",
  "account.changePassword": "Изменить пароль",
  "account.passwordChanged": "Ваш пароль изменен.",
  "account.mfa": "Двухэтапная проверка",
  "account.mfaOff": "Выключена",
  "account.mfaPreferred": "Способ входа: {method}",
  "account.mfaSaved": "Настройки входа сохранены.",
  "account.setUpTotp": "Настроить приложение-аутентификатор",
  "account.signOutEverywhere": "Выйти на всех устройствах",
  "error.MissingScope": "Этот вход не позволяет менять настройки аккаунта. Выйдите и войдите снова.",
  "verifyContact.title": "Подтвердите почту или телефон",
  "verifyContact.description": "С подтверждённой почтой или номером телефона вы сможете сбросить пароль, если забудете его.",
  "verifyContact.choose": "Куда отправить код?",
  "verifyContact.send": "Отправить код",
  "verifyContact.submit": "Подтвердить",
  "verifyContact.change": "Отправить код в другое место",
  "verifyContact.skip": "Пропустить пока",
  "account.verified": "Подтверждено",
};
