import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Polish: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const plPasswordless: PasswordlessDictionary = {
  "choice.continue": "Dalej",
  "choice.title": "Wybierz sposób logowania",
  "choice.signingInAs": "Logowanie jako {username}.",
  "choice.otherAccount": "Użyj innego konta",
  "choice.otherMethod": "Zaloguj się w inny sposób",
  "method.PASSWORD": "Użyj mojego hasła",
  "method.EMAIL_OTP": "Wyślij mi kod e-mailem",
  "method.SMS_OTP": "Wyślij mi kod SMS-em",
  "method.WEB_AUTHN": "Użyj klucza dostępu",
  "passwordlessSignUp.description": "Hasło nie jest potrzebne: wyślemy Ci kod, aby potwierdzić konto.",
  "selectMfaSetup.title": "Skonfiguruj weryfikację dwuetapową",
  "selectMfaSetup.description": "Jak chcesz otrzymywać kody logowania?",
  "setupEmailMfa.title": "Otrzymuj kody logowania e-mailem",
  "setupEmailMfa.description": "Wpisz adres e-mail, na który mają przychodzić kody logowania. Wyślemy na niego kod, aby go potwierdzić.",
  "setupEmailMfa.submit": "Wyślij kod",
  "error.SignInMethodUnavailable": "Ten sposób logowania nie jest dostępny dla tego konta. Wybierz inny.",
  "error.NoSignInMethod": "To konto nie może się zalogować żadnym ze sposobów oferowanych przez tę aplikację. Skontaktuj się z pomocą techniczną.",
};
