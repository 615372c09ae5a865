/**
 * A machine with remembered devices on (`addOns: [rememberDevices()]` from the devices UI), on the
 * scripted transport, in memory: at the MFA code screen, or signed in with this device's keys
 * stored (so the Devices section can mark it).
 */
import { createCognitoAuth, memoryStorage, type AuthState, type CognitoAuth, type StorageAdapter } from "../../src/index";
import { rememberDevices } from "../../src/devices/ui/index";
import { challenge, scriptedTransport, settle, signedIn, TEST_USER, type Script, type ScriptedTransport } from "../../src/testing/index";
import type { Loaded } from "./loaders";

/** The device this browser is, and another one of ana's. */
export const THIS_DEVICE = "eu-west-1_0a1b2c3d-1111-2222-3333-444455556666";
export const OTHER_DEVICE = "eu-west-1_9f8e7d6c-5555-6666-7777-888899990000";

const day = 86_400;
const now = () => Math.floor(Date.now() / 1000);
/** ListDevices as Cognito answers it: this device (remembered unless said) and a phone used a week ago. */
export const deviceList = ({ thisRemembered = true } = {}) => ({
  Devices: [
    {
      DeviceKey: THIS_DEVICE,
      DeviceAttributes: [{ Name: "device_name", Value: "Chrome on macOS" }, { Name: "dev:device_remembered_status", Value: thisRemembered ? "remembered" : "not_remembered" }],
      DeviceCreateDate: now() - 30 * day, DeviceLastModifiedDate: now() - day, DeviceLastAuthenticatedDate: now() - 60,
    },
    {
      DeviceKey: OTHER_DEVICE,
      DeviceAttributes: [{ Name: "device_name", Value: "Safari on iOS" }, { Name: "dev:device_remembered_status", Value: "remembered" }],
      DeviceCreateDate: now() - 90 * day, DeviceLastModifiedDate: now() - 7 * day, DeviceLastAuthenticatedDate: now() - 7 * day,
    },
  ],
});

export interface DevicesAuth extends Loaded {
  transport: ScriptedTransport;
}

/**
 * `at: "mfa"`: after the password, the authenticator-app code is asked (NewDeviceMetadata comes
 * with the tokens). `at: "signedIn"`: signed in, this device's keys stored for ana.
 */
export async function devicesAuth(at: "mfa" | "signedIn", operations: Script["operations"] = {}, until?: (s: AuthState) => boolean): Promise<DevicesAuth> {
  const clientId = `story-client-${Math.random().toString(36).slice(2)}`;
  const storage: StorageAdapter = memoryStorage();
  if (at === "signedIn") {
    const prefix = `CognitoIdentityServiceProvider.${clientId}.ana`;
    await storage.setItem(`${prefix}.deviceKey`, THIS_DEVICE);
    await storage.setItem(`${prefix}.deviceGroupKey`, "-Story7Group");
    await storage.setItem(`${prefix}.randomPasswordKey`, "c3Rvcnktb25seS1kZXZpY2Utc2VjcmV0");
  }
  const { AuthenticationResult } = signedIn() as { AuthenticationResult: Record<string, unknown> };
  const transport = scriptedTransport({
    afterPassword: at === "mfa" ? challenge("TOTP") : undefined,
    // The code is right: tokens for a device Cognito has not seen.
    challenges: { SOFTWARE_TOKEN_MFA: { AuthenticationResult: { ...AuthenticationResult, NewDeviceMetadata: { DeviceKey: THIS_DEVICE, DeviceGroupKey: "-Story7Group" } } } },
    operations: { ListDevices: deviceList(), ConfirmDevice: { UserConfirmationNecessary: true }, UpdateDeviceStatus: {}, ForgetDevice: {}, ...operations },
  });
  const auth: CognitoAuth = createCognitoAuth({
    userPoolId: "eu-west-1_Story", userPoolClientId: clientId, storage, locks: null, transport,
    addOns: [rememberDevices({ storage, deviceName: () => "Chrome on macOS" })],
  });
  await settle(auth, (s) => s.step !== "restoring");
  await auth.signIn(TEST_USER);
  if (until) await settle(auth, until);
  return { auth, transport };
}

/** `loaders: devicesLoader(…)`, like `load()`. */
export const devicesLoader = (...args: Parameters<typeof devicesAuth>) => [async (): Promise<DevicesAuth> => devicesAuth(...args)];
