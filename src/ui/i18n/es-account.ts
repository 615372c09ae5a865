import type { AccountDictionary } from "./language-parts.js";

/** Spanish: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const esAccount: AccountDictionary = {
  "account.title": "Su cuenta",
  "account.profile": "Perfil",
  "account.save": "Guardar cambios",
  "account.saved": "Guardado.",
  "account.unverified": "No verificado",
  "account.verify": "Verificar {attribute}",
  "account.verifyCode": "Código para {attribute}",
  "account.changePassword": "Cambiar contraseña",
  "account.passwordChanged": "Se cambió su contraseña.",
  "account.mfa": "Verificación en dos pasos",
  "account.mfaOff": "Desactivada",
  "account.mfaPreferred": "Usar {method} para iniciar sesión",
  "account.mfaSaved": "Se guardó su configuración de inicio de sesión.",
  "account.setUpTotp": "Configurar una aplicación de autenticación",
  "account.signOutEverywhere": "Cerrar sesión en todos los dispositivos",
  "error.MissingScope": "Este inicio de sesión no permite cambiar la configuración de la cuenta. Cierra sesión y vuelve a iniciarla.",
  "verifyContact.title": "Verifique su correo electrónico o teléfono",
  "verifyContact.description": "Con un correo electrónico o un número de teléfono verificado, puede restablecer su contraseña si la olvida.",
  "verifyContact.choose": "¿A dónde le enviamos un código?",
  "verifyContact.send": "Enviar código",
  "verifyContact.submit": "Verificar",
  "verifyContact.change": "Enviar el código a otro destino",
  "verifyContact.skip": "Omitir por ahora",
  "account.verified": "Verificado",
};
