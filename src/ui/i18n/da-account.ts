import type { AccountDictionary } from "./language-parts.js";

/** Danish: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const daAccount: AccountDictionary = {
  "account.title": "Din konto",
  "account.profile": "Profil",
  "account.save": "Gem ændringer",
  "account.saved": "Gemt.",
  "account.unverified": "Ikke bekræftet",
  "account.verify": "Bekræft {attribute}",
  "account.verifyCode": "Kode til {attribute}",
  "account.changePassword": "Skift adgangskode",
  "account.passwordChanged": "Din adgangskode er ændret.",
  "account.mfa": "Totrinsbekræftelse",
  "account.mfaOff": "Fra",
  "account.mfaPreferred": "Brug {method} til at logge ind",
  "account.mfaSaved": "Dine loginindstillinger er gemt.",
  "account.setUpTotp": "Konfigurer en godkendelsesapp",
  "account.signOutEverywhere": "Log ud på alle enheder",
  "error.MissingScope": "Dette login giver ikke adgang til at ændre kontoindstillinger. Log ud, og log ind igen.",
  "verifyContact.title": "Bekræft din mailadresse eller dit telefonnummer",
  "verifyContact.description": "Med en bekræftet mailadresse eller et bekræftet telefonnummer kan du nulstille din adgangskode, hvis du glemmer den.",
  "verifyContact.choose": "Hvor skal vi sende en kode hen?",
  "verifyContact.send": "Send kode",
  "verifyContact.submit": "Bekræft",
  "verifyContact.change": "Send koden et andet sted hen",
  "verifyContact.skip": "Spring over for nu",
  "account.verified": "Bekræftet",
};
