/**
 * `accountOf(auth)`: what a signed-in user can do — profile attributes (read on demand, never on
 * page load; update with the verification-code round trip for email/phone), password change,
 * MFA preferences, TOTP set-up. Each call gets a valid access token first (refreshing if
 * needed) and throws {@link AuthFailure} with a typed error.
 */
import { AuthFailure, toAuthError } from "./errors.js";
import { otpauthUri, toDelivery, totpVerified } from "./flows/shared.js";
import { internals, type Internals } from "./internals.js";
import type { CognitoAuth } from "./store.js";
import { decodeClaims } from "./session/tokens.js";
import { CognitoError, call, type Operations, type OperationName } from "./transport/types.js";
import type { CodeDelivery, MfaMethod } from "./types.js";

export interface MfaPreference {
  enabled: readonly MfaMethod[];
  preferred: MfaMethod | null;
}

export interface MfaChange {
  /** The methods to have enabled (of those in `methods`). */
  enabled: readonly MfaMethod[];
  preferred?: MfaMethod | null;
  /** The methods this change is about; default SMS and TOTP. */
  methods?: readonly MfaMethod[];
}

const METHOD: Record<string, MfaMethod> = { SMS_MFA: "SMS", SOFTWARE_TOKEN_MFA: "TOTP", EMAIL_OTP: "EMAIL" };
const SETTINGS: Record<MfaMethod, string> = { SMS: "SMSMfaSettings", TOTP: "SoftwareTokenMfaSettings", EMAIL: "EmailMfaSettings" };

export const attributeList = (attributes: Record<string, string>) =>
  Object.entries(attributes).filter(([, v]) => v !== "").map(([Name, Value]) => ({ Name, Value }));

function createAccount({ ctx: { transport, totpIssuer }, keeper, signOutLocally }: Internals) {
  /** One operation with the access token; `wrongPassword` reads NotAuthorized as a wrong current password. */
  async function send<Op extends OperationName>(operation: Op, input: Omit<Operations[Op][0], "AccessToken">, wrongPassword = false): Promise<Operations[Op][1]> {
    let tokens;
    try {
      tokens = await keeper.valid();
      if (!tokens) throw new CognitoError("NotAuthorizedException", "");
      return await call(transport, operation, { ...input, AccessToken: tokens.accessToken } as Operations[Op][0]);
    } catch (e) {
      if (!(e instanceof CognitoError)) throw e;
      let error = toAuthError(e.code, e.retryAfterMs);
      if (e.code === "NotAuthorizedException") {
        // A revoked or dead access token ends the local session too.
        if (!wrongPassword) await signOutLocally();
        error = { code: e.code, messageId: wrongPassword ? "error.IncorrectPassword" : "error.SessionExpired" };
      }
      throw new AuthFailure(error);
    }
  }

  return {
    /** Attributes and MFA settings (one GetUser request; call it when the screen needs it). */
    async getUser() {
      const answer = await send("GetUser", {});
      const attributes: Record<string, string> = {};
      for (const a of answer.UserAttributes ?? []) attributes[a.Name!] = a.Value ?? "";
      const mfa: MfaPreference = {
        enabled: (answer.UserMFASettingList ?? []).flatMap((m) => METHOD[m] ?? []),
        preferred: METHOD[answer.PreferredMfaSetting ?? ""] ?? null,
      };
      return { username: answer.Username ?? "", attributes, mfa };
    },
    /** Updates attributes; a changed email or phone needs a code: where they went is returned. */
    updateAttributes: async (attributes: Record<string, string>): Promise<CodeDelivery[]> =>
      ((await send("UpdateUserAttributes", { UserAttributes: attributeList(attributes) })).CodeDeliveryDetailsList ?? [])
        .flatMap((d) => toDelivery(d) ?? []),
    sendAttributeVerificationCode: async (attribute: string) =>
      toDelivery((await send("GetUserAttributeVerificationCode", { AttributeName: attribute })).CodeDeliveryDetails),
    verifyAttribute: async (attribute: string, code: string) => void (await send("VerifyUserAttribute", { AttributeName: attribute, Code: code })),
    changePassword: async (previous: string, proposed: string) =>
      void (await send("ChangePassword", { PreviousPassword: previous, ProposedPassword: proposed }, true)),
    /** Enables exactly `enabled` (of `methods`) and marks `preferred`. */
    async setMfaPreference(change: MfaChange) {
      const input: Record<string, object> = {};
      for (const m of change.methods ?? ["SMS", "TOTP"]) input[SETTINGS[m]] = { Enabled: change.enabled.includes(m), PreferredMfa: change.preferred === m };
      await send("SetUserMFAPreference", input);
    },
    /** Starts TOTP set-up while signed in: the secret and an otpauth:// URI for a QR code. */
    async associateTotp() {
      const { SecretCode = "" } = await send("AssociateSoftwareToken", {});
      const account = decodeClaims(keeper.peek()?.accessToken ?? "")?.username;
      return { secret: SecretCode, uri: otpauthUri(totpIssuer, String(account ?? ""), SecretCode) };
    },
    /** Finishes TOTP set-up with a code from the app; then enable it with setMfaPreference. */
    verifyTotp: async (code: string, deviceName?: string) =>
      totpVerified(await send("VerifySoftwareToken", { UserCode: code, ...(deviceName ? { FriendlyDeviceName: deviceName } : {}) })),
  };
}

export type Account = ReturnType<typeof createAccount>;

const accounts = new WeakMap<object, Account>();

/**
 * The account operations of a machine (a separate import, so apps that only sign users in do
 * not ship them).
 *
 * @example
 * const account = accountOf(auth);
 * const { attributes, mfa } = await account.getUser();
 * await account.updateAttributes({ name: "Ana" });
 */
export function accountOf(auth: CognitoAuth): Account {
  let account = accounts.get(auth);
  if (!account) {
    const deps = internals.get(auth);
    if (!deps) throw new Error("createCognitoAuth");
    accounts.set(auth, (account = createAccount(deps)));
  }
  return account;
}
