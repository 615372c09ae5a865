import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Turkish: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const trPasswordless: PasswordlessDictionary = {
  "choice.continue": "Devam",
  "choice.title": "Nasıl oturum açacağınızı seçin",
  "choice.signingInAs": "{username} olarak oturum açılıyor.",
  "choice.otherAccount": "Başka bir hesap kullan",
  "choice.otherMethod": "Başka bir yolla oturum aç",
  "method.PASSWORD": "Şifremi kullan",
  "method.EMAIL_OTP": "Bana e-postayla kod gönder",
  "method.SMS_OTP": "Bana SMS ile kod gönder",
  "method.WEB_AUTHN": "Geçiş anahtarı kullan",
  "passwordlessSignUp.description": "Şifre gerekmez: Hesabınızı onaylamanız için size bir kod göndereceğiz.",
  "selectMfaSetup.title": "İki adımlı doğrulamayı ayarlayın",
  "selectMfaSetup.description": "Oturum açma kodlarınızı nasıl almak istersiniz?",
  "setupEmailMfa.title": "Oturum açma kodlarını e-postayla alın",
  "setupEmailMfa.description": "Oturum açma kodlarınız için e-posta adresini girin. Onaylamak için bu adrese bir kod göndereceğiz.",
  "setupEmailMfa.submit": "Kod gönder",
  "error.SignInMethodUnavailable": "Bu oturum açma yolu bu hesap için kullanılamıyor. Başka birini seçin.",
  "error.NoSignInMethod": "Bu hesap, bu uygulamanın sunduğu yolların hiçbiriyle oturum açamıyor. Destek ekibiyle iletişime geçin.",
};
