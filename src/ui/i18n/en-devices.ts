/**
 * English strings of the remembered-devices UI ("Remember this device", the account's Devices
 * section), imported only by it (cognito-react-kit/devices/ui). Other languages: `<tag>-devices.ts`,
 * loaded by that UI when the language is picked (devices-language.ts).
 */
export const enDevices = {
  "devices.remember": "Remember this device",
  "devices.rememberHint": "Next time you sign in here, you won't be asked for a code.",
  "devices.title": "Devices",
  "devices.description": "Remembered devices skip the verification code when you sign in.",
  "devices.thisDevice": "This device",
  "devices.remembered": "Remembered",
  "devices.notRemembered": "Not remembered",
  "devices.lastUsed": "Last used {date}",
  "devices.unnamed": "Unnamed device",
  "devices.none": "No devices yet.",
  "devices.forget": "Forget",
  "devices.forgetQuestion": "Forget {name}? Signing in on it will ask for a code again.",
  "devices.forgetConfirm": "Forget device",
  "devices.cancel": "Cancel",
  "devices.forgotten": "{name} was forgotten.",
  "devices.rememberedNow": "This device is remembered.",
} as const;

/** The strings of the remembered-devices UI, by message id. */
export type DevicesDictionary = Record<keyof typeof enDevices, string>;
