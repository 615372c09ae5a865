import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Ukrainian: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const ukPasswordless: PasswordlessDictionary = {
  "choice.continue": "Продовжити",
  "choice.title": "Виберіть спосіб входу",
  "choice.signingInAs": "Вхід як {username}.",
  "choice.otherAccount": "Використати інший обліковий запис",
  "choice.otherMethod": "Увійти іншим способом",
  "method.PASSWORD": "Використати мій пароль",
  "method.EMAIL_OTP": "Надіслати код на пошту",
  "method.SMS_OTP": "Надіслати код у SMS",
  "method.WEB_AUTHN": "Використати ключ доступу",
  "passwordlessSignUp.description": "Пароль не потрібен: ми надішлемо вам код для підтвердження облікового запису.",
  "selectMfaSetup.title": "Налаштуйте двоетапну перевірку",
  "selectMfaSetup.description": "Як ви хочете отримувати коди для входу?",
  "setupEmailMfa.title": "Отримувати коди для входу поштою",
  "setupEmailMfa.description": "Введіть адресу електронної пошти для кодів входу. Ми надішлемо на неї код, щоб її підтвердити.",
  "setupEmailMfa.submit": "Надіслати код",
  "error.SignInMethodUnavailable": "Цей спосіб входу недоступний для цього облікового запису. Виберіть інший.",
  "error.NoSignInMethod": "Цей обліковий запис не може увійти жодним зі способів, які пропонує застосунок. Зверніться до підтримки.",
};
