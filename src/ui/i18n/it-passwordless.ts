import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Italian: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const itPasswordless: PasswordlessDictionary = {
  "choice.continue": "Continua",
  "choice.title": "Scegli come accedere",
  "choice.signingInAs": "Accesso come {username}.",
  "choice.otherAccount": "Usa un altro account",
  "choice.otherMethod": "Accedi in un altro modo",
  "method.PASSWORD": "Usa la mia password",
  "method.EMAIL_OTP": "Inviami un codice via email",
  "method.SMS_OTP": "Inviami un codice via SMS",
  "method.WEB_AUTHN": "Usa una passkey",
  "passwordlessSignUp.description": "Non serve una password: ti invieremo un codice per confermare il tuo account.",
  "selectMfaSetup.title": "Configura la verifica in due passaggi",
  "selectMfaSetup.description": "Come vuoi ricevere i codici di accesso?",
  "setupEmailMfa.title": "Ricevi i codici di accesso via email",
  "setupEmailMfa.description": "Inserisci l’indirizzo email per i codici di accesso. Ti invieremo un codice per confermarlo.",
  "setupEmailMfa.submit": "Invia codice",
  "error.SignInMethodUnavailable": "Questo metodo di accesso non è disponibile per questo account. Scegline un altro.",
  "error.NoSignInMethod": "Questo account non può accedere in nessuno dei modi offerti da questa app. Contatta l’assistenza.",
};
