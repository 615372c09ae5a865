import type { AccountDictionary } from "./language-parts.js";

/** Turkish: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const trAccount: AccountDictionary = {
  "account.title": "Hesabınız",
  "account.profile": "Profil",
  "account.save": "Değişiklikleri kaydet",
  "account.saved": "Kaydedildi.",
  "account.unverified": "Doğrulanmadı",
  "account.verify": "Doğrula: {attribute}",
  "account.verifyCode": "Kod: {attribute}",
  "account.changePassword": "Şifreyi değiştir",
  "account.passwordChanged": "Şifreniz değiştirildi.",
  "account.mfa": "İki adımlı doğrulama",
  "account.mfaOff": "Kapalı",
  "account.mfaPreferred": "Oturum açmak için kullan: {method}",
  "account.mfaSaved": "Oturum açma ayarlarınız kaydedildi.",
  "account.setUpTotp": "Kimlik doğrulama uygulaması kur",
  "account.signOutEverywhere": "Tüm cihazlarda oturumu kapat",
  "error.MissingScope": "Bu oturum açma, hesap ayarlarını değiştirmeye izin vermiyor. Oturumu kapatıp yeniden açın.",
  "verifyContact.title": "E-postanızı veya telefonunuzu doğrulayın",
  "verifyContact.description": "Doğrulanmış bir e-posta adresi veya telefon numarasıyla şifrenizi unutursanız sıfırlayabilirsiniz.",
  "verifyContact.choose": "Kodu nereye gönderelim?",
  "verifyContact.send": "Kod gönder",
  "verifyContact.submit": "Doğrula",
  "verifyContact.change": "Kodu başka bir yere gönder",
  "verifyContact.skip": "Şimdilik atla",
  "account.verified": "Doğrulandı",
};
