import type { AccountDictionary } from "./language-parts.js";

/** Norwegian Bokmål: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const nbAccount: AccountDictionary = {
  "account.title": "Kontoen din",
  "account.profile": "Profil",
  "account.save": "Lagre endringer",
  "account.saved": "Lagret.",
  "account.unverified": "Ikke bekreftet",
  "account.verify": "Bekreft {attribute}",
  "account.verifyCode": "Kode for {attribute}",
  "account.changePassword": "Endre passord",
  "account.passwordChanged": "Passordet ditt er endret.",
  "account.mfa": "Totrinnsbekreftelse",
  "account.mfaOff": "Av",
  "account.mfaPreferred": "Bruk {method} for å logge på",
  "account.mfaSaved": "Påloggingsinnstillingene dine er lagret.",
  "account.setUpTotp": "Konfigurer en autentiseringsapp",
  "account.signOutEverywhere": "Logg av på alle enheter",
  "error.MissingScope": "Denne påloggingen tillater ikke endring av kontoinnstillinger. Logg av og logg på igjen.",
  "verifyContact.title": "Bekreft e-postadressen eller telefonnummeret ditt",
  "verifyContact.description": "Med en bekreftet e-postadresse eller et bekreftet telefonnummer kan du tilbakestille passordet hvis du glemmer det.",
  "verifyContact.choose": "Hvor skal vi sende koden?",
  "verifyContact.send": "Send kode",
  "verifyContact.submit": "Bekreft",
  "verifyContact.change": "Send koden et annet sted",
  "verifyContact.skip": "Hopp over nå",
  "account.verified": "Bekreftet",
};
