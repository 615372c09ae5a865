"use client";
/**
 * cognito-react-kit/ui — styled, composable screens. Import "cognito-react-kit/styles.css" for
 * the default look, or pass `unstyled` and your own class names.
 */
export { Authenticator } from "./authenticator.js";
export type { AuthenticatorProps } from "./authenticator.js";
export { AuthenticatorModal } from "./authenticator-modal.js";
export type { AuthenticatorModalProps } from "./authenticator-modal.js";
export { withAuthenticator } from "./with-authenticator.js";
export type { WithAuthenticatorOptions, WithAuthenticatorProps } from "./with-authenticator.js";
export { AuthUIProvider, COGNITO_DEFAULT_POLICY } from "./context.js";
export type { AuthUIOptions, FieldOverride, PasswordPolicy, ScreenName } from "./context.js";
export { SignIn } from "./screens/sign-in.js";
export type { LoginMechanism, SignInProps } from "./screens/sign-in.js";
export { SignUp } from "./screens/sign-up.js";
export type { SignUpProps } from "./screens/sign-up.js";
export { ConfirmForgotPassword, ConfirmSignIn, ConfirmSignUp, ForgotPassword, NewPassword } from "./screens/codes.js";
export { SelectMfaType, SetupTotp, TotpSecret } from "./screens/mfa.js";
export { QrCode } from "./screens/qr-code.js";
export { VerifyContact, verifyContactStep } from "./screens/verify-contact.js";
// The parts every screen is made of, for screens of your own layout.
export { Form, LinkButton, Screen, SubmitArea } from "./screen.js";
export type { FormProps, ScreenProps } from "./screen.js";
export { Field } from "./fields/field.js";
export type { FieldProps } from "./fields/field.js";
export type { FieldKind, FieldSpec, FormOption } from "./fields/field-spec.js";
// Form options and the app's own fields: each its own module, shipped only when imported.
export { confirmPassword } from "./fields/confirm-password.js";
export { phoneNumbers } from "./fields/phone-field.js";
export type { PhoneNumbersOptions } from "./fields/phone-field.js";
export { COUNTRIES } from "./fields/countries.js";
export type { Country } from "./fields/countries.js";
export { customFields } from "./fields/custom-fields.js";
export type { CustomCheckbox, CustomField, CustomTextField, ValueSchema } from "./fields/custom-fields.js";
export { HostedUiButtons } from "./oauth/hosted-ui-buttons.js";
export type { HostedUiButtonsProps } from "./oauth/hosted-ui-buttons.js";
export { AccountSettings, ChangePassword, MfaPreferences, ProfileAttributes, SignOutButtons } from "./account/account-settings.js";
export { createTranslator } from "./i18n/translate.js";
export type { Translate } from "./i18n/translate.js";
export { en } from "./i18n/en.js";
export { enAccount } from "./i18n/en-account.js";
export { enOAuth } from "./i18n/en-oauth.js";
// Other languages: `import { fr } from "cognito-react-kit/ui/i18n/fr"`, or on demand with
// `pickLanguage` from "cognito-react-kit/ui/i18n" — not re-exported here: its loader table's
// import()s would give every app (with esbuild) a chunk per language, used or not.
export { directionOf, isRtl, RTL_LANGUAGES } from "./i18n/direction.js";
export type { Dictionary, MessageId } from "./i18n/en.js";
