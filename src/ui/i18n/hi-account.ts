import type { AccountDictionary } from "./language-parts.js";

/** Hindi: the strings of the account screens (loaded by them when the language came from `loadLanguage`). */
export const hiAccount: AccountDictionary = {
  "account.title": "आपका खाता",
  "account.profile": "प्रोफ़ाइल",
  "account.save": "बदलाव सेव करें",
  "account.saved": "सेव हो गया।",
  "account.unverified": "पुष्टि नहीं हुई",
  "account.verify": "{attribute} की पुष्टि करें",
  "account.verifyCode": "{attribute} के लिए कोड",
  "account.changePassword": "पासवर्ड बदलें",
  "account.passwordChanged": "आपका पासवर्ड बदल दिया गया है।",
  "account.mfa": "दो चरणों में पुष्टि",
  "account.mfaOff": "बंद",
  "account.mfaPreferred": "साइन इन करने के लिए {method} का इस्तेमाल करें",
  "account.mfaSaved": "आपकी साइन-इन सेटिंग सेव हो गई हैं।",
  "account.setUpTotp": "ऑथेंटिकेटर ऐप सेट अप करें",
  "account.signOutEverywhere": "सभी डिवाइस से साइन आउट करें",
  "error.MissingScope": "इस साइन-इन से खाते की सेटिंग नहीं बदली जा सकतीं। साइन आउट करें और फिर से साइन इन करें।",
  "verifyContact.title": "अपने ईमेल या फ़ोन की पुष्टि करें",
  "verifyContact.description": "पुष्टि किए गए ईमेल या फ़ोन नंबर से आप पासवर्ड भूलने पर उसे रीसेट कर सकते हैं।",
  "verifyContact.choose": "हम कोड कहाँ भेजें?",
  "verifyContact.send": "कोड भेजें",
  "verifyContact.submit": "पुष्टि करें",
  "verifyContact.change": "कोड कहीं और भेजें",
  "verifyContact.skip": "अभी छोड़ें",
  "account.verified": "पुष्टि हो गई",
};
