import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Danish: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const daPasswordless: PasswordlessDictionary = {
  "choice.continue": "Fortsæt",
  "choice.title": "Vælg, hvordan du vil logge ind",
  "choice.signingInAs": "Logger ind som {username}.",
  "choice.otherAccount": "Brug en anden konto",
  "choice.otherMethod": "Log ind på en anden måde",
  "method.PASSWORD": "Brug min adgangskode",
  "method.EMAIL_OTP": "Send mig en kode på mail",
  "method.SMS_OTP": "Send mig en kode på sms",
  "method.WEB_AUTHN": "Brug en adgangsnøgle",
  "passwordlessSignUp.description": "Ingen adgangskode nødvendig: Vi sender dig en kode for at bekræfte din konto.",
  "selectMfaSetup.title": "Konfigurer totrinsbekræftelse",
  "selectMfaSetup.description": "Hvordan vil du modtage dine loginkoder?",
  "setupEmailMfa.title": "Få loginkoder på mail",
  "setupEmailMfa.description": "Angiv den mailadresse, dine loginkoder skal sendes til. Vi sender en kode dertil for at bekræfte den.",
  "setupEmailMfa.submit": "Send kode",
  "error.SignInMethodUnavailable": "Den måde at logge ind på er ikke tilgængelig for denne konto. Vælg en anden.",
  "error.NoSignInMethod": "Denne konto kan ikke logge ind på nogen af de måder, appen tilbyder. Kontakt support.",
};
