/**
 * English strings of the form options (`confirmPassword()`, `phoneNumbers()`, `customFields()`),
 * imported only by them, so an app without the options ships none of them. Other languages hold
 * them with their screens' strings (`<tag>-screens.ts`).
 */
export const enOptions = {
  "label.confirmPassword": "Confirm password",
  "field.passwordMismatch": "Passwords must match.",
  "label.country": "Country or region",
  "field.phoneNumber": "Enter a valid phone number.",
  "field.checkbox": "Check this box to continue.",
} as const;
