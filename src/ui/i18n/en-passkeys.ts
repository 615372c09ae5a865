/**
 * English strings of the passkey screens (`cognito-react-kit/passkeys/ui`), imported only by them,
 * so an app without passkeys ships none of them. Other languages: `<tag>-passkeys.ts`, loaded by
 * those screens on demand.
 */
export const enPasskeys = {
  "passkey.signIn": "Sign in with a passkey",
  "passkey.needUsername": "Enter your username first, then choose Sign in with a passkey.",
  "passkey.title": "Use your passkey",
  "passkey.description": "Confirm it's you with the passkey for {username} on this device, your phone or a security key.",
  "passkey.use": "Use passkey",
  "passkey.tryAgain": "Try again",
  "passkey.otherWay": "Sign in another way",
  "passkey.waiting": "Waiting for your passkey…",
  "passkey.promptTitle": "Sign in faster next time",
  "passkey.promptDescription": "Add a passkey to this device and sign in with your fingerprint, face or screen lock — no password or code needed.",
  "passkey.add": "Add a passkey",
  "passkey.notNow": "Not now",
  "passkey.added": "Your passkey was added.",
  "passkeys.title": "Passkeys",
  "passkeys.description": "Passkeys let you sign in with your fingerprint, face or screen lock.",
  "passkeys.empty": "You have no passkeys yet.",
  "passkeys.createdAt": "Added {date}",
  "passkeys.remove": "Remove {name}",
  "passkeys.confirmRemove": "Remove the passkey {name}? You will no longer be able to sign in with it.",
  "passkeys.confirmYes": "Remove passkey",
  "passkeys.cancel": "Cancel",
  "passkeys.removed": "The passkey was removed.",
  "passkeys.loading": "Loading your passkeys…",
  "error.PasskeyCancelled": "The passkey request was cancelled or timed out. Try again, or sign in another way.",
  "error.PasskeyUnsupported": "This browser or device can't use passkeys. Sign in another way.",
  "error.PasskeyWrongOrigin": "Passkeys for this app can't be used on this website address.",
  "error.PasskeyExists": "This device already has a passkey for your account.",
  "error.PasskeyNotRecognized": "That passkey isn't registered for this account any more. Sign in another way.",
  "error.PasskeyNone": "There is no passkey for this account yet. Sign in another way, then add one.",
  "error.PasskeysNotEnabled": "Passkeys aren't turned on for this app.",
  "error.PasskeyExpired": "The passkey request expired. Try again.",
  "error.PasskeyRejected": "This kind of passkey isn't accepted here. Try another device or security key.",
} as const;

/** The passkey screens' strings, by message id. */
export type PasskeysDictionary = Record<keyof typeof enPasskeys, string>;
export type PasskeyMessageId = keyof typeof enPasskeys;
