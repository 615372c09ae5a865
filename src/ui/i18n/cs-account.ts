import type { AccountDictionary } from "./language-parts.js";

/** Czech: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const csAccount: AccountDictionary = {
  "account.title": "Váš účet",
  "account.profile": "Profil",
  "account.save": "Uložit změny",
  "account.saved": "Uloženo.",
  "account.unverified": "Neověřeno",
  "account.verify": "Ověřit: {attribute}",
  "account.verifyCode": "Kód pro: {attribute}",
  "account.changePassword": "Změnit heslo",
  "account.passwordChanged": "Vaše heslo bylo změněno.",
  "account.mfa": "Dvoufázové ověření",
  "account.mfaOff": "Vypnuto",
  "account.mfaPreferred": "Přihlašovat se pomocí: {method}",
  "account.mfaSaved": "Nastavení přihlašování bylo uloženo.",
  "account.setUpTotp": "Nastavit ověřovací aplikaci",
  "account.signOutEverywhere": "Odhlásit se na všech zařízeních",
  "error.MissingScope": "Toto přihlášení neumožňuje měnit nastavení účtu. Odhlaste se a znovu se přihlaste.",
  "verifyContact.title": "Ověřte svůj e-mail nebo telefon",
  "verifyContact.description": "S ověřeným e-mailem nebo telefonním číslem si můžete obnovit heslo, pokud ho zapomenete.",
  "verifyContact.choose": "Kam vám máme poslat kód?",
  "verifyContact.send": "Poslat kód",
  "verifyContact.submit": "Ověřit",
  "verifyContact.change": "Poslat kód jinam",
  "verifyContact.skip": "Teď přeskočit",
  "account.verified": "Ověřeno",
};
