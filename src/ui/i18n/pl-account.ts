import type { AccountDictionary } from "./language-parts.js";

/** Polish: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const plAccount: AccountDictionary = {
  "account.title": "Twoje konto",
  "account.profile": "Profil",
  "account.save": "Zapisz zmiany",
  "account.saved": "Zapisano.",
  "account.unverified": "Nie zweryfikowano",
  "account.verify": "Zweryfikuj: {attribute}",
  "account.verifyCode": "Kod dla: {attribute}",
  "account.changePassword": "Zmień hasło",
  "account.passwordChanged": "Hasło zostało zmienione.",
  "account.mfa": "Weryfikacja dwuetapowa",
  "account.mfaOff": "Wyłączona",
  "account.mfaPreferred": "Loguj się za pomocą: {method}",
  "account.mfaSaved": "Ustawienia logowania zostały zapisane.",
  "account.setUpTotp": "Skonfiguruj aplikację uwierzytelniającą",
  "account.signOutEverywhere": "Wyloguj się na wszystkich urządzeniach",
  "error.MissingScope": "To logowanie nie pozwala zmieniać ustawień konta. Wyloguj się i zaloguj ponownie.",
  "verifyContact.title": "Zweryfikuj adres e-mail lub telefon",
  "verifyContact.description": "Dzięki zweryfikowanemu adresowi e-mail lub numerowi telefonu możesz zresetować hasło, jeśli je zapomnisz.",
  "verifyContact.choose": "Gdzie wysłać kod?",
  "verifyContact.send": "Wyślij kod",
  "verifyContact.submit": "Zweryfikuj",
  "verifyContact.change": "Wyślij kod gdzie indziej",
  "verifyContact.skip": "Pomiń na razie",
  "account.verified": "Zweryfikowano",
};
