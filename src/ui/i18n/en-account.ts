/** English strings of the account screens (imported only by them). */
export const enAccount = {
  "account.title": "Your account",
  "account.profile": "Profile",
  "account.save": "Save changes",
  "account.saved": "Saved.",
  "account.unverified": "Not verified",
  "account.verify": "Verify {attribute}",
  "account.verifyCode": "Code for {attribute}",
  "account.changePassword": "Change password",
  "account.passwordChanged": "Your password was changed.",
  "account.mfa": "Two-step verification",
  "account.mfaOff": "Off",
  "account.mfaPreferred": "Use {method} to sign in",
  "account.mfaSaved": "Your sign-in settings were saved.",
  "account.setUpTotp": "Set up an authenticator app",
  "account.signOutEverywhere": "Sign out on all devices",
  "error.MissingScope": "This sign-in does not allow changing account settings. Sign out and sign in again.",
} as const;
