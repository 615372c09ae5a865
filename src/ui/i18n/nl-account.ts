import type { AccountDictionary } from "./language-parts.js";

/** Dutch: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const nlAccount: AccountDictionary = {
  "account.title": "Je account",
  "account.profile": "Profiel",
  "account.save": "Wijzigingen opslaan",
  "account.saved": "Opgeslagen.",
  "account.unverified": "Niet geverifieerd",
  "account.verify": "{attribute} verifiëren",
  "account.verifyCode": "Code voor {attribute}",
  "account.changePassword": "Wachtwoord wijzigen",
  "account.passwordChanged": "Je wachtwoord is gewijzigd.",
  "account.mfa": "Verificatie in twee stappen",
  "account.mfaOff": "Uit",
  "account.mfaPreferred": "{method} gebruiken om in te loggen",
  "account.mfaSaved": "Je inloginstellingen zijn opgeslagen.",
  "account.setUpTotp": "Authenticator-app instellen",
  "account.signOutEverywhere": "Uitloggen op alle apparaten",
  "error.MissingScope": "Met deze aanmelding kun je de accountinstellingen niet wijzigen. Log uit en meld je opnieuw aan.",
  "verifyContact.title": "Verifieer je e-mailadres of telefoonnummer",
  "verifyContact.description": "Met een geverifieerd e-mailadres of telefoonnummer kun je je wachtwoord opnieuw instellen als je het vergeet.",
  "verifyContact.choose": "Waar moeten we een code naartoe sturen?",
  "verifyContact.send": "Code sturen",
  "verifyContact.submit": "Verifiëren",
  "verifyContact.change": "Code ergens anders naartoe sturen",
  "verifyContact.skip": "Nu overslaan",
  "account.verified": "Geverifieerd",
};
