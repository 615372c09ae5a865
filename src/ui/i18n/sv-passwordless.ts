import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Swedish: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const svPasswordless: PasswordlessDictionary = {
  "choice.continue": "Fortsätt",
  "choice.title": "Välj hur du vill logga in",
  "choice.signingInAs": "Loggar in som {username}.",
  "choice.otherAccount": "Använd ett annat konto",
  "choice.otherMethod": "Logga in på annat sätt",
  "method.PASSWORD": "Använd mitt lösenord",
  "method.EMAIL_OTP": "Mejla mig en kod",
  "method.SMS_OTP": "Sms:a mig en kod",
  "method.WEB_AUTHN": "Använd en nyckel (passkey)",
  "passwordlessSignUp.description": "Inget lösenord behövs: vi skickar en kod för att bekräfta ditt konto.",
  "selectMfaSetup.title": "Konfigurera tvåstegsverifiering",
  "selectMfaSetup.description": "Hur vill du få dina inloggningskoder?",
  "setupEmailMfa.title": "Få inloggningskoder via e-post",
  "setupEmailMfa.description": "Ange e-postadressen för dina inloggningskoder. Vi skickar en kod dit för att bekräfta den.",
  "setupEmailMfa.submit": "Skicka kod",
  "error.SignInMethodUnavailable": "Det inloggningssättet är inte tillgängligt för det här kontot. Välj ett annat.",
  "error.NoSignInMethod": "Det här kontot kan inte logga in på något av sätten som appen erbjuder. Kontakta supporten.",
};
