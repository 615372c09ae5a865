/**
 * cognito-react-kit/passkeys — passkeys (WebAuthn) with a Cognito user pool: sign in with a
 * passkey (USER_AUTH's WEB_AUTHN challenge), register / list / remove a signed-in user's passkeys,
 * and the JSON ⇄ WebAuthn conversions. Not imported by the core or the screens: apps without
 * passkeys ship none of it. No React here (the screens are in "cognito-react-kit/passkeys/ui").
 */
export { passkeys, passkeySignInOf, signedInWithPasskey } from "./sign-in.js";
export { passkeysOf, type Passkey, type Passkeys } from "./manage.js";
export { createPasskey, getPasskey, passkeyError, passkeyFailure, passkeysSupported, type PasskeyErrorCode } from "./ceremony.js";
export { creationOptions, credentialJson, requestOptions, type JsonOptions } from "./webauthn-json.js";
