import type { AccountDictionary } from "./language-parts.js";

/** Portuguese (Brazil): the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const ptAccount: AccountDictionary = {
  "account.title": "Sua conta",
  "account.profile": "Perfil",
  "account.save": "Salvar alterações",
  "account.saved": "Salvo.",
  "account.unverified": "Não verificado",
  "account.verify": "Verificar {attribute}",
  "account.verifyCode": "Código para {attribute}",
  "account.changePassword": "Alterar senha",
  "account.passwordChanged": "Sua senha foi alterada.",
  "account.mfa": "Verificação em duas etapas",
  "account.mfaOff": "Desativada",
  "account.mfaPreferred": "Usar {method} para fazer login",
  "account.mfaSaved": "Suas configurações de login foram salvas.",
  "account.setUpTotp": "Configurar um app autenticador",
  "account.signOutEverywhere": "Sair de todos os dispositivos",
  "error.MissingScope": "Este início de sessão não permite alterar as configurações da conta. Saia e entre novamente.",
  "verifyContact.title": "Verifique seu e-mail ou telefone",
  "verifyContact.description": "Com um e-mail ou número de telefone verificado, você pode redefinir sua senha se esquecê-la.",
  "verifyContact.choose": "Para onde devemos enviar o código?",
  "verifyContact.send": "Enviar código",
  "verifyContact.submit": "Verificar",
  "verifyContact.change": "Enviar o código para outro lugar",
  "verifyContact.skip": "Pular por enquanto",
  "account.verified": "Verificado",
};
