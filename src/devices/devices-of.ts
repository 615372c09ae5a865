/**
 * `devicesOf(auth)`: the signed-in user's devices — list them, forget one (this device's keys go
 * with it), remember or stop remembering one. Each call sends the access token (refreshed first
 * when needed) and throws {@link AuthFailure} with a typed error.
 */
import { AuthFailure, toAuthError } from "../core/errors.js";
import type { CognitoAuth } from "../core/store.js";
import { decodeClaims } from "../core/session/tokens.js";
import { CognitoError } from "../core/transport/types.js";
import type { DeviceOperations, DeviceType, RememberedDevice } from "./device-types.js";
import { sendDeviceOperation } from "./remember-devices.js";
import { deviceKeyStore } from "./device-keys.js";
import { resolveStorage } from "../core/session/storage.js";
import { devicesAddOnOf } from "./add-on-of.js";

const dateOf = (value: number | Date | undefined) => (value === undefined ? null : value instanceof Date ? value : new Date(value * 1000));

function toDevice(device: DeviceType, current: string | undefined): RememberedDevice {
  const attribute = (name: string) => device.DeviceAttributes?.find((a) => a.Name === name)?.Value;
  const key = device.DeviceKey ?? "";
  return {
    key,
    name: attribute("device_name") ?? null,
    remembered: attribute("dev:device_remembered_status") === "remembered",
    current: key === current,
    lastUsed: dateOf(device.DeviceLastAuthenticatedDate),
    created: dateOf(device.DeviceCreateDate),
  };
}


/**
 * @example
 * const devices = devicesOf(auth);
 * for (const device of await devices.list()) console.log(device.name, device.current ? "(this device)" : "");
 * await devices.forget(); // this device: MFA again at the next sign-in
 */
export function devicesOf(auth: CognitoAuth) {
  const { transport, userPoolClientId } = auth.config;
  // The add-on knows where the keys are; without one, the defaults ("localStorage").
  const keys = devicesAddOnOf(auth)?.keysOf(userPoolClientId) ?? deviceKeyStore(resolveStorage(), userPoolClientId);

  async function send<Op extends keyof DeviceOperations>(operation: Op, input: Omit<DeviceOperations[Op][0], "AccessToken">) {
    const tokens = await auth.getTokens();
    if (!tokens) throw new AuthFailure({ code: "NotAuthorizedException", messageId: "error.SessionExpired" });
    const username = String(decodeClaims(tokens.accessToken)?.username ?? "");
    try {
      const output = await sendDeviceOperation(transport, operation, { ...input, AccessToken: tokens.accessToken } as DeviceOperations[Op][0]);
      return { output, username };
    } catch (e) {
      if (!(e instanceof CognitoError)) throw e;
      if (e.code !== "NotAuthorizedException") throw new AuthFailure(toAuthError(e.code, e.retryAfterMs));
      // A revoked or dead access token ends the local session too, as accountOf's operations do.
      await auth.signOut({ local: true });
      throw new AuthFailure({ code: e.code, messageId: "error.SessionExpired" });
    }
  }
  /** This device's key for the signed-in user, or the one given. */
  async function target(deviceKey?: string) {
    const tokens = await auth.getTokens();
    const username = tokens ? String(decodeClaims(tokens.accessToken)?.username ?? "") : "";
    const key = deviceKey ?? (await keys.read(username))?.deviceKey;
    if (!key) throw new AuthFailure({ code: "DeviceNotRemembered", messageId: "error.InvalidParameter" });
    return { key, username };
  }

  return {
    /** This device's key, or null when it is not a confirmed device of the signed-in user. */
    async current(): Promise<string | null> {
      const tokens = await auth.getTokens();
      const username = tokens ? String(decodeClaims(tokens.accessToken)?.username ?? "") : "";
      return (username && (await keys.read(username))?.deviceKey) || null;
    },
    /** The user's devices, most recently used first. */
    async list(): Promise<RememberedDevice[]> {
      const all: DeviceType[] = [];
      let page: string | undefined;
      let username = "";
      do {
        const { output, username: name } = await send("ListDevices", { Limit: 60, ...(page ? { PaginationToken: page } : {}) });
        all.push(...(output.Devices ?? []));
        username = name;
        page = output.PaginationToken;
      } while (page);
      const current = (await keys.read(username))?.deviceKey;
      return all.map((d) => toDevice(d, current)).sort((a, b) => (b.lastUsed?.getTime() ?? 0) - (a.lastUsed?.getTime() ?? 0));
    },
    /** Forgets a device (default: this one, whose keys are removed here too): it needs MFA again. */
    async forget(deviceKey?: string): Promise<void> {
      const { key } = await target(deviceKey);
      const { username } = await send("ForgetDevice", { DeviceKey: key });
      if ((await keys.read(username))?.deviceKey === key) await keys.remove(username);
    },
    /** Remembers a device (default: this one) so it skips MFA, or stops remembering it. */
    async setRemembered(remembered: boolean, deviceKey?: string): Promise<void> {
      const { key } = await target(deviceKey);
      await send("UpdateDeviceStatus", { DeviceKey: key, DeviceRememberedStatus: remembered ? "remembered" : "not_remembered" });
    },
  };
}

export type Devices = ReturnType<typeof devicesOf>;
