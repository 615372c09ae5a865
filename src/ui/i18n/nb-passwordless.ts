import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Norwegian Bokmål: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const nbPasswordless: PasswordlessDictionary = {
  "choice.continue": "Fortsett",
  "choice.title": "Velg hvordan du vil logge på",
  "choice.signingInAs": "Logger på som {username}.",
  "choice.otherAccount": "Bruk en annen konto",
  "choice.otherMethod": "Logg på en annen måte",
  "method.PASSWORD": "Bruk passordet mitt",
  "method.EMAIL_OTP": "Send meg en kode på e-post",
  "method.SMS_OTP": "Send meg en kode på SMS",
  "method.WEB_AUTHN": "Bruk en tilgangsnøkkel",
  "passwordlessSignUp.description": "Du trenger ikke passord: Vi sender deg en kode for å bekrefte kontoen din.",
  "selectMfaSetup.title": "Konfigurer totrinnsbekreftelse",
  "selectMfaSetup.description": "Hvordan vil du motta påloggingskodene dine?",
  "setupEmailMfa.title": "Få påloggingskoder på e-post",
  "setupEmailMfa.description": "Skriv inn e-postadressen for påloggingskodene dine. Vi sender en kode dit for å bekrefte den.",
  "setupEmailMfa.submit": "Send kode",
  "error.SignInMethodUnavailable": "Den påloggingsmåten er ikke tilgjengelig for denne kontoen. Velg en annen.",
  "error.NoSignInMethod": "Denne kontoen kan ikke logge på på noen av måtene appen tilbyr. Kontakt kundestøtte.",
};
