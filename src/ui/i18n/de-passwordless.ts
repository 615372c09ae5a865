import type { PasswordlessDictionary } from "./en-passwordless.js";

/** German: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const dePasswordless: PasswordlessDictionary = {
  "choice.continue": "Weiter",
  "choice.title": "Wählen Sie, wie Sie sich anmelden",
  "choice.signingInAs": "Anmeldung als {username}.",
  "choice.otherAccount": "Anderes Konto verwenden",
  "choice.otherMethod": "Anders anmelden",
  "method.PASSWORD": "Mein Passwort verwenden",
  "method.EMAIL_OTP": "Code per E-Mail senden",
  "method.SMS_OTP": "Code per SMS senden",
  "method.WEB_AUTHN": "Passkey verwenden",
  "passwordlessSignUp.description": "Kein Passwort nötig: Wir senden Ihnen einen Code, um Ihr Konto zu bestätigen.",
  "selectMfaSetup.title": "Bestätigung in zwei Schritten einrichten",
  "selectMfaSetup.description": "Wie möchten Sie Ihre Anmeldecodes erhalten?",
  "setupEmailMfa.title": "Anmeldecodes per E-Mail erhalten",
  "setupEmailMfa.description": "Geben Sie die E-Mail-Adresse für Ihre Anmeldecodes ein. Wir senden einen Code dorthin, um sie zu bestätigen.",
  "setupEmailMfa.submit": "Code senden",
  "error.SignInMethodUnavailable": "Diese Anmeldeart ist für dieses Konto nicht verfügbar. Wählen Sie eine andere.",
  "error.NoSignInMethod": "Mit diesem Konto ist keine der Anmeldearten dieser App möglich. Wenden Sie sich an den Support.",
};
