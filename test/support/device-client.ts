/**
 * amazon-cognito-identity-js as the remembered-devices reference client: it confirms a new
 * device itself (its own SRP verifier), keeps deviceKey / deviceGroupKey / randomPasswordKey in the
 * storage it is given, and answers DEVICE_SRP_AUTH with them. Used to prove the local stack's
 * device tracking (and, in e2e, to seed the storage a migrating app starts from).
 */
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from "amazon-cognito-identity-js";
import { cognitoCall, totpCode } from "cognito-react-kit-local";

export type DeviceOutcome =
  | { kind: "success"; session: CognitoUserSession; confirmationNecessary: boolean }
  | { kind: "totp" }
  | { kind: "failure"; code: string };

/** A Storage over a plain map, to read and tamper with what the library keeps. */
export class MapStorage {
  readonly items = new Map<string, string>();
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

export interface DevicePool {
  userPoolId: string;
  userPoolClientId: string;
}

export function deviceUser(pool: DevicePool, endpoint: string, username: string, storage: MapStorage): CognitoUser {
  const userPool = new CognitoUserPool({ UserPoolId: pool.userPoolId, ClientId: pool.userPoolClientId, endpoint, Storage: storage });
  return new CognitoUser({ Username: username, Pool: userPool, Storage: storage });
}

function callbacks(resolve: (outcome: DeviceOutcome) => void) {
  return {
    onSuccess: (session: CognitoUserSession, confirmationNecessary?: boolean) =>
      resolve({ kind: "success", session, confirmationNecessary: confirmationNecessary === true }),
    onFailure: (err: { code?: string; name?: string }) => resolve({ kind: "failure", code: err.code ?? err.name ?? "Unknown" }),
    totpRequired: () => resolve({ kind: "totp" }),
    mfaRequired: () => resolve({ kind: "failure", code: "UnexpectedSmsMfa" }),
  };
}

/** SRP sign-in; with `totpSecret`, a TOTP challenge is answered (the outcome says whether one came). */
export async function signInWithDevice(user: CognitoUser, username: string, password: string, totpSecret?: string): Promise<DeviceOutcome & { askedForMfa: boolean }> {
  const first = await new Promise<DeviceOutcome>((resolve) =>
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks(resolve)));
  if (first.kind !== "totp" || !totpSecret) return { ...first, askedForMfa: first.kind === "totp" };
  const second = await new Promise<DeviceOutcome>((resolve) => user.sendMFACode(totpCode(totpSecret), callbacks(resolve), "SOFTWARE_TOKEN_MFA"));
  return { ...second, askedForMfa: true };
}

export const rememberDevice = (user: CognitoUser) =>
  new Promise<string>((resolve, reject) => user.setDeviceStatusRemembered({ onSuccess: resolve, onFailure: reject }));

/**
 * A user of the calling test's own in `pool`, with TOTP MFA set up (its secret returned), made
 * through the API as an app would.
 */
export async function freshTotpUser(endpoint: string, pool: DevicePool) {
  const username = `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const password = `Pw-${Math.random().toString(36).slice(2, 10)}-Aa1!`;
  const call = <T = Record<string, unknown>>(op: string, body: object) => cognitoCall<T>(endpoint, op, body);
  await call("AdminCreateUser", {
    UserPoolId: pool.userPoolId, Username: username, MessageAction: "SUPPRESS", TemporaryPassword: password,
    UserAttributes: [{ Name: "email", Value: `${username}@example.com` }, { Name: "email_verified", Value: "true" }],
  });
  await call("AdminSetUserPassword", { UserPoolId: pool.userPoolId, Username: username, Password: password, Permanent: true });
  const { AuthenticationResult } = await call<{ AuthenticationResult: { AccessToken: string } }>("InitiateAuth", {
    AuthFlow: "USER_PASSWORD_AUTH", ClientId: pool.userPoolClientId, AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  const token = AuthenticationResult.AccessToken;
  const { SecretCode } = await call<{ SecretCode: string }>("AssociateSoftwareToken", { AccessToken: token });
  await call("VerifySoftwareToken", { AccessToken: token, UserCode: totpCode(SecretCode) });
  await call("SetUserMFAPreference", { AccessToken: token, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
  return { username, password, totpSecret: SecretCode };
}
