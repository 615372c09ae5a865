import type { AccountDictionary } from "./language-parts.js";

/** German: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const deAccount: AccountDictionary = {
  "account.title": "Ihr Konto",
  "account.profile": "Profil",
  "account.save": "Änderungen speichern",
  "account.saved": "Gespeichert.",
  "account.unverified": "Nicht bestätigt",
  "account.verify": "{attribute} bestätigen",
  "account.verifyCode": "Code für {attribute}",
  "account.changePassword": "Passwort ändern",
  "account.passwordChanged": "Ihr Passwort wurde geändert.",
  "account.mfa": "Bestätigung in zwei Schritten",
  "account.mfaOff": "Aus",
  "account.mfaPreferred": "Mit {method} anmelden",
  "account.mfaSaved": "Ihre Anmeldeeinstellungen wurden gespeichert.",
  "account.setUpTotp": "Authentifizierungs-App einrichten",
  "account.signOutEverywhere": "Auf allen Geräten abmelden",
  "error.MissingScope": "Mit dieser Anmeldung können Sie die Kontoeinstellungen nicht ändern. Melden Sie sich ab und erneut an.",
  "verifyContact.title": "E-Mail-Adresse oder Telefonnummer bestätigen",
  "verifyContact.description": "Mit einer bestätigten E-Mail-Adresse oder Telefonnummer können Sie Ihr Passwort zurücksetzen, falls Sie es vergessen.",
  "verifyContact.choose": "Wohin sollen wir einen Code senden?",
  "verifyContact.send": "Code senden",
  "verifyContact.submit": "Bestätigen",
  "verifyContact.change": "Code an eine andere Adresse senden",
  "verifyContact.skip": "Jetzt überspringen",
  "account.verified": "Bestätigt",
};
