/**
 * Remembered devices as the front keeps them: one record per device key (its owner, its SRP
 * verifier once confirmed, remembered or not, dates), one device group key per user, and which
 * device each refresh token was issued with. Kept in `devices.json` next to cognito-local's
 * database, so a persisted folder keeps its devices across restarts. Challenge sessions the
 * device key travels with (Cognito keeps it in its own session) live in memory only.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export interface DeviceRecord {
  poolId: string;
  /** Cognito's username of the owner. */
  username: string;
  deviceKey: string;
  deviceGroupKey: string;
  /** Set by ConfirmDevice. */
  name?: string;
  /** Hex of the SRP verifier and salt ConfirmDevice gave; absent until confirmed. */
  verifier?: string;
  salt?: string;
  remembered: boolean;
  /** Epoch milliseconds. */
  created: number;
  modified: number;
  lastAuthenticated: number;
}

interface Persisted {
  devices: Record<string, DeviceRecord>;
  /** `<poolId>/<username>` → the user's device group key. */
  groups: Record<string, string>;
  /** refresh token → the device key it was issued with. */
  refresh: Record<string, string>;
}

/** What a sign-in carries from one challenge to the next. */
export interface CarriedDevice {
  deviceKey: string;
}

export interface DeviceStore {
  get(deviceKey: string): DeviceRecord | undefined;
  ofUser(poolId: string, username: string): DeviceRecord[];
  save(record: DeviceRecord): void;
  remove(deviceKey: string): void;
  groupKey(poolId: string, username: string, make: () => string): string;
  bindRefreshToken(token: string, deviceKey: string): void;
  deviceOfRefreshToken(token: string): string | undefined;
  /** The device key a sign-in named, kept with its challenge Session. */
  carry(session: string, device: CarriedDevice): void;
  carried(session: string | undefined): CarriedDevice | undefined;
}

const CARRY_TTL_MS = 10 * 60_000;

/**
 * The store, persisted to `file` (or memory only without one).
 *
 * @example
 * const devices = createDeviceStore(join(dataDirectory, "devices.json"));
 */
export function createDeviceStore(file?: string): DeviceStore {
  const data: Persisted = file && existsSync(file)
    ? { devices: {}, groups: {}, refresh: {}, ...(JSON.parse(readFileSync(file, "utf8")) as Partial<Persisted>) }
    : { devices: {}, groups: {}, refresh: {} };
  const sessions = new Map<string, CarriedDevice & { until: number }>();
  const persist = () => {
    if (file) writeFileSync(file, JSON.stringify(data));
  };
  return {
    get: (deviceKey) => data.devices[deviceKey],
    ofUser: (poolId, username) => Object.values(data.devices).filter((d) => d.poolId === poolId && d.username === username),
    save(record) {
      data.devices[record.deviceKey] = record;
      persist();
    },
    remove(deviceKey) {
      delete data.devices[deviceKey];
      persist();
    },
    groupKey(poolId, username, make) {
      const id = `${poolId}/${username}`;
      if (!data.groups[id]) {
        data.groups[id] = make();
        persist();
      }
      return data.groups[id];
    },
    bindRefreshToken(token, deviceKey) {
      data.refresh[token] = deviceKey;
      persist();
    },
    deviceOfRefreshToken: (token) => data.refresh[token],
    carry(session, device) {
      const now = Date.now();
      for (const [key, value] of sessions) if (value.until < now) sessions.delete(key);
      sessions.set(session, { ...device, until: now + CARRY_TTL_MS });
    },
    carried(session) {
      const found = session ? sessions.get(session) : undefined;
      return found && found.until >= Date.now() ? { deviceKey: found.deviceKey } : undefined;
    },
  };
}
