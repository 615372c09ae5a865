/**
 * Where a remembered device's keys live: amazon-cognito-identity-js's layout,
 * `CognitoIdentityServiceProvider.<clientId>.<username>.deviceKey|deviceGroupKey|randomPasswordKey`,
 * in the storage the tokens use — so a device remembered by an app on that library (or Amplify v5)
 * stays remembered after moving to the kit, and back. `<username>` is Cognito's username; a
 * sign-in name that differs (an email alias) points at it with `.deviceUser`, the kit's own key.
 */
import type { StorageAdapter } from "../core/session/storage.js";

export interface DeviceKeys {
  deviceKey: string;
  deviceGroupKey: string;
  randomPassword: string;
}

const FIELDS = ["deviceKey", "deviceGroupKey", "randomPasswordKey"] as const;

/** The keys of one app client in one storage. */
export function deviceKeyStore(storage: StorageAdapter, clientId: string) {
  const key = (username: string, field: string) => `CognitoIdentityServiceProvider.${clientId}.${username}.${field}`;
  /** What this page read or wrote, for storages that answer later (a sign-in cannot wait for them). */
  const seen = new Map<string, DeviceKeys | null>();
  /** Values read now, or null where the storage answers later (an async adapter). */
  const readNow = (name: string): (string | null)[] | null => {
    const values = FIELDS.map((f) => storage.getItem(key(name, f)));
    return values.some((v) => typeof v === "object" && v !== null) ? null : (values as (string | null)[]);
  };
  const asKeys = ([deviceKey, deviceGroupKey, randomPassword]: (string | null)[]): DeviceKeys | null =>
    deviceKey && deviceGroupKey && randomPassword ? { deviceKey, deviceGroupKey, randomPassword } : null;
  return {
    /** The device keys for a sign-in name, synchronously (a sign-in's parameters cannot wait); null if none. */
    readSync(name: string): DeviceKeys | null {
      const own = readNow(name);
      if (!own) return seen.get(name) ?? null;
      const found = asKeys(own);
      if (found) return found;
      const pointer = storage.getItem(key(name, "deviceUser"));
      return typeof pointer === "string" && pointer !== name ? asKeys(readNow(pointer) ?? []) : null;
    },
    async read(username: string): Promise<DeviceKeys | null> {
      const keys = asKeys(await Promise.all(FIELDS.map((f) => storage.getItem(key(username, f)))));
      seen.set(username, keys);
      return keys;
    },
    async write(username: string, keys: DeviceKeys, typedName?: string): Promise<void> {
      seen.set(username, keys);
      if (typedName) seen.set(typedName, keys);
      await Promise.all([
        storage.setItem(key(username, "deviceKey"), keys.deviceKey),
        storage.setItem(key(username, "deviceGroupKey"), keys.deviceGroupKey),
        storage.setItem(key(username, "randomPasswordKey"), keys.randomPassword),
        typedName && typedName !== username && storage.setItem(key(typedName, "deviceUser"), username),
      ]);
    },
    async remove(username: string): Promise<void> {
      const gone = seen.get(username);
      for (const [name, keys] of seen) if (name === username || (gone && keys === gone)) seen.delete(name);
      await Promise.all(FIELDS.map((f) => storage.removeItem(key(username, f))));
    },
  };
}

export type DeviceKeyStore = ReturnType<typeof deviceKeyStore>;
