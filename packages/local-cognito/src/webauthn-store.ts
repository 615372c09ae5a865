/**
 * What the local Cognito keeps for passkeys: the pool's WebAuthnConfiguration (relying party id,
 * user verification; set with SetUserPoolMfaConfig, which cognito-local 5.3 ignores), each user's
 * registered credentials (on the user record), and the checks Cognito makes of a ceremony's
 * client data before the signature is verified (origin against the relying party id).
 */
import type { User, UserPool } from "cognito-local/lib/services/userPoolService";
import { CognitoFault } from "./fault";
import type { PoolAndClient } from "./users";
import { allowedFirstFactors } from "./sign-in-policy";

export interface WebAuthnConfiguration {
  RelyingPartyId?: string;
  UserVerification?: "required" | "preferred";
}

/** One registered passkey as the front stores it (public key and counter for verification). */
export interface StoredPasskey {
  CredentialId: string;
  /** COSE public key, base64url. */
  PublicKey: string;
  Counter: number;
  FriendlyCredentialName: string;
  RelyingPartyId: string;
  AuthenticatorAttachment?: string;
  AuthenticatorTransports: string[];
  /** Seconds since the epoch, as Cognito's JSON protocol sends dates. */
  CreatedAt: number;
}

type PoolWithWebAuthn = UserPool & { WebAuthnConfiguration?: WebAuthnConfiguration };
type UserWithPasskeys = User & { WebAuthnCredentials?: StoredPasskey[] };

export function webAuthnConfiguration(target: PoolAndClient): WebAuthnConfiguration {
  return (target.pool.options as PoolWithWebAuthn).WebAuthnConfiguration ?? {};
}

/** Passkeys need WEB_AUTHN among the pool's first factors and a relying party id, as Cognito checks. */
export function requirePasskeys(target: PoolAndClient): { rpId: string; userVerification: "required" | "preferred" } {
  if (!allowedFirstFactors(target.pool.options).includes("WEB_AUTHN")) {
    throw new CognitoFault("WebAuthnNotEnabledException", "WebAuthn is not enabled for this user pool: add WEB_AUTHN to the sign-in policy's allowed first factors.");
  }
  const config = webAuthnConfiguration(target);
  if (!config.RelyingPartyId) {
    throw new CognitoFault("WebAuthnConfigurationMissingException", "The user pool has no WebAuthn relying party id (SetUserPoolMfaConfig WebAuthnConfiguration.RelyingPartyId).");
  }
  return { rpId: config.RelyingPartyId, userVerification: config.UserVerification ?? "preferred" };
}

export function storedPasskeys(user: User): StoredPasskey[] {
  return (user as UserWithPasskeys).WebAuthnCredentials ?? [];
}

export function withPasskeys(user: User, passkeys: StoredPasskey[]): User {
  return { ...user, WebAuthnCredentials: passkeys } as UserWithPasskeys;
}

/** The relying party checks Cognito makes: https on the RP id or a subdomain of it (http only for localhost). */
export function originAllowed(origin: string, rpId: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  const host = url.hostname;
  const local = host === "localhost" || host.endsWith(".localhost");
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) return false;
  return host === rpId || host.endsWith(`.${rpId}`);
}

export interface ClientData {
  type: string;
  challenge: string;
  origin: string;
}

/** clientDataJSON of a credential in its JSON form, or InvalidParameterException. */
export function clientData(credential: unknown): ClientData {
  const encoded = (credential as { response?: { clientDataJSON?: unknown } } | null)?.response?.clientDataJSON;
  if (typeof encoded !== "string") throw new CognitoFault("InvalidParameterException", "Credential.response.clientDataJSON is required.");
  try {
    const data = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as Partial<ClientData>;
    if (typeof data.type === "string" && typeof data.challenge === "string" && typeof data.origin === "string") {
      return data as ClientData;
    }
  } catch {
    // falls through to the error below
  }
  throw new CognitoFault("InvalidParameterException", "Credential.response.clientDataJSON is not valid client data.");
}

/** The AAGUIDs of common passkey providers, for the generated friendly names Cognito shows. */
const PROVIDERS: Record<string, string> = {
  "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4": "Google Password Manager",
  "fbfc3007-154e-4ecc-8c0b-6e020557d7bd": "iCloud Keychain",
  "dd4ec289-e01d-41c9-bb89-70fa845d4bf2": "iCloud Keychain",
  "08987058-cadc-4b81-b6e1-30de50dcbe96": "Windows Hello",
  "9ddd1817-af5a-4672-a2b9-3e3dd95000a9": "Windows Hello",
  "adce0002-35bc-c60a-648b-0b25f1f05503": "Chrome on Mac",
  "bada5566-a7aa-401f-bd96-45619a55120d": "1Password",
  "d548826e-79b4-db40-a3d8-11116f7e8349": "Bitwarden",
};

export function friendlyName(aaguid: string, attachment: string | undefined): string {
  return PROVIDERS[aaguid] ?? (attachment === "cross-platform" ? "Security key" : "Passkey");
}
