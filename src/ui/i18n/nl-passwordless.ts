import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Dutch: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const nlPasswordless: PasswordlessDictionary = {
  "choice.continue": "Doorgaan",
  "choice.title": "Kies hoe je wilt inloggen",
  "choice.signingInAs": "Inloggen als {username}.",
  "choice.otherAccount": "Ander account gebruiken",
  "choice.otherMethod": "Op een andere manier inloggen",
  "method.PASSWORD": "Mijn wachtwoord gebruiken",
  "method.EMAIL_OTP": "Stuur me een code per e-mail",
  "method.SMS_OTP": "Stuur me een code per sms",
  "method.WEB_AUTHN": "Een passkey gebruiken",
  "passwordlessSignUp.description": "Geen wachtwoord nodig: we sturen je een code om je account te bevestigen.",
  "selectMfaSetup.title": "Verificatie in twee stappen instellen",
  "selectMfaSetup.description": "Hoe wil je je inlogcodes ontvangen?",
  "setupEmailMfa.title": "Inlogcodes per e-mail ontvangen",
  "setupEmailMfa.description": "Voer het e-mailadres voor je inlogcodes in. We sturen er een code naartoe om het te bevestigen.",
  "setupEmailMfa.submit": "Code sturen",
  "error.SignInMethodUnavailable": "Deze manier van inloggen is niet beschikbaar voor dit account. Kies een andere.",
  "error.NoSignInMethod": "Dit account kan op geen van de manieren van deze app inloggen. Neem contact op met support.",
};
