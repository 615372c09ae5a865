import type { AccountDictionary } from "./language-parts.js";

/** Italian: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const itAccount: AccountDictionary = {
  "account.title": "Il tuo account",
  "account.profile": "Profilo",
  "account.save": "Salva modifiche",
  "account.saved": "Salvato.",
  "account.unverified": "Non verificato",
  "account.verify": "Verifica {attribute}",
  "account.verifyCode": "Codice per {attribute}",
  "account.changePassword": "Cambia password",
  "account.passwordChanged": "La password è stata cambiata.",
  "account.mfa": "Verifica in due passaggi",
  "account.mfaOff": "Disattivata",
  "account.mfaPreferred": "Usa {method} per accedere",
  "account.mfaSaved": "Le impostazioni di accesso sono state salvate.",
  "account.setUpTotp": "Configura un’app di autenticazione",
  "account.signOutEverywhere": "Esci da tutti i dispositivi",
  "error.MissingScope": "Questo accesso non consente di modificare le impostazioni dell'account. Esci e accedi di nuovo.",
  "verifyContact.title": "Verifica la tua email o il tuo telefono",
  "verifyContact.description": "Con un’email o un numero di telefono verificato puoi reimpostare la password se la dimentichi.",
  "verifyContact.choose": "Dove ti inviamo il codice?",
  "verifyContact.send": "Invia codice",
  "verifyContact.submit": "Verifica",
  "verifyContact.change": "Invia il codice altrove",
  "verifyContact.skip": "Salta per ora",
  "account.verified": "Verificato",
};
