import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Russian: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const ruPasswordless: PasswordlessDictionary = {
  "choice.continue": "Продолжить",
  "choice.title": "Выберите способ входа",
  "choice.signingInAs": "Вход как {username}.",
  "choice.otherAccount": "Использовать другой аккаунт",
  "choice.otherMethod": "Войти другим способом",
  "method.PASSWORD": "Использовать мой пароль",
  "method.EMAIL_OTP": "Отправить код на почту",
  "method.SMS_OTP": "Отправить код в SMS",
  "method.WEB_AUTHN": "Использовать ключ доступа",
  "passwordlessSignUp.description": "Пароль не нужен: мы отправим вам код для подтверждения аккаунта.",
  "selectMfaSetup.title": "Настройте двухэтапную проверку",
  "selectMfaSetup.description": "Как вы хотите получать коды для входа?",
  "setupEmailMfa.title": "Получать коды для входа по почте",
  "setupEmailMfa.description": "Введите адрес электронной почты для кодов входа. Мы отправим на него код, чтобы подтвердить его.",
  "setupEmailMfa.submit": "Отправить код",
  "error.SignInMethodUnavailable": "Этот способ входа недоступен для этого аккаунта. Выберите другой.",
  "error.NoSignInMethod": "Этот аккаунт не может войти ни одним из способов, которые предлагает приложение. Обратитесь в поддержку.",
};
