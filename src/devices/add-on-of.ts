import type { CognitoAuth } from "../core/store.js";
import { lastDevicesAddOn, type DevicesAddOn } from "./remember-devices.js";

/**
 * The devices add-on `auth` was created with: found in its add-ons, else the last one
 * `rememberDevices()` made (an app has one auth), else none.
 *
 * @example const addOn = devicesAddOnOf(auth); if (addOn?.askUser) addOn.remember = true;
 */
export function devicesAddOnOf(auth: CognitoAuth): DevicesAddOn | undefined {
  const addOns = (auth.config as { addOns?: readonly object[] }).addOns;
  const found = addOns?.find((a) => (a as Partial<DevicesAddOn>).addOn === "devices") as DevicesAddOn | undefined;
  return found ?? (addOns ? undefined : lastDevicesAddOn());
}
