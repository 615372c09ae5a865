import type { PasswordlessDictionary } from "./en-passwordless.js";

/** Hindi: the strings of the choice-based sign-in screens (loaded by them when they appear). */
export const hiPasswordless: PasswordlessDictionary = {
  "choice.continue": "जारी रखें",
  "choice.title": "साइन इन करने का तरीका चुनें",
  "choice.signingInAs": "{username} के रूप में साइन इन हो रहा है।",
  "choice.otherAccount": "दूसरा खाता इस्तेमाल करें",
  "choice.otherMethod": "दूसरे तरीके से साइन इन करें",
  "method.PASSWORD": "मेरा पासवर्ड इस्तेमाल करें",
  "method.EMAIL_OTP": "मुझे ईमेल से कोड भेजें",
  "method.SMS_OTP": "मुझे SMS से कोड भेजें",
  "method.WEB_AUTHN": "पासकी इस्तेमाल करें",
  "passwordlessSignUp.description": "पासवर्ड की ज़रूरत नहीं: आपके खाते की पुष्टि के लिए हम आपको एक कोड भेजेंगे।",
  "selectMfaSetup.title": "दो चरणों में पुष्टि सेट अप करें",
  "selectMfaSetup.description": "आप अपने साइन-इन कोड कैसे पाना चाहते हैं?",
  "setupEmailMfa.title": "साइन-इन कोड ईमेल से पाएं",
  "setupEmailMfa.description": "साइन-इन कोड के लिए ईमेल पता डालें। उसकी पुष्टि के लिए हम उस पर एक कोड भेजेंगे।",
  "setupEmailMfa.submit": "कोड भेजें",
  "error.SignInMethodUnavailable": "इस खाते के लिए साइन इन का यह तरीका उपलब्ध नहीं है। कोई दूसरा चुनें।",
  "error.NoSignInMethod": "यह खाता इस ऐप के किसी भी तरीके से साइन इन नहीं कर सकता। सहायता से संपर्क करें।",
};
