/**
 * The local stack's device tracking over HTTP, with amazon-cognito-identity-js (the client most
 * Cognito apps run) as the independent device client: NewDeviceMetadata, ConfirmDevice storing its
 * SRP verifier, DEVICE_SRP_AUTH skipping MFA on a remembered device only, the device operations
 * in Cognito's shapes, refresh with DEVICE_KEY, and the pool's "always / user opt-in / off".
 */
import { describe, expect, it } from "vitest";
import { cognitoCall, CognitoCallError, totpCode } from "cognito-react-kit-local";
import { stackConfig } from "../support/dev-api";
import { deviceUser, freshTotpUser, MapStorage, rememberDevice, signInWithDevice, type DevicePool } from "../support/device-client";

const config = stackConfig();
const endpoint = config.endpoint;
const call = <T = Record<string, unknown>>(op: string, body: object) => cognitoCall<T>(endpoint, op, body);

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CognitoCallError) return `${error.code}: ${error.message.replace(/^\w+: /, "")}`;
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** A user signed in once with MFA on a new device, which the library confirmed. */
async function signedInOnNewDevice(pool: DevicePool = config.devicesPool) {
  const user = await freshTotpUser(endpoint, pool);
  const storage = new MapStorage();
  const client = deviceUser(pool, endpoint, user.username, storage);
  const first = await signInWithDevice(client, user.username, user.password, user.totpSecret);
  if (first.kind !== "success") throw new Error(`sign-in failed: ${JSON.stringify(first)}`);
  const prefix = `CognitoIdentityServiceProvider.${pool.userPoolClientId}.${user.username}`;
  const deviceKey = storage.getItem(`${prefix}.deviceKey`);
  return { user, storage, client, first, prefix, deviceKey: deviceKey!, accessToken: first.session.getAccessToken().getJwtToken() };
}

const again = (pool: DevicePool, user: { username: string; password: string; totpSecret: string }, storage: MapStorage) =>
  signInWithDevice(deviceUser(pool, endpoint, user.username, storage), user.username, user.password, user.totpSecret);

describe("device tracking: user opt-in pool", () => {
  it("gives NewDeviceMetadata after MFA on a new device; ConfirmDevice says the user must opt in; MFA still asked until remembered", async () => {
    const { user, storage, first, prefix, deviceKey } = await signedInOnNewDevice();
    expect(first.askedForMfa).toBe(true);
    expect(first.confirmationNecessary).toBe(true);
    expect(deviceKey).toMatch(new RegExp(`^${config.devicesPool.userPoolId.split("_")[0]}_[0-9a-f-]{36}$`));
    expect(storage.getItem(`${prefix}.deviceGroupKey`)).toMatch(/^-/);
    expect(storage.getItem(`${prefix}.randomPasswordKey`)).toBeTruthy();
    // Confirmed but not remembered: the next sign-in still asks for MFA, and keeps the same device.
    const second = await again(config.devicesPool, user, storage);
    expect(second).toMatchObject({ kind: "success", askedForMfa: true });
    expect(storage.getItem(`${prefix}.deviceKey`)).toBe(deviceKey);
  });

  it("skips MFA on a remembered device (DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER), and not after 'not remembered' or forget", async () => {
    const { user, storage, client, prefix, deviceKey, accessToken } = await signedInOnNewDevice();
    expect(await rememberDevice(client)).toBe("SUCCESS");
    const remembered = await again(config.devicesPool, user, storage);
    expect(remembered).toMatchObject({ kind: "success", askedForMfa: false });

    await call("UpdateDeviceStatus", { AccessToken: accessToken, DeviceKey: deviceKey, DeviceRememberedStatus: "not_remembered" });
    expect(await again(config.devicesPool, user, storage)).toMatchObject({ kind: "success", askedForMfa: true });

    await call("UpdateDeviceStatus", { AccessToken: accessToken, DeviceKey: deviceKey, DeviceRememberedStatus: "remembered" });
    expect(await again(config.devicesPool, user, storage)).toMatchObject({ kind: "success", askedForMfa: false });

    await call("ForgetDevice", { AccessToken: accessToken, DeviceKey: deviceKey });
    const afterForget = await again(config.devicesPool, user, storage);
    expect(afterForget).toMatchObject({ kind: "success", askedForMfa: true });
    // The forgotten key named at sign-in is unknown now: a new device was issued (and confirmed).
    expect(storage.getItem(`${prefix}.deviceKey`)).not.toBe(deviceKey);
  });

  it("refuses a wrong device secret at DEVICE_PASSWORD_VERIFIER", async () => {
    const { user, storage, client, prefix } = await signedInOnNewDevice();
    await rememberDevice(client);
    storage.setItem(`${prefix}.randomPasswordKey`, Buffer.alloc(40, 7).toString("base64"));
    expect(await again(config.devicesPool, user, storage)).toMatchObject({ kind: "failure", code: "NotAuthorizedException" });
  });

  it("refuses a device challenge answered for another device key, and a forged session", async () => {
    const { user, client, deviceKey } = await signedInOnNewDevice();
    await rememberDevice(client);
    const srp = await call<{ ChallengeName: string; Session: string }>("InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH", ClientId: config.devicesPool.userPoolClientId,
      AuthParameters: { USERNAME: user.username, PASSWORD: user.password, DEVICE_KEY: deviceKey },
    }).catch(() => null);
    // The demo devices client allows USER_PASSWORD_AUTH: the device challenge follows the password directly.
    expect(srp?.ChallengeName).toBe("DEVICE_SRP_AUTH");
    const respond = (responses: Record<string, string>, session = srp!.Session) => call("RespondToAuthChallenge", {
      ClientId: config.devicesPool.userPoolClientId, ChallengeName: "DEVICE_SRP_AUTH", Session: session,
      ChallengeResponses: { USERNAME: user.username, SRP_A: "0abc".repeat(100), ...responses },
    });
    expect(await failure(respond({ DEVICE_KEY: "local_00000000-0000-0000-0000-000000000000" }))).toBe("NotAuthorizedException: Invalid session for the user.");
    expect(await failure(respond({ DEVICE_KEY: deviceKey }, "forged"))).toBe("NotAuthorizedException: Invalid session for the user.");
    expect(await respond({ DEVICE_KEY: deviceKey })).toMatchObject({ ChallengeName: "DEVICE_PASSWORD_VERIFIER" });
  });

  it("lists and gets devices in Cognito's shape; ForgetDevice removes one; unknown keys are ResourceNotFound", async () => {
    const { accessToken, deviceKey, client } = await signedInOnNewDevice();
    await rememberDevice(client);
    const { Devices } = await call<{ Devices: { DeviceKey: string; DeviceAttributes: { Name: string; Value: string }[]; DeviceLastAuthenticatedDate: number }[] }>(
      "ListDevices", { AccessToken: accessToken });
    expect(Devices).toHaveLength(1);
    const [device] = Devices;
    expect(device!.DeviceKey).toBe(deviceKey);
    const attributes = Object.fromEntries(device!.DeviceAttributes.map((a) => [a.Name, a.Value]));
    expect(attributes).toMatchObject({ device_status: "valid", "dev:device_remembered_status": "remembered" });
    expect(attributes.device_name).toBeTruthy();
    expect(Math.abs(device!.DeviceLastAuthenticatedDate * 1000 - Date.now())).toBeLessThan(60_000);
    expect((await call<{ Device: { DeviceKey: string } }>("GetDevice", { AccessToken: accessToken, DeviceKey: deviceKey })).Device.DeviceKey).toBe(deviceKey);
    await call("ForgetDevice", { AccessToken: accessToken, DeviceKey: deviceKey });
    expect((await call<{ Devices: unknown[] }>("ListDevices", { AccessToken: accessToken })).Devices).toEqual([]);
    expect(await failure(call("GetDevice", { AccessToken: accessToken, DeviceKey: deviceKey }))).toBe("ResourceNotFoundException: Device does not exist.");
    expect(await failure(call("UpdateDeviceStatus", { AccessToken: accessToken, DeviceKey: deviceKey, DeviceRememberedStatus: "remembered" })))
      .toBe("ResourceNotFoundException: Device does not exist.");
  });

  it("does not let one user see or forget another user's device", async () => {
    const ana = await signedInOnNewDevice();
    const bo = await signedInOnNewDevice();
    expect(await failure(call("GetDevice", { AccessToken: bo.accessToken, DeviceKey: ana.deviceKey }))).toMatch(/^ResourceNotFoundException/);
    expect(await failure(call("ForgetDevice", { AccessToken: bo.accessToken, DeviceKey: ana.deviceKey }))).toMatch(/^ResourceNotFoundException/);
  });

  it("checks ConfirmDevice's input: unknown device, malformed or zero verifier", async () => {
    const user = await freshTotpUser(endpoint, config.devicesPool);
    const clientId = config.devicesPool.userPoolClientId;
    const challenge = await call<{ ChallengeName: string; Session: string }>("InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH", ClientId: clientId, AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
    });
    expect(challenge.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    const { AuthenticationResult: tokens } = await call<{ AuthenticationResult: { AccessToken: string; NewDeviceMetadata: { DeviceKey: string; DeviceGroupKey: string } } }>(
      "RespondToAuthChallenge", {
        ClientId: clientId, ChallengeName: "SOFTWARE_TOKEN_MFA", Session: challenge.Session,
        ChallengeResponses: { USERNAME: user.username, SOFTWARE_TOKEN_MFA_CODE: totpCode(user.totpSecret) },
      });
    const { DeviceKey } = tokens.NewDeviceMetadata;
    const confirm = (PasswordVerifier: string, Salt: string, deviceKey = DeviceKey) => call<{ UserConfirmationNecessary: boolean }>("ConfirmDevice", {
      AccessToken: tokens.AccessToken, DeviceKey: deviceKey, DeviceName: "Test browser", DeviceSecretVerifierConfig: { PasswordVerifier, Salt },
    });
    expect(await failure(confirm("AQ==", "AQ==", "local_nope"))).toBe("ResourceNotFoundException: Device does not exist.");
    expect(await failure(confirm("not base64!", "AQ=="))).toBe("InvalidParameterException: DeviceSecretVerifierConfig.PasswordVerifier is not base64.");
    expect(await failure(confirm("AA==", "AQ=="))).toBe("InvalidParameterException: DeviceSecretVerifierConfig.PasswordVerifier is not a valid SRP verifier.");
    expect(await confirm("Ag==", "AQ==")).toEqual({ UserConfirmationNecessary: true });
    const { Device } = await call<{ Device: { DeviceAttributes: { Name: string; Value: string }[] } }>("GetDevice", { AccessToken: tokens.AccessToken, DeviceKey });
    expect(Device.DeviceAttributes).toContainEqual({ Name: "device_name", Value: "Test browser" });
    expect(Device.DeviceAttributes).toContainEqual({ Name: "dev:device_remembered_status", Value: "not_remembered" });
  });
});

describe("device tracking: refresh", () => {
  it("REFRESH_TOKEN_AUTH with the device's DEVICE_KEY works; without it the device-bound refresh token is refused", async () => {
    const { first, deviceKey } = await signedInOnNewDevice();
    const refreshToken = first.session.getRefreshToken().getToken();
    const refresh = (parameters: Record<string, string>) => call<{ AuthenticationResult: { AccessToken: string } }>("InitiateAuth", {
      AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: config.devicesPool.userPoolClientId, AuthParameters: { REFRESH_TOKEN: refreshToken, ...parameters },
    });
    expect((await refresh({ DEVICE_KEY: deviceKey })).AuthenticationResult.AccessToken).toBeTruthy();
    expect(await failure(refresh({}))).toBe("NotAuthorizedException: Invalid Refresh Token");
  });
});

describe("device tracking: the pool's setting", () => {
  async function poolWith(devices: "always" | "off"): Promise<DevicePool> {
    const { UserPool } = await call<{ UserPool: { Id: string } }>("CreateUserPool", {
      PoolName: `devices-${devices}-${Date.now()}`, MfaConfiguration: "OPTIONAL",
      ...(devices === "always" ? { DeviceConfiguration: { ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: false } } : {}),
    });
    const { UserPoolClient } = await call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", {
      UserPoolId: UserPool.Id, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    });
    return { userPoolId: UserPool.Id, userPoolClientId: UserPoolClient.ClientId };
  }

  it("always: a confirmed device is remembered without asking, and the next sign-in skips MFA", async () => {
    const pool = await poolWith("always");
    const { user, storage, first } = await signedInOnNewDevice(pool);
    expect(first.confirmationNecessary).toBe(false);
    expect(await again(pool, user, storage)).toMatchObject({ kind: "success", askedForMfa: false });
  });

  it("off: no NewDeviceMetadata, and a DEVICE_KEY changes nothing", async () => {
    const pool = await poolWith("off");
    const { user, storage, prefix } = await signedInOnNewDevice(pool);
    expect(storage.getItem(`${prefix}.deviceKey`)).toBeNull();
    expect(await again(pool, user, storage)).toMatchObject({ kind: "success", askedForMfa: true });
  });
});
