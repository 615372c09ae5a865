/**
 * `accountOf(auth)`: what a signed-in user can do — profile attributes, password change, MFA
 * preferences, TOTP set-up. Built on the machine's public commands only (getTokens, signOut,
 * config). Each call gets a valid access token first (refreshing if needed) and throws
 * {@link AuthFailure} with a typed error.
 */
import { AuthFailure, toAuthError } from "./errors.js";
import { profileOperations } from "./flows/profile.js";
import { otpauthUri, totpVerified } from "./flows/shared.js";
import type { SendAuthorized } from "./flows/context.js";
import type { CognitoAuth } from "./store.js";
import { decodeClaims } from "./session/tokens.js";
import { CognitoError, call, type Operations } from "./transport/types.js";
import type { MfaMethod } from "./types.js";

export type { MfaPreference } from "./flows/profile.js";

export interface MfaChange {
  /** The methods to have enabled (of those in `methods`). */
  enabled: readonly MfaMethod[];
  preferred?: MfaMethod | null;
  /** The methods this change is about; default SMS and TOTP. */
  methods?: readonly MfaMethod[];
}

const SETTINGS: Record<MfaMethod, string> = { SMS: "SMSMfaSettings", TOTP: "SoftwareTokenMfaSettings", EMAIL: "EmailMfaSettings" };
/** The scope Cognito's user operations need; hosted-UI tokens have it only when it was asked for. */
const ADMIN_SCOPE = "aws.cognito.signin.user.admin";

function createAccount(auth: CognitoAuth) {
  const { transport, totpIssuer } = auth.config;
  /** One operation with the access token; `wrongPassword` reads NotAuthorized as a wrong current password. */
  const authorized = (wrongPassword: boolean): SendAuthorized => async (operation, input) => {
    try {
      const tokens = await auth.getTokens();
      if (!tokens) throw new CognitoError("NotAuthorizedException", "");
      const scope = decodeClaims(tokens.accessToken)?.scope;
      // Cognito would answer NotAuthorized: say what is missing instead of ending the session.
      if (typeof scope === "string" && !scope.split(" ").includes(ADMIN_SCOPE)) throw new AuthFailure({ code: "MissingScope", messageId: "error.MissingScope" });
      return await call(transport, operation, { ...input, AccessToken: tokens.accessToken } as Operations[typeof operation][0]);
    } catch (e) {
      if (!(e instanceof CognitoError)) throw e;
      let error = toAuthError(e.code, e.retryAfterMs);
      if (e.code === "NotAuthorizedException") {
        // A revoked or dead access token ends the local session too (no request: it is dead).
        if (!wrongPassword) await auth.signOut({ local: true });
        error = { code: e.code, messageId: wrongPassword ? "error.IncorrectPassword" : "error.SessionExpired" };
      }
      throw new AuthFailure(error);
    }
  };
  const send = authorized(false);

  return {
    ...profileOperations(send),
    changePassword: async (previous: string, proposed: string) =>
      void (await authorized(true)("ChangePassword", { PreviousPassword: previous, ProposedPassword: proposed })),
    /** Enables exactly `enabled` (of `methods`) and marks `preferred`. */
    async setMfaPreference(change: MfaChange) {
      const input: Record<string, object> = {};
      for (const m of change.methods ?? ["SMS", "TOTP"]) input[SETTINGS[m]] = { Enabled: change.enabled.includes(m), PreferredMfa: change.preferred === m };
      await send("SetUserMFAPreference", input);
    },
    /** Starts TOTP set-up while signed in: the secret and an otpauth:// URI for a QR code. */
    async associateTotp() {
      const { SecretCode = "" } = await send("AssociateSoftwareToken", {});
      const account = decodeClaims((await auth.getTokens())?.accessToken ?? "")?.username;
      return { secret: SecretCode, uri: otpauthUri(totpIssuer, String(account ?? ""), SecretCode) };
    },
    /** Finishes TOTP set-up with a code from the app; then enable it with setMfaPreference. */
    verifyTotp: async (code: string, deviceName?: string) =>
      totpVerified(await send("VerifySoftwareToken", { UserCode: code, ...(deviceName ? { FriendlyDeviceName: deviceName } : {}) })),
  };
}

export type Account = ReturnType<typeof createAccount>;

const accounts = new WeakMap<CognitoAuth, Account>();

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
  if (!account) accounts.set(auth, (account = createAccount(auth)));
  return account;
}
