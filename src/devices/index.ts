/**
 * cognito-react-kit/devices — Cognito's remembered devices: a sign-in add-on that confirms and
 * proves the device (MFA skipped on a remembered one), and the signed-in user's device list.
 * No React (the "Remember this device" box and the account section are in ./ui).
 */
export { rememberDevices } from "./remember-devices.js";
export type { DevicesAddOn, RememberDevicesOptions } from "./remember-devices.js";
export { devicesOf } from "./devices-of.js";
export type { Devices } from "./devices-of.js";
export type { RememberedDevice } from "./device-types.js";
export { deviceName } from "./device-name.js";
