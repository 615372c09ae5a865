import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Spanish: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const esPasswordless: PasswordlessDictionary = {
  "choice.continue": "Continuar",
  "choice.title": "Elija cómo iniciar sesión",
  "choice.signingInAs": "Iniciando sesión como {username}.",
  "choice.otherAccount": "Usar otra cuenta",
  "choice.otherMethod": "Iniciar sesión de otra forma",
  "method.PASSWORD": "Usar mi contraseña",
  "method.EMAIL_OTP": "Enviarme un código por correo electrónico",
  "method.SMS_OTP": "Enviarme un código por SMS",
  "method.WEB_AUTHN": "Usar una clave de acceso",
  "passwordlessSignUp.description": "No necesita contraseña: le enviaremos un código para confirmar su cuenta.",
  "selectMfaSetup.title": "Configure la verificación en dos pasos",
  "selectMfaSetup.description": "¿Cómo quiere recibir sus códigos de inicio de sesión?",
  "setupEmailMfa.title": "Reciba los códigos de inicio de sesión por correo electrónico",
  "setupEmailMfa.description": "Introduzca la dirección de correo electrónico para sus códigos de inicio de sesión. Le enviaremos un código para confirmarla.",
  "setupEmailMfa.submit": "Enviar código",
  "error.SignInMethodUnavailable": "Esa forma de iniciar sesión no está disponible para esta cuenta. Elija otra.",
  "error.NoSignInMethod": "Esta cuenta no puede iniciar sesión de ninguna de las formas que ofrece esta aplicación. Póngase en contacto con el soporte.",
};
