/**
 * The device operations' shapes (Cognito's ConfirmDevice, UpdateDeviceStatus, ListDevices,
 * ForgetDevice), the kit's own as for the core's operations: no AWS SDK types needed.
 */

export interface DeviceSecretVerifierConfigType {
  PasswordVerifier?: string;
  Salt?: string;
}

/** A device as Cognito describes it; dates are epoch seconds over JSON, Date objects through the SDK. */
export interface DeviceType {
  DeviceKey?: string;
  DeviceAttributes?: { Name?: string; Value?: string }[];
  DeviceCreateDate?: number | Date;
  DeviceLastModifiedDate?: number | Date;
  DeviceLastAuthenticatedDate?: number | Date;
}

export interface DeviceOperations {
  ConfirmDevice: [
    { AccessToken: string; DeviceKey: string; DeviceSecretVerifierConfig: DeviceSecretVerifierConfigType; DeviceName?: string },
    { UserConfirmationNecessary?: boolean },
  ];
  UpdateDeviceStatus: [{ AccessToken: string; DeviceKey: string; DeviceRememberedStatus: "remembered" | "not_remembered" }, object];
  ListDevices: [{ AccessToken: string; Limit?: number; PaginationToken?: string }, { Devices?: DeviceType[]; PaginationToken?: string }];
  ForgetDevice: [{ AccessToken?: string; DeviceKey: string }, object];
}

/** A device of the signed-in user, as `devicesOf(auth).list()` gives it. */
export interface RememberedDevice {
  /** Cognito's DeviceKey. */
  key: string;
  /** The name it was confirmed with (e.g. "Chrome on macOS"), or null. */
  name: string | null;
  /** Remembered devices skip MFA at sign-in. */
  remembered: boolean;
  /** The device this page runs on. */
  current: boolean;
  lastUsed: Date | null;
  created: Date | null;
}
