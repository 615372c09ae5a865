import type { CognitoAuth } from "../core/store.js";
import type { DevicesAddOn } from "./remember-devices.js";

/**
 * The devices add-on `auth` was created with (found in its `addOns`), or none.
 *
 * @example const addOn = devicesAddOnOf(auth); if (addOn?.askUser) addOn.remember = true;
 */
export function devicesAddOnOf(auth: CognitoAuth): DevicesAddOn | undefined {
  return auth.config.addOns.find((a) => (a as Partial<DevicesAddOn>).addOn === "devices") as DevicesAddOn | undefined;
}
