/**
 * `passkeysOf(auth)`: a signed-in user's passkeys — register one on this device
 * (StartWebAuthnRegistration → navigator.credentials.create → CompleteWebAuthnRegistration), list
 * them (ListWebAuthnCredentials, every page), remove one (DeleteWebAuthnCredential). Each call
 * gets a valid access token first; failures are {@link AuthFailure}s with typed errors.
 */
import { AuthFailure, toAuthError } from "../core/errors.js";
import type { CognitoAuth } from "../core/store.js";
import { CognitoError } from "../core/transport/types.js";
import { createPasskey, passkeyFailure } from "./ceremony.js";
import type { JsonOptions } from "./webauthn-json.js";

/** One registered passkey, as ListWebAuthnCredentials describes it. */
export interface Passkey {
  /** The credential id (base64url): what `remove` takes. */
  id: string;
  /** Cognito's friendly name, e.g. "iCloud Keychain", "Google Password Manager". */
  name: string;
  relyingPartyId: string;
  /** "platform" (this device) or "cross-platform" (a security key, a phone); null when unknown. */
  attachment: string | null;
  transports: readonly string[];
  createdAt: Date;
}

interface Described {
  CredentialId: string;
  FriendlyCredentialName?: string;
  RelyingPartyId?: string;
  AuthenticatorAttachment?: string;
  AuthenticatorTransports?: string[];
  CreatedAt?: number | string;
}

const sessionExpired = () => new AuthFailure({ code: "NotAuthorizedException", messageId: "error.SessionExpired" });

/**
 * @example
 * const passkeys = passkeysOf(auth);
 * await passkeys.register();          // the browser asks to create a passkey
 * const list = await passkeys.list(); // [{ id, name: "iCloud Keychain", createdAt, … }]
 * await passkeys.remove(list[0].id);
 */
export function passkeysOf(auth: CognitoAuth) {
  async function send<T>(operation: string, input: object): Promise<T> {
    const tokens = await auth.getTokens();
    if (!tokens) throw sessionExpired();
    try {
      return (await auth.config.transport.send(operation, { ...input, AccessToken: tokens.accessToken })) as T;
    } catch (e) {
      const failure = passkeyFailure(e);
      if (!(failure instanceof CognitoError)) throw failure;
      if (failure.code !== "NotAuthorizedException") throw new AuthFailure(toAuthError(failure.code, failure.retryAfterMs));
      // A revoked or dead access token ends the local session too (no request: it is dead).
      await auth.signOut({ local: true });
      throw sessionExpired();
    }
  }

  return {
    /** Every passkey of the user, oldest first. */
    async list(): Promise<Passkey[]> {
      const all: Passkey[] = [];
      let next: string | undefined;
      do {
        const page = await send<{ Credentials?: Described[]; NextToken?: string }>("ListWebAuthnCredentials", { MaxResults: 20, ...(next ? { NextToken: next } : {}) });
        for (const c of page.Credentials ?? []) {
          const at = typeof c.CreatedAt === "number" ? c.CreatedAt * 1000 : Date.parse(c.CreatedAt ?? "");
          all.push({
            id: c.CredentialId, name: c.FriendlyCredentialName ?? "", relyingPartyId: c.RelyingPartyId ?? "",
            attachment: c.AuthenticatorAttachment ?? null, transports: c.AuthenticatorTransports ?? [], createdAt: new Date(at),
          });
        }
        next = page.NextToken;
      } while (next);
      return all;
    },
    /** Creates a passkey on this device (or a security key) and registers it with the pool. */
    async register(signal?: AbortSignal): Promise<void> {
      const { CredentialCreationOptions } = await send<{ CredentialCreationOptions: JsonOptions | string }>("StartWebAuthnRegistration", {});
      const credential = await createPasskey(CredentialCreationOptions, signal);
      await send("CompleteWebAuthnRegistration", { Credential: credential });
    },
    /** Removes a passkey from the pool: it no longer signs in (the device may still list it). */
    async remove(id: string): Promise<void> {
      await send("DeleteWebAuthnCredential", { CredentialId: id });
    },
  };
}

export type Passkeys = ReturnType<typeof passkeysOf>;
