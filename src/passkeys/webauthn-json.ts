/**
 * WebAuthn's JSON forms (what Cognito sends and wants back) ⇄ the browser's binary options and
 * credentials: the browser's own `PublicKeyCredential.parseCreationOptionsFromJSON` /
 * `parseRequestOptionsFromJSON` / `credential.toJSON()` where present, else a small base64url
 * fallback (about 0.4 kB; @simplewebauthn/browser would cost 2.8 kB gzip for the same).
 */

/** A JSON object as Cognito sends it (CredentialCreationOptions, CREDENTIAL_REQUEST_OPTIONS). */
export type JsonOptions = Record<string, unknown>;

/** The static parsers, which older browsers lack. */
type Parsers = Partial<Record<"parseCreationOptionsFromJSON" | "parseRequestOptionsFromJSON", (json: JsonOptions) => unknown>>;

const bytes = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4)), (c) => c.charCodeAt(0));

const text = (buffer: ArrayBuffer | null | undefined): string | undefined =>
  buffer ? btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") : undefined;

type Descriptor = { id: string; type?: string; transports?: string[] };
const descriptors = (list: unknown) => (list as Descriptor[] | undefined)?.map((d) => ({ ...d, type: "public-key" as const, id: bytes(d.id) }));

/** Parses with the browser's parser when it has one (falls back when it lacks it or refuses an extra field). */
function parse<T>(name: "parseCreationOptionsFromJSON" | "parseRequestOptionsFromJSON", json: JsonOptions, fallback: () => T): T {
  const native = (globalThis.PublicKeyCredential as unknown as Parsers | undefined)?.[name];
  try {
    if (native) return native.call(PublicKeyCredential, json) as T;
  } catch {
    // an option this browser's parser does not know: the fallback passes it through
  }
  return fallback();
}

/**
 * Cognito's CredentialCreationOptions (object or JSON text) → `navigator.credentials.create`'s `publicKey`.
 * @example const publicKey = creationOptions(start.CredentialCreationOptions);
 */
export function creationOptions(json: JsonOptions | string): PublicKeyCredentialCreationOptions {
  const o = typeof json === "string" ? (JSON.parse(json) as JsonOptions) : json;
  return parse("parseCreationOptionsFromJSON", o, () => {
    const user = o.user as { id: string };
    return {
      ...o,
      challenge: bytes(o.challenge as string),
      user: { ...user, id: bytes(user.id) },
      excludeCredentials: descriptors(o.excludeCredentials),
    } as unknown as PublicKeyCredentialCreationOptions;
  });
}

/**
 * Cognito's CREDENTIAL_REQUEST_OPTIONS (JSON text) → `navigator.credentials.get`'s `publicKey`.
 * @example const publicKey = requestOptions(parameters.CREDENTIAL_REQUEST_OPTIONS);
 */
export function requestOptions(json: JsonOptions | string): PublicKeyCredentialRequestOptions {
  const o = typeof json === "string" ? (JSON.parse(json) as JsonOptions) : json;
  return parse("parseRequestOptionsFromJSON", o, () => ({
    ...o,
    challenge: bytes(o.challenge as string),
    allowCredentials: descriptors(o.allowCredentials),
  }) as unknown as PublicKeyCredentialRequestOptions);
}

type Credential = PublicKeyCredential & { toJSON?: () => JsonOptions };
/** Either response: attestation (create) or assertion (get). */
type Response = Partial<Record<"clientDataJSON" | "attestationObject" | "authenticatorData" | "signature" | "userHandle", ArrayBuffer | null>> & {
  getTransports?: () => string[];
};

/**
 * A credential from `create()`/`get()` → its JSON form (RegistrationResponseJSON /
 * AuthenticationResponseJSON), what Cognito's CompleteWebAuthnRegistration and WEB_AUTHN take.
 * @example const json = credentialJson(await navigator.credentials.get({ publicKey }));
 */
export function credentialJson(credential: Credential): JsonOptions {
  if (typeof credential.toJSON === "function") return credential.toJSON();
  const r = credential.response as unknown as Response;
  const response = r.attestationObject
    ? { clientDataJSON: text(r.clientDataJSON), attestationObject: text(r.attestationObject), transports: r.getTransports?.() ?? [] }
    : { clientDataJSON: text(r.clientDataJSON), authenticatorData: text(r.authenticatorData), signature: text(r.signature), userHandle: text(r.userHandle) };
  return {
    id: credential.id,
    rawId: text(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
    clientExtensionResults: credential.getClientExtensionResults(),
    response,
  };
}
