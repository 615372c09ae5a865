import type { AccountDictionary } from "./language-parts.js";

/** Finnish: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const fiAccount: AccountDictionary = {
  "account.title": "Tilisi",
  "account.profile": "Profiili",
  "account.save": "Tallenna muutokset",
  "account.saved": "Tallennettu.",
  "account.unverified": "Ei vahvistettu",
  "account.verify": "Vahvista {attribute}",
  "account.verifyCode": "Koodi: {attribute}",
  "account.changePassword": "Vaihda salasana",
  "account.passwordChanged": "Salasanasi on vaihdettu.",
  "account.mfa": "Kaksivaiheinen vahvistus",
  "account.mfaOff": "Ei käytössä",
  "account.mfaPreferred": "Kirjaudu käyttämällä menetelmää {method}",
  "account.mfaSaved": "Kirjautumisasetuksesi on tallennettu.",
  "account.setUpTotp": "Ota todennussovellus käyttöön",
  "account.signOutEverywhere": "Kirjaudu ulos kaikilla laitteilla",
  "error.MissingScope": "Tämä kirjautuminen ei salli tiliasetusten muuttamista. Kirjaudu ulos ja kirjaudu sisään uudelleen.",
  "verifyContact.title": "Vahvista sähköpostiosoitteesi tai puhelinnumerosi",
  "verifyContact.description": "Vahvistetun sähköpostiosoitteen tai puhelinnumeron avulla voit vaihtaa salasanasi, jos unohdat sen.",
  "verifyContact.choose": "Minne lähetämme koodin?",
  "verifyContact.send": "Lähetä koodi",
  "verifyContact.submit": "Vahvista",
  "verifyContact.change": "Lähetä koodi muualle",
  "verifyContact.skip": "Ohita toistaiseksi",
  "account.verified": "Vahvistettu",
};
