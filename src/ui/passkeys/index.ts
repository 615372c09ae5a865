"use client";
/**
 * cognito-react-kit/passkeys/ui — the passkey screens: "Sign in with a passkey" on the sign-in
 * form, the `webAuthn` step's screen, the add-a-passkey prompt and account settings' "Passkeys".
 * Importing `passkeys` from here (rather than from "cognito-react-kit/passkeys") also puts the first
 * two into `<Authenticator>`; apps without passkeys import none of it and ship none of it.
 */
import type { SignInAddOn } from "../../core/flows/context.js";
import { passkeys as passkeysAddOn } from "../../passkeys/sign-in.js";
import { addOnScreens, signInActions } from "../add-on-screens.js";
import { PasskeyButton } from "./passkey-button.js";
import { WebAuthnScreen } from "./web-authn-screen.js";

export { PasskeyButton } from "./passkey-button.js";
export { WebAuthnScreen } from "./web-authn-screen.js";
export { PasskeyPrompt } from "./passkey-prompt.js";
export { PasskeySettings } from "./passkey-settings.js";
export { loadPasskeyStrings, PASSKEY_STRINGS } from "./passkey-strings.js";
export { enPasskeys } from "../i18n/en-passkeys.js";
export type { PasskeyMessageId, PasskeysDictionary } from "../i18n/en-passkeys.js";

/**
 * The passkeys add-on (as "cognito-react-kit/passkeys" exports it) with its screens:
 * `<Authenticator>` then offers "Sign in with a passkey" and shows the `webAuthn` step.
 *
 * @example
 * import { passkeys, PasskeyPrompt, PasskeySettings } from "cognito-react-kit/passkeys/ui";
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, addOns: [passkeys()] });
 * <Authenticator auth={auth} />
 */
export function passkeys(): SignInAddOn {
  addOnScreens.webAuthn = WebAuthnScreen;
  if (!signInActions.includes(PasskeyButton)) signInActions.push(PasskeyButton);
  return passkeysAddOn();
}
