/**
 * The devices add-on (cognito-react-kit/devices) in the real core against the live local Cognito:
 * remember after MFA, the next sign-in with no MFA (requests counted), refresh naming the device,
 * devicesOf's operations, a device remembered by amazon-cognito-identity-js carried over, and a
 * device secret that no longer matches dropped with a clear error.
 */
import { describe, expect, it } from "vitest";
import { createCognitoAuth, fetchTransport, memoryStorage, type AuthState, type StorageAdapter } from "../../../src/index";
import { devicesOf, rememberDevices, type DevicesAddOn } from "../../../src/devices/index";
import { stackConfig, totpNow } from "../../support/dev-api";
import { cognitoCall } from "cognito-react-kit-local";
import { until } from "../../support/auth-harness";
import { deviceUser, freshTotpUser, MapStorage, rememberDevice, signInWithDevice } from "../../support/device-client";

const config = stackConfig();
const pool = config.devicesPool;

/** The kit with the devices add-on, its requests recorded as "Operation[:ChallengeName|AuthFlow]". */
function kit(storage: StorageAdapter = memoryStorage(), clock = { shift: 0 }, userPoolClientId = pool.userPoolClientId) {
  const sent: { label: string; input: Record<string, unknown> }[] = [];
  const real = fetchTransport({ endpoint: config.endpoint });
  const devices: DevicesAddOn = rememberDevices({ storage, deviceName: () => "Test runner" });
  const auth = createCognitoAuth({
    userPoolId: pool.userPoolId, userPoolClientId, storage, locks: null, addOns: [devices],
    now: () => Date.now() + clock.shift,
    transport: {
      send(operation, input) {
        const body = input as Record<string, unknown>;
        const detail = body.ChallengeName ?? body.AuthFlow;
        sent.push({ label: typeof detail === "string" ? `${operation}:${detail}` : operation, input: body });
        return real.send(operation, input);
      },
    },
  });
  return { auth, devices, storage, sent, labels: (from = 0) => sent.slice(from).map((s) => s.label) };
}

const signedIn = (s: AuthState) => s.step === "signedIn";
const mfa = (s: AuthState) => s.step === "confirmSignIn";
const settled = (s: AuthState) => s.step !== "restoring" && s.status !== "pending";

async function signInWithMfa(k: ReturnType<typeof kit>, user: { username: string; password: string; totpSecret: string }, remember: boolean) {
  await until(k.auth, (s) => s.step === "signIn");
  await k.auth.signIn({ username: user.username, password: user.password });
  await until(k.auth, mfa);
  k.devices.remember = remember;
  await k.auth.confirmSignIn({ code: totpNow(user.totpSecret) });
  await until(k.auth, signedIn);
}

const keyOf = (storage: StorageAdapter, username: string, field: string) =>
  storage.getItem(`CognitoIdentityServiceProvider.${pool.userPoolClientId}.${username}.${field}`);

describe("rememberDevices(): sign-in", () => {
  it("remembers after MFA when asked; the next sign-in proves the device and skips MFA; sign-out keeps the keys", async () => {
    const user = await freshTotpUser(config.endpoint, pool);
    const k = kit();
    await signInWithMfa(k, user, true);
    expect(k.labels()).toEqual([
      "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER", "RespondToAuthChallenge:SOFTWARE_TOKEN_MFA",
      "ConfirmDevice", "UpdateDeviceStatus",
    ]);
    const deviceKey = await keyOf(k.storage, user.username, "deviceKey");
    expect(deviceKey).toMatch(/_[0-9a-f-]{36}$/);
    const secret = (await keyOf(k.storage, user.username, "randomPasswordKey"))!;
    // Only the verifier travelled; the secret is in no request and not in the snapshot.
    for (const request of k.sent) expect(JSON.stringify(request.input)).not.toContain(secret);
    expect(JSON.stringify(k.auth.getSnapshot())).not.toContain(secret);
    expect(k.sent.find((r) => r.label === "ConfirmDevice")!.input).toMatchObject({ DeviceKey: deviceKey, DeviceName: "Test runner" });

    await k.auth.signOut();
    await until(k.auth, (s) => s.step === "signIn");
    expect(await keyOf(k.storage, user.username, "deviceKey")).toBe(deviceKey);
    const from = k.sent.length;
    await k.auth.signIn({ username: user.username, password: user.password });
    await until(k.auth, (s) => s.step === "signedIn" || s.step === "confirmSignIn" || s.status === "error");
    expect(k.auth.getSnapshot().step).toBe("signedIn");
    expect(k.labels(from)).toEqual([
      "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER",
      "RespondToAuthChallenge:DEVICE_SRP_AUTH", "RespondToAuthChallenge:DEVICE_PASSWORD_VERIFIER",
    ]);
    expect((k.sent[from]!.input.AuthParameters as Record<string, string>).DEVICE_KEY).toBe(deviceKey);
  });

  it("not asked to remember: the device is confirmed, not remembered, and MFA comes again", async () => {
    const user = await freshTotpUser(config.endpoint, pool);
    const k = kit();
    await signInWithMfa(k, user, false);
    expect(k.labels().slice(-1)).toEqual(["ConfirmDevice"]);
    await k.auth.signOut();
    await until(k.auth, (s) => s.step === "signIn");
    await k.auth.signIn({ username: user.username, password: user.password });
    await until(k.auth, mfa);
  });

  it("a refresh sends the device's DEVICE_KEY (Cognito refuses the device's refresh token without it)", async () => {
    const user = await freshTotpUser(config.endpoint, pool);
    const clock = { shift: 0 };
    const k = kit(memoryStorage(), clock);
    await signInWithMfa(k, user, true);
    const deviceKey = await keyOf(k.storage, user.username, "deviceKey");
    const from = k.sent.length;
    clock.shift = 59.5 * 60_000; // access tokens live 60 minutes; refreshed in the last minute
    expect(await k.auth.getTokens()).not.toBeNull();
    expect(k.labels(from)).toEqual(["InitiateAuth:REFRESH_TOKEN_AUTH"]);
    expect(k.sent[from]!.input.AuthParameters).toMatchObject({ DEVICE_KEY: deviceKey });
    expect(k.auth.getSnapshot().step).toBe("signedIn");
  });

  it("a device amazon-cognito-identity-js remembered (its storage as it wrote it) skips MFA in the kit", async () => {
    const user = await freshTotpUser(config.endpoint, pool);
    const storage = new MapStorage();
    const library = deviceUser(pool, config.endpoint, user.username, storage);
    expect(await signInWithDevice(library, user.username, user.password, user.totpSecret)).toMatchObject({ kind: "success", askedForMfa: true });
    await rememberDevice(library);
    for (const key of [...storage.items.keys()]) if (!/\.(deviceKey|deviceGroupKey|randomPasswordKey)$/.test(key)) storage.removeItem(key);
    const k = kit(storage);
    await until(k.auth, (s) => s.step === "signIn");
    await k.auth.signIn({ username: user.username, password: user.password });
    await until(k.auth, (s) => s.step === "signedIn" || s.step === "confirmSignIn" || s.status === "error");
    expect(k.labels()).toContain("RespondToAuthChallenge:DEVICE_PASSWORD_VERIFIER");
    expect(k.auth.getSnapshot().step).toBe("signedIn");
  });

  it("a device secret that no longer matches: the sign-in fails once with DeviceNotRecognized, the keys go, the next asks for MFA", async () => {
    const user = await freshTotpUser(config.endpoint, pool);
    const k = kit();
    await signInWithMfa(k, user, true);
    await k.auth.signOut();
    await until(k.auth, (s) => s.step === "signIn");
    await k.storage.setItem(`CognitoIdentityServiceProvider.${pool.userPoolClientId}.${user.username}.randomPasswordKey`, btoa("not the device's secret"));
    await k.auth.signIn({ username: user.username, password: user.password });
    const failed = await until(k.auth, (s) => s.status === "error");
    expect(failed.error).toMatchObject({ code: "DeviceNotRecognized", messageId: "error.SessionExpired" });
    expect(await keyOf(k.storage, user.username, "deviceKey")).toBeNull();
    await until(k.auth, settled);
    if (k.auth.getSnapshot().step !== "signIn") k.auth.navigate("signIn");
    await k.auth.signIn({ username: user.username, password: user.password });
    await until(k.auth, mfa);
  });
});

describe("devicesOf(auth)", () => {
  it("lists the user's devices with this one marked; stops remembering, remembers, forgets (this device's keys go)", async () => {
    const user = await freshTotpUser(config.endpoint, pool);
    const k = kit();
    await signInWithMfa(k, user, true);
    const devices = devicesOf(k.auth);
    const current = await devices.current();
    expect(current).toBe(await keyOf(k.storage, user.username, "deviceKey"));
    const [listed, ...others] = await devices.list();
    expect(others).toEqual([]);
    expect(listed).toMatchObject({ key: current, name: "Test runner", remembered: true, current: true });
    expect(Date.now() - listed!.lastUsed!.getTime()).toBeLessThan(60_000);

    await devices.setRemembered(false);
    expect((await devices.list())[0]!.remembered).toBe(false);
    await devices.setRemembered(true);
    expect((await devices.list())[0]!.remembered).toBe(true);

    await devices.forget();
    expect(await devices.list()).toEqual([]);
    expect(await devices.current()).toBeNull();
    expect(await keyOf(k.storage, user.username, "deviceKey")).toBeNull();
    await expect(devices.forget()).rejects.toMatchObject({ error: { code: "DeviceNotRemembered" } });
    await expect(devices.forget("eu-west-1_nope")).rejects.toMatchObject({ error: { code: "ResourceNotFoundException" } });
  });

  it("a revoked access token (signed out everywhere from elsewhere): SessionExpired, and this session ends too", async () => {
    const user = await freshTotpUser(config.endpoint, pool);
    const here = kit();
    await signInWithMfa(here, user, true);
    // Another app (its own client id: the same one's tabs would sign each other out directly).
    const { UserPoolClient } = await cognitoCall<{ UserPoolClient: { ClientId: string } }>(config.endpoint, "CreateUserPoolClient", {
      UserPoolId: pool.userPoolId, ClientName: `other-app-${Date.now()}`, ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    });
    const elsewhere = kit(memoryStorage(), { shift: 0 }, UserPoolClient.ClientId);
    await signInWithMfa(elsewhere, user, false);
    await elsewhere.auth.signOut({ global: true });
    await expect(devicesOf(here.auth).list()).rejects.toMatchObject({ error: { code: "NotAuthorizedException", messageId: "error.SessionExpired" } });
    await until(here.auth, (s) => s.step === "signIn");
  });
});
