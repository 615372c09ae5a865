import type { AccountDictionary } from "./language-parts.js";

/** French: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const frAccount: AccountDictionary = {
  "account.title": "Votre compte",
  "account.profile": "Profil",
  "account.save": "Enregistrer les modifications",
  "account.saved": "Enregistré.",
  "account.unverified": "Non vérifié",
  "account.verify": "Vérifier {attribute}",
  "account.verifyCode": "Code pour {attribute}",
  "account.changePassword": "Modifier le mot de passe",
  "account.passwordChanged": "Votre mot de passe a été modifié.",
  "account.mfa": "Validation en deux étapes",
  "account.mfaOff": "Désactivée",
  "account.mfaPreferred": "Utiliser {method} pour se connecter",
  "account.mfaSaved": "Vos paramètres de connexion ont été enregistrés.",
  "account.setUpTotp": "Configurer une application d’authentification",
  "account.signOutEverywhere": "Se déconnecter de tous les appareils",
  "error.MissingScope": "Cette connexion ne permet pas de modifier les paramètres du compte. Déconnectez-vous, puis reconnectez-vous.",
  "verifyContact.title": "Vérifiez votre e-mail ou votre téléphone",
  "verifyContact.description": "Avec un e-mail ou un numéro de téléphone vérifié, vous pourrez réinitialiser votre mot de passe si vous l’oubliez.",
  "verifyContact.choose": "Où devons-nous envoyer un code ?",
  "verifyContact.send": "Envoyer le code",
  "verifyContact.submit": "Vérifier",
  "verifyContact.change": "Envoyer le code ailleurs",
  "verifyContact.skip": "Ignorer pour l’instant",
  "account.verified": "Vérifié",
};
