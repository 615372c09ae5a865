import type { AccountDictionary } from "./language-parts.js";

/** Ukrainian: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const ukAccount: AccountDictionary = {
  "account.title": "Ваш обліковий запис",
  "account.profile": "Профіль",
  "account.save": "Зберегти зміни",
  "account.saved": "Збережено.",
  "account.unverified": "Не підтверджено",
  "account.verify": "Підтвердити: {attribute}",
  "account.verifyCode": "Код для підтвердження: {attribute}",
  "account.changePassword": "Змінити пароль",
  "account.passwordChanged": "Ваш пароль змінено.",
  "account.mfa": "Двоетапна перевірка",
  "account.mfaOff": "Вимкнено",
  "account.mfaPreferred": "Спосіб входу: {method}",
  "account.mfaSaved": "Налаштування входу збережено.",
  "account.setUpTotp": "Налаштувати додаток для автентифікації",
  "account.signOutEverywhere": "Вийти на всіх пристроях",
  "error.MissingScope": "Цей вхід не дозволяє змінювати налаштування облікового запису. Вийдіть і увійдіть знову.",
  "verifyContact.title": "Підтвердьте пошту або телефон",
  "verifyContact.description": "З підтвердженою поштою або номером телефону ви зможете скинути пароль, якщо забудете його.",
  "verifyContact.choose": "Куди надіслати код?",
  "verifyContact.send": "Надіслати код",
  "verifyContact.submit": "Підтвердити",
  "verifyContact.change": "Надіслати код в інше місце",
  "verifyContact.skip": "Пропустити поки що",
  "account.verified": "Підтверджено",
};
