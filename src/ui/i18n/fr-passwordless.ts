import type { PasswordlessDictionary } from "./en-passwordless.js";

/** French: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const frPasswordless: PasswordlessDictionary = {
  "choice.continue": "Continuer",
  "choice.title": "Choisissez comment vous connecter",
  "choice.signingInAs": "Connexion en tant que {username}.",
  "choice.otherAccount": "Utiliser un autre compte",
  "choice.otherMethod": "Se connecter autrement",
  "method.PASSWORD": "Utiliser mon mot de passe",
  "method.EMAIL_OTP": "M’envoyer un code par e-mail",
  "method.SMS_OTP": "M’envoyer un code par SMS",
  "method.WEB_AUTHN": "Utiliser une clé d’accès",
  "passwordlessSignUp.description": "Aucun mot de passe nécessaire : nous vous enverrons un code pour confirmer votre compte.",
  "selectMfaSetup.title": "Configurez la validation en deux étapes",
  "selectMfaSetup.description": "Comment souhaitez-vous recevoir vos codes de connexion ?",
  "setupEmailMfa.title": "Recevoir les codes de connexion par e-mail",
  "setupEmailMfa.description": "Saisissez l’adresse e-mail où recevoir vos codes de connexion. Nous y enverrons un code pour la confirmer.",
  "setupEmailMfa.submit": "Envoyer le code",
  "error.SignInMethodUnavailable": "Ce mode de connexion n’est pas disponible pour ce compte. Choisissez-en un autre.",
  "error.NoSignInMethod": "Ce compte ne peut se connecter par aucun des moyens proposés par cette application. Contactez l’assistance.",
};
