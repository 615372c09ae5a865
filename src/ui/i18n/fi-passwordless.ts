import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Finnish: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const fiPasswordless: PasswordlessDictionary = {
  "choice.continue": "Jatka",
  "choice.title": "Valitse kirjautumistapa",
  "choice.signingInAs": "Kirjaudutaan käyttäjänä {username}.",
  "choice.otherAccount": "Käytä toista tiliä",
  "choice.otherMethod": "Kirjaudu toisella tavalla",
  "method.PASSWORD": "Käytä salasanaani",
  "method.EMAIL_OTP": "Lähetä minulle koodi sähköpostitse",
  "method.SMS_OTP": "Lähetä minulle koodi tekstiviestinä",
  "method.WEB_AUTHN": "Käytä pääsyavainta",
  "passwordlessSignUp.description": "Salasanaa ei tarvita: lähetämme sinulle koodin tilisi vahvistamiseksi.",
  "selectMfaSetup.title": "Ota kaksivaiheinen vahvistus käyttöön",
  "selectMfaSetup.description": "Miten haluat saada kirjautumiskoodit?",
  "setupEmailMfa.title": "Saa kirjautumiskoodit sähköpostitse",
  "setupEmailMfa.description": "Anna sähköpostiosoite kirjautumiskoodeille. Lähetämme siihen koodin osoitteen vahvistamiseksi.",
  "setupEmailMfa.submit": "Lähetä koodi",
  "error.SignInMethodUnavailable": "Tämä kirjautumistapa ei ole käytettävissä tällä tilillä. Valitse toinen.",
  "error.NoSignInMethod": "Tällä tilillä ei voi kirjautua millään sovelluksen tarjoamalla tavalla. Ota yhteyttä tukeen.",
};
