/**
 * The two WebAuthn ceremonies with Cognito's JSON options, and every way they fail as an
 * {@link AuthFailure} with a message a person can act on (cancelled, no passkey support, wrong
 * site, already registered), never a raw DOMException.
 */
import { AuthFailure } from "../core/errors.js";
import { CognitoError } from "../core/transport/types.js";
import { creationOptions, credentialJson, requestOptions, type JsonOptions } from "./webauthn-json.js";

/** Local failure codes of passkey ceremonies; each is also its message id `error.<code>`. */
export type PasskeyErrorCode =
  | "PasskeyCancelled" | "PasskeyUnsupported" | "PasskeyWrongOrigin" | "PasskeyExists"
  | "PasskeyNotRecognized" | "PasskeyNone" | "PasskeysNotEnabled" | "PasskeyExpired" | "PasskeyRejected";

/**
 * The kit's typed failure for a passkey error code (what a screen shows as `error.<code>`).
 * @example throw passkeyError("PasskeyCancelled");
 */
export const passkeyError = (code: PasskeyErrorCode) => new AuthFailure({ code, messageId: `error.${code}` });
const fail = passkeyError;

/** DOMException names → what the person is told (NotAllowedError: cancelled, timed out, or no passkey chosen). */
const DOM: Record<string, PasskeyErrorCode> = {
  NotAllowedError: "PasskeyCancelled",
  AbortError: "PasskeyCancelled",
  SecurityError: "PasskeyWrongOrigin",
  InvalidStateError: "PasskeyExists",
  NotSupportedError: "PasskeyUnsupported",
};

/** Cognito's WebAuthn exceptions → the same messages. */
const COGNITO: Record<string, PasskeyErrorCode> = {
  WebAuthnNotEnabledException: "PasskeysNotEnabled",
  WebAuthnConfigurationMissingException: "PasskeysNotEnabled",
  WebAuthnOriginNotAllowedException: "PasskeyWrongOrigin",
  WebAuthnRelyingPartyMismatchException: "PasskeyWrongOrigin",
  WebAuthnChallengeNotFoundException: "PasskeyExpired",
  WebAuthnClientMismatchException: "PasskeyExpired",
  WebAuthnCredentialNotSupportedException: "PasskeyRejected",
};

/**
 * A ceremony's or Cognito's failure as the kit's typed error; anything else unchanged.
 * `assertion`: a NotAuthorized answer to WEB_AUTHN means the pool does not know the passkey.
 * @example
 * try { await navigator.credentials.get(request); } catch (e) { throw passkeyFailure(e); } // NotAllowedError -> PasskeyCancelled
 */
export function passkeyFailure(error: unknown, assertion = false): unknown {
  if (error instanceof CognitoError) {
    const code = COGNITO[error.code] ?? (assertion && error.code === "NotAuthorizedException" ? "PasskeyNotRecognized" : undefined);
    return code ? fail(code) : error;
  }
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === "string" && DOM[name] ? fail(DOM[name]) : error;
}

/**
 * Whether this browser can create and use passkeys at all (no request, no prompt).
 * @example if (passkeysSupported()) showPasskeyButton();
 */
export const passkeysSupported = (): boolean =>
  typeof PublicKeyCredential === "function" && typeof navigator !== "undefined" && !!navigator.credentials;

function credentials(): CredentialsContainer {
  if (!passkeysSupported()) throw fail("PasskeyUnsupported");
  return navigator.credentials;
}

async function ceremony(run: () => Promise<Credential | null>): Promise<JsonOptions> {
  let credential: Credential | null;
  try {
    credential = await run();
  } catch (error) {
    throw passkeyFailure(error);
  }
  if (!credential) throw fail("PasskeyCancelled");
  return credentialJson(credential as PublicKeyCredential);
}

/**
 * Creates a passkey for Cognito's CredentialCreationOptions; resolves with the
 * RegistrationResponseJSON that CompleteWebAuthnRegistration takes.
 * @example const credential = await createPasskey(start.CredentialCreationOptions);
 */
export function createPasskey(options: JsonOptions | string, signal?: AbortSignal): Promise<JsonOptions> {
  return ceremony(() => credentials().create({ publicKey: creationOptions(options), ...(signal ? { signal } : {}) }));
}

/**
 * Signs Cognito's CREDENTIAL_REQUEST_OPTIONS with a passkey; resolves with the
 * AuthenticationResponseJSON that the WEB_AUTHN challenge takes as CREDENTIAL.
 * `mediation: "conditional"` waits for the person to pick a passkey from autofill.
 * @example const credential = await getPasskey(parameters.CREDENTIAL_REQUEST_OPTIONS);
 */
export function getPasskey(options: JsonOptions | string, init: { signal?: AbortSignal; mediation?: CredentialMediationRequirement } = {}): Promise<JsonOptions> {
  return ceremony(() => credentials().get({ publicKey: requestOptions(options), ...init }));
}
