/**
 * The device operations a signed-in user calls with their access token, shaped as Cognito
 * answers them: ConfirmDevice (stores the SRP verifier; UserConfirmationNecessary in a "user
 * opt-in" pool), UpdateDeviceStatus, ListDevices, GetDevice, ForgetDevice.
 */
import { CognitoFault, requireString, type Json } from "./fault";
import type { FrontContext, OpResult } from "./front-context";
import type { DeviceRecord } from "./device-store";
import { verifiedAccessToken } from "./account-ops";
import { deviceTracking } from "./device-ops";
import { poolForClient } from "./users";
import { N } from "./srp-server";

const MAX_LIMIT = 60;
const notFound = () => new CognitoFault("ResourceNotFoundException", "Device does not exist.");
const seconds = (ms: number) => ms / 1000;

/** The signed-in user (from the access token) and their pool. */
async function owner(front: FrontContext, body: Json) {
  const claims = verifiedAccessToken(requireString(body, "AccessToken"));
  const target = await poolForClient(front.local, claims.client_id);
  const username = typeof claims.username === "string" ? claims.username : claims.sub;
  return { target, username };
}

/** The owner's device `DeviceKey` (confirmed unless `pending`), or ResourceNotFoundException. */
async function ownedDevice(front: FrontContext, body: Json, pending = false) {
  const { target, username } = await owner(front, body);
  const device = front.devices.get(requireString(body, "DeviceKey"));
  if (!device || device.poolId !== target.poolId || device.username !== username || (!pending && !device.verifier)) throw notFound();
  return { target, device };
}

/** Cognito's DeviceType. */
function deviceType(device: DeviceRecord): Json {
  return {
    DeviceKey: device.deviceKey,
    DeviceAttributes: [
      { Name: "device_status", Value: "valid" },
      ...(device.name ? [{ Name: "device_name", Value: device.name }] : []),
      { Name: "dev:device_remembered_status", Value: device.remembered ? "remembered" : "not_remembered" },
      { Name: "last_ip_used", Value: "127.0.0.1" },
    ],
    DeviceCreateDate: seconds(device.created),
    DeviceLastModifiedDate: seconds(device.modified),
    DeviceLastAuthenticatedDate: seconds(device.lastAuthenticated),
  };
}

/** Base64 of hex bytes → the hex (Cognito takes the verifier and salt as base64). */
function hexOfBase64(body: Json, field: "PasswordVerifier" | "Salt"): string {
  const value = requireString(body, "DeviceSecretVerifierConfig", field);
  const bytes = Buffer.from(value, "base64");
  if (bytes.length === 0 || bytes.toString("base64").replace(/=+$/, "") !== value.replace(/=+$/, "")) {
    throw new CognitoFault("InvalidParameterException", `DeviceSecretVerifierConfig.${field} is not base64.`);
  }
  return bytes.toString("hex");
}

export async function confirmDevice(front: FrontContext, body: Json): Promise<OpResult> {
  const { target, device } = await ownedDevice(front, body, true);
  const verifier = hexOfBase64(body, "PasswordVerifier");
  const salt = hexOfBase64(body, "Salt");
  const v = BigInt(`0x${verifier}`);
  if (v % N === 0n || v >= N) throw new CognitoFault("InvalidParameterException", "DeviceSecretVerifierConfig.PasswordVerifier is not a valid SRP verifier.");
  const tracking = deviceTracking(target.pool);
  const name = typeof body.DeviceName === "string" && body.DeviceName ? body.DeviceName.slice(0, 1024) : undefined;
  front.devices.save({
    ...device, verifier, salt, remembered: tracking === "always", modified: Date.now(), ...(name ? { name } : {}),
  });
  return { body: { UserConfirmationNecessary: tracking === "userOptIn" } };
}

export async function updateDeviceStatus(front: FrontContext, body: Json): Promise<OpResult> {
  const status = requireString(body, "DeviceRememberedStatus");
  if (status !== "remembered" && status !== "not_remembered") {
    throw new CognitoFault("InvalidParameterException", "DeviceRememberedStatus must be remembered or not_remembered.");
  }
  const { device } = await ownedDevice(front, body);
  front.devices.save({ ...device, remembered: status === "remembered", modified: Date.now() });
  return { body: {} };
}

export async function listDevices(front: FrontContext, body: Json): Promise<OpResult> {
  const { target, username } = await owner(front, body);
  const limit = typeof body.Limit === "number" ? body.Limit : MAX_LIMIT;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT) {
    throw new CognitoFault("InvalidParameterException", `Limit must be between 0 and ${MAX_LIMIT}.`);
  }
  const start = typeof body.PaginationToken === "string" ? Number(body.PaginationToken) : 0;
  if (!Number.isInteger(start) || start < 0) throw new CognitoFault("InvalidParameterException", "Invalid PaginationToken.");
  const devices = front.devices.ofUser(target.poolId, username).filter((d) => d.verifier)
    .sort((a, b) => b.lastAuthenticated - a.lastAuthenticated);
  const page = devices.slice(start, start + (limit || MAX_LIMIT));
  const next = start + page.length;
  return { body: { Devices: page.map(deviceType), ...(next < devices.length ? { PaginationToken: String(next) } : {}) } };
}

export async function getDevice(front: FrontContext, body: Json): Promise<OpResult> {
  const { device } = await ownedDevice(front, body);
  return { body: { Device: deviceType(device) } };
}

export async function forgetDevice(front: FrontContext, body: Json): Promise<OpResult> {
  const { device } = await ownedDevice(front, body, true);
  front.devices.remove(device.deviceKey);
  return { body: {} };
}

/** The device operations by name, for the front's table. */
export const deviceOperations = {
  ConfirmDevice: confirmDevice,
  UpdateDeviceStatus: updateDeviceStatus,
  ListDevices: listDevices,
  GetDevice: getDevice,
  ForgetDevice: forgetDevice,
};
