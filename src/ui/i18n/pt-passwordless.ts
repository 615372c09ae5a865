import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Portuguese (Brazil): the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const ptPasswordless: PasswordlessDictionary = {
  "choice.continue": "Continuar",
  "choice.title": "Escolha como fazer login",
  "choice.signingInAs": "Fazendo login como {username}.",
  "choice.otherAccount": "Usar outra conta",
  "choice.otherMethod": "Fazer login de outra forma",
  "method.PASSWORD": "Usar minha senha",
  "method.EMAIL_OTP": "Enviar um código por e-mail",
  "method.SMS_OTP": "Enviar um código por SMS",
  "method.WEB_AUTHN": "Usar uma chave de acesso",
  "passwordlessSignUp.description": "Não precisa de senha: enviaremos um código para confirmar sua conta.",
  "selectMfaSetup.title": "Configure a verificação em duas etapas",
  "selectMfaSetup.description": "Como você quer receber seus códigos de login?",
  "setupEmailMfa.title": "Receber códigos de login por e-mail",
  "setupEmailMfa.description": "Insira o endereço de e-mail para seus códigos de login. Enviaremos um código para confirmá-lo.",
  "setupEmailMfa.submit": "Enviar código",
  "error.SignInMethodUnavailable": "Essa forma de login não está disponível para esta conta. Escolha outra.",
  "error.NoSignInMethod": "Esta conta não pode fazer login de nenhuma das formas que este app oferece. Fale com o suporte.",
};
