"use client";
/**
 * cognito-react-kit/devices/ui — remembered devices with the drop-in screens: `rememberDevices()`
 * imported from here puts "Remember this device" on the MFA code screen; `<DeviceSettings>` is the
 * account's Devices section. Strings in all 23 languages, loaded with the language.
 */
export { rememberDevices } from "./remember-device.js";
export { DeviceSettings } from "./device-settings.js";
export { devicesOf } from "../devices-of.js";
export type { Devices } from "../devices-of.js";
export type { DevicesAddOn, RememberDevicesOptions } from "../remember-devices.js";
export type { RememberedDevice } from "../device-types.js";
