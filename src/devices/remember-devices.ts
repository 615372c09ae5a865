/**
 * `rememberDevices()`: Cognito's remembered devices as a sign-in add-on. After a sign-in on a new
 * device (NewDeviceMetadata) it confirms the device with a verifier of its own secret and, where the
 * pool asks, marks it remembered when the user chose so; at the next sign-in it names the device
 * (DEVICE_KEY) and proves it (DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER), so Cognito skips MFA.
 * Refreshes name the device too. The keys live in amazon-cognito-identity-js's layout (device-keys.ts).
 */
import { AuthFailure } from "../core/errors.js";
import type { FlowContext, SignInAddOn } from "../core/flows/context.js";
import { nextStep, type SignInStep } from "../core/flows/sign-in.js";
import { cognitoTimestamp, createSrpEphemeral, passwordClaimSignature } from "../core/srp/index.js";
import { resolveStorage, type StorageOption } from "../core/session/storage.js";
import { decodeClaims } from "../core/session/tokens.js";
import { call, CognitoError, type Transport } from "../core/transport/types.js";
import { createDeviceSecret } from "./device-srp.js";
import { deviceKeyStore, type DeviceKeys, type DeviceKeyStore } from "./device-keys.js";
import type { DeviceOperations } from "./device-types.js";
import { deviceName } from "./device-name.js";

export interface RememberDevicesOptions {
  /**
   * Where the device keys are kept: the same storage as `createCognitoAuth`'s `storage` (default
   * "localStorage"). Pass the same value if you changed it there.
   */
  storage?: StorageOption;
  /**
   * The pool remembers a device only when the user asks ("User opt-in", the default: the MFA code
   * screen offers "Remember this device"). `false` for a pool that remembers every device ("Always").
   */
  askUser?: boolean;
  /** The name the device is listed under; default from the browser, e.g. "Chrome on macOS". */
  deviceName?: () => string;
  /**
   * Called when confirming or remembering a device fails after a successful sign-in (the user
   * stays signed in; the device is simply not remembered). Default: ignored.
   */
  onError?: (error: unknown) => void;
}

/** The add-on `rememberDevices()` returns: pass it in `createCognitoAuth`'s `addOns`. */
export interface DevicesAddOn extends SignInAddOn {
  readonly addOn: "devices";
  /** Whether the user may choose (the "Remember this device" box is shown). */
  readonly askUser: boolean;
  /** The user's choice for the sign-in in progress ("Remember this device"); reset after each sign-in. */
  remember: boolean;
  /** The key store of one app client (for `devicesOf`). */
  keysOf(clientId: string): DeviceKeyStore;
}

/** Sends one device operation. */
export const sendDeviceOperation = <Op extends keyof DeviceOperations>(transport: Transport, operation: Op, input: DeviceOperations[Op][0]) =>
  transport.send(operation, input) as Promise<DeviceOperations[Op][1]>;


/** The device proof failed (forgotten elsewhere, keys from another pool): the keys go, the next sign-in asks for MFA. */
const notRecognized = () => new AuthFailure({ code: "DeviceNotRecognized", messageId: "error.SessionExpired" });

async function proveDevice(ctx: FlowContext, username: string, session: string | undefined, keys: DeviceKeys): Promise<SignInStep> {
  const ephemeral = createSrpEphemeral();
  const challenge = await call(ctx.transport, "RespondToAuthChallenge", {
    ClientId: ctx.clientId, ChallengeName: "DEVICE_SRP_AUTH", Session: session,
    ChallengeResponses: { USERNAME: username, DEVICE_KEY: keys.deviceKey, SRP_A: ephemeral.srpA },
  });
  const p = challenge.ChallengeParameters ?? {};
  if (challenge.ChallengeName !== "DEVICE_PASSWORD_VERIFIER" || !p.SRP_B || !p.SALT || !p.SECRET_BLOCK) return nextStep(challenge, username);
  const timestamp = cognitoTimestamp(new Date(ctx.now()));
  const signature = await passwordClaimSignature({
    poolName: keys.deviceGroupKey, userIdForSrp: keys.deviceKey, password: keys.randomPassword,
    ephemeral, saltHex: p.SALT, srpBHex: p.SRP_B, secretBlock: p.SECRET_BLOCK, timestamp,
  });
  const answer = await call(ctx.transport, "RespondToAuthChallenge", {
    ClientId: ctx.clientId, ChallengeName: "DEVICE_PASSWORD_VERIFIER", Session: challenge.Session,
    ChallengeResponses: {
      USERNAME: p.USERNAME ?? username, DEVICE_KEY: keys.deviceKey,
      PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK, PASSWORD_CLAIM_SIGNATURE: signature, TIMESTAMP: timestamp,
    },
  });
  return nextStep(answer, username);
}

/**
 * Remembered devices for `createCognitoAuth({ …, addOns: [rememberDevices()] })`. With the drop-in
 * screens, import it from "cognito-react-kit/devices/ui" instead: the MFA screen then offers
 * "Remember this device".
 *
 * @example
 * import { rememberDevices } from "cognito-react-kit/devices";
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, addOns: [rememberDevices()] });
 */
export function rememberDevices(options: RememberDevicesOptions = {}): DevicesAddOn {
  let storage: ReturnType<typeof resolveStorage> | undefined;
  const stores = new Map<string, DeviceKeyStore>();
  /** The name the sign-in in progress was started with, and the device it named. */
  let typed: string | undefined;
  let named: DeviceKeys | null = null;
  let seenClientId: string | undefined;

  async function afterTokens(ctx: FlowContext, result: Extract<SignInStep, { kind: "tokens" }>["result"], choice: boolean) {
    const accessToken = result.AccessToken;
    const username = accessToken && decodeClaims(accessToken)?.username;
    if (!accessToken || typeof username !== "string") return;
    const keys = addOn.keysOf(ctx.clientId);
    const metadata = (result as { NewDeviceMetadata?: { DeviceKey?: string; DeviceGroupKey?: string } }).NewDeviceMetadata;
    let confirmationNecessary = true;
    let deviceKey = named?.deviceKey;
    const deviceGroupKey = metadata?.DeviceGroupKey;
    if (metadata?.DeviceKey && deviceGroupKey) {
      const newKey = (deviceKey = metadata.DeviceKey);
      const secret = await createDeviceSecret(deviceGroupKey, newKey);
      const confirmed = await sendDeviceOperation(ctx.transport, "ConfirmDevice", {
        AccessToken: accessToken, DeviceKey: newKey, DeviceSecretVerifierConfig: secret.verifierConfig,
        DeviceName: (options.deviceName ?? deviceName)(),
      });
      await keys.write(username, { deviceKey: newKey, deviceGroupKey, randomPassword: secret.randomPassword }, typed);
      confirmationNecessary = confirmed.UserConfirmationNecessary === true;
    }
    if (choice && confirmationNecessary && deviceKey) {
      await sendDeviceOperation(ctx.transport, "UpdateDeviceStatus", { AccessToken: accessToken, DeviceKey: deviceKey, DeviceRememberedStatus: "remembered" });
    }
  }

  const addOn: DevicesAddOn = {
    addOn: "devices",
    askUser: options.askUser ?? true,
    remember: false,
    keysOf(clientId) {
      let store = stores.get(clientId);
      if (!store) stores.set(clientId, (store = deviceKeyStore((storage ??= resolveStorage(options.storage)), clientId)));
      return store;
    },
    parameters(username, context) {
      // The client id comes with the call (or, from a core that does not pass it, from the last step seen).
      const clientId = context?.clientId ?? seenClientId;
      typed = username;
      named = clientId ? addOn.keysOf(clientId).readSync(username) : null;
      return named ? { DEVICE_KEY: named.deviceKey } : undefined;
    },
    async step(step, ctx) {
      seenClientId = ctx.clientId;
      const store = addOn.keysOf(ctx.clientId);
      if (step.kind === "challenge") {
        if (step.challenge !== null || (step.answer as { ChallengeName?: string } | undefined)?.ChallengeName !== "DEVICE_SRP_AUTH") return undefined;
        const keys = named ?? store.readSync(step.username);
        if (!keys) throw notRecognized();
        try {
          return await proveDevice(ctx, step.username, step.session.session, keys);
        } catch (error) {
          if (!(error instanceof CognitoError) || !/^(NotAuthorized|ResourceNotFound)Exception$/.test(error.code)) throw error;
          await store.remove(step.username);
          throw notRecognized();
        }
      }
      const choice = addOn.remember;
      addOn.remember = false;
      try {
        await afterTokens(ctx, step.result, choice);
      } catch (error) {
        options.onError?.(error);
      } finally {
        named = null;
        typed = undefined;
      }
      return undefined;
    },
  };
  return addOn;
}
