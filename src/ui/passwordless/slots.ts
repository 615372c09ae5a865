import type { ComponentType } from "react";

/**
 * Room on the choice-based sign-in screens for what other add-ons bring, filled by the module
 * that brings it (as `addOnScreens` is): "cognito-react-kit/passkeys"' UI puts its "Sign in with a
 * passkey" button here, and the `autocomplete` the username field then needs for passkey
 * autofill ("username webauthn"). Empty, the screens show neither.
 */
export const passwordlessSlots: {
  passkey?: {
    /** Shown under the username field when the app offers WEB_AUTHN. */
    Button: ComponentType<{ username: string }>;
    /** The username field's autocomplete, e.g. "username webauthn". */
    autoComplete?: string;
  };
} = {};
