/**
 * `auth.account`: what a signed-in user can do. Each call gets a valid access token first and
 * throws {@link AuthFailure} with a typed error. Attributes are read on demand only.
 */
import { AuthFailure, toAuthError } from "./errors.js";
import * as flows from "./flows/account.js";
import { otpauthUri } from "./flows/sign-in.js";
import type { SessionKeeper } from "./session/session-keeper.js";
import { CognitoError, call, type Transport } from "./transport/types.js";
import type { MfaMethod } from "./types.js";
import { decodeClaims } from "./session/tokens.js";

interface AccountDeps {
  transport: Transport;
  keeper: SessionKeeper;
  clientId: string;
  totpIssuer: string;
  /** A revoked or dead access token ends the local session too. */
  onSessionEnded: () => Promise<void>;
}

export function createAccount({ transport, keeper, totpIssuer, onSessionEnded }: AccountDeps) {
  async function withToken<T>(work: (accessToken: string) => Promise<T>, wrongPassword = false): Promise<T> {
    let tokens;
    try {
      tokens = await keeper.valid();
    } catch (e) {
      throw new AuthFailure(e instanceof CognitoError ? toAuthError(e.code, e.retryAfterMs) : toAuthError("NetworkError"));
    }
    if (!tokens) throw new AuthFailure(toAuthError("NotAuthorizedException"));
    try {
      return await work(tokens.accessToken);
    } catch (e) {
      if (!(e instanceof CognitoError)) throw e;
      if (e.code === "NotAuthorizedException" && wrongPassword) {
        throw new AuthFailure({ code: e.code, messageId: "error.incorrectPassword" });
      }
      if (e.code === "NotAuthorizedException") {
        await onSessionEnded();
        throw new AuthFailure({ code: e.code, messageId: "error.sessionExpired" });
      }
      throw new AuthFailure(toAuthError(e.code, e.retryAfterMs));
    }
  }

  return {
    /** Attributes and MFA settings (one GetUser request; call it when the screen needs it). */
    getUser: () => withToken((t) => flows.getUser(transport, t)),
    /** Updates attributes; changed email/phone need a code, listed in the result. */
    updateAttributes: (attributes: Record<string, string>) => withToken((t) => flows.updateAttributes(transport, t, attributes)),
    sendAttributeVerificationCode: (attribute: string) => withToken((t) => flows.sendAttributeCode(transport, t, attribute)),
    verifyAttribute: (attribute: string, code: string) => withToken((t) => flows.verifyAttribute(transport, t, attribute, code)).then(() => undefined),
    changePassword: (previous: string, proposed: string) =>
      withToken((t) => flows.changePassword(transport, t, previous, proposed), true).then(() => undefined),
    setMfaPreference: (change: { enabled: readonly MfaMethod[]; preferred?: MfaMethod | null; methods?: readonly MfaMethod[] }) =>
      withToken((t) => flows.setMfaPreference(transport, t, change)).then(() => undefined),
    /** Starts TOTP set-up while signed in: the secret and an otpauth:// URI for a QR code. */
    associateTotp: () => withToken(async (t) => {
      const { SecretCode = "" } = await call(transport, "AssociateSoftwareToken", { AccessToken: t });
      const account = decodeClaims(t)?.username;
      return { secret: SecretCode, uri: otpauthUri(totpIssuer, typeof account === "string" ? account : "", SecretCode) };
    }),
    /** Finishes TOTP set-up with a code from the app; enable it with setMfaPreference. */
    verifyTotp: (code: string, deviceName?: string) => withToken(async (t) => {
      const answer = await call(transport, "VerifySoftwareToken", { AccessToken: t, UserCode: code, ...(deviceName ? { FriendlyDeviceName: deviceName } : {}) });
      if (answer.Status === "ERROR") throw new CognitoError("CodeMismatchException", "The code was not accepted.");
    }),
  };
}

export type Account = ReturnType<typeof createAccount>;
