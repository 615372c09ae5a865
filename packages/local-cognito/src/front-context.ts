import type { LocalCognito } from "./local-cognito";
import type { Sealer } from "./seal";
import type { Json } from "./fault";
import type { DeviceStore } from "./device-store";

/** An answer from an operation: a JSON body and its HTTP status (200 unless said). */
export interface OpResult {
  status?: number;
  body: Json;
}

export interface FrontContext {
  local: LocalCognito;
  sealer: Sealer;
  /** Calls an operation on cognito-local itself; its Cognito errors come back as they are. */
  forward(operation: string, body: Json): Promise<OpResult>;
  /** sub → the last second whose access tokens GlobalSignOut revoked. */
  revokedUpTo: Map<string, number>;
  /** Tracked devices (device-ops.ts). */
  devices: DeviceStore;
}
