import type { AccountDictionary } from "./language-parts.js";

/** Swedish: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const svAccount: AccountDictionary = {
  "account.title": "Ditt konto",
  "account.profile": "Profil",
  "account.save": "Spara ändringar",
  "account.saved": "Sparat.",
  "account.unverified": "Inte verifierad",
  "account.verify": "Verifiera {attribute}",
  "account.verifyCode": "Kod för {attribute}",
  "account.changePassword": "Byt lösenord",
  "account.passwordChanged": "Ditt lösenord har ändrats.",
  "account.mfa": "Tvåstegsverifiering",
  "account.mfaOff": "Av",
  "account.mfaPreferred": "Använd {method} för att logga in",
  "account.mfaSaved": "Dina inloggningsinställningar har sparats.",
  "account.setUpTotp": "Konfigurera en autentiseringsapp",
  "account.signOutEverywhere": "Logga ut på alla enheter",
  "error.MissingScope": "Den här inloggningen tillåter inte att kontoinställningarna ändras. Logga ut och logga in igen.",
  "verifyContact.title": "Verifiera din e-postadress eller ditt telefonnummer",
  "verifyContact.description": "Med en verifierad e-postadress eller ett verifierat telefonnummer kan du återställa lösenordet om du glömmer det.",
  "verifyContact.choose": "Vart ska vi skicka en kod?",
  "verifyContact.send": "Skicka kod",
  "verifyContact.submit": "Verifiera",
  "verifyContact.change": "Skicka koden någon annanstans",
  "verifyContact.skip": "Hoppa över tills vidare",
  "account.verified": "Verifierad",
};
