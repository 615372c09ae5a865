import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Czech: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const csPasswordless: PasswordlessDictionary = {
  "choice.continue": "Pokračovat",
  "choice.title": "Vyberte, jak se přihlásit",
  "choice.signingInAs": "Přihlašování jako {username}.",
  "choice.otherAccount": "Použít jiný účet",
  "choice.otherMethod": "Přihlásit se jinak",
  "method.PASSWORD": "Použít mé heslo",
  "method.EMAIL_OTP": "Poslat kód e-mailem",
  "method.SMS_OTP": "Poslat kód SMS zprávou",
  "method.WEB_AUTHN": "Použít přístupový klíč",
  "passwordlessSignUp.description": "Heslo není potřeba: pošleme vám kód k potvrzení účtu.",
  "selectMfaSetup.title": "Nastavte dvoufázové ověření",
  "selectMfaSetup.description": "Jak chcete dostávat přihlašovací kódy?",
  "setupEmailMfa.title": "Dostávat přihlašovací kódy e-mailem",
  "setupEmailMfa.description": "Zadejte e-mailovou adresu pro přihlašovací kódy. Pošleme na ni kód k jejímu potvrzení.",
  "setupEmailMfa.submit": "Poslat kód",
  "error.SignInMethodUnavailable": "Tento způsob přihlášení není pro tento účet k dispozici. Vyberte jiný.",
  "error.NoSignInMethod": "Tento účet se nemůže přihlásit žádným ze způsobů, které aplikace nabízí. Kontaktujte podporu.",
};
