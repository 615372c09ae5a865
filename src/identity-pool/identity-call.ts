/**
 * The AWSCognitoIdentityService JSON 1.1 protocol over fetch: GetId and GetCredentialsForIdentity
 * need no signature (the user pool's ID token is the proof), so no AWS SDK is involved.
 */
import { refuse, safeUrl } from "../core/config.js";

/**
 * An identity-pool failure: `code` is the service's exception name ("NotAuthorizedException", …) or "NetworkError" / "SignedOut".
 *
 * @example
 * try { await aws.provider(); } catch (e) { if (e instanceof IdentityPoolError && e.code === "SignedOut") showSignIn(); }
 */
export class IdentityPoolError extends Error {
  override readonly name = "IdentityPoolError";
  constructor(readonly code: string, message: string) {
    super(message || code);
  }
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** The identity service endpoint: `endpoint` (checked), or the identity pool's region's. */
export function identityEndpoint(identityPoolId: string, options: { region?: string | undefined; endpoint?: string | undefined }): string {
  if (!/^[\w-]+:[0-9a-f-]{36}$/.test(identityPoolId)) refuse(`"${identityPoolId}" is not an identity pool id ("<region>:<uuid>")`);
  if (options.endpoint) return safeUrl(options.endpoint, "identity pool endpoint");
  const region = options.region ?? identityPoolId.split(":")[0]!;
  return REGION.test(region)
    ? `https://cognito-identity.${region}.amazonaws.com/`
    : refuse(`"${region}" is not an AWS region (from identityPoolId "<region>:<uuid>", or region)`);
}

/** One call; resolves with the JSON answer, rejects with an IdentityPoolError. */
export async function identityCall<T>(endpoint: string, fetchFn: typeof fetch, operation: string, input: object): Promise<T> {
  let response: Response;
  try {
    response = await fetchFn(endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `AWSCognitoIdentityService.${operation}` },
      body: JSON.stringify(input),
    });
  } catch {
    throw new IdentityPoolError("NetworkError", "The identity pool could not be reached.");
  }
  const body = (await response.json().catch(() => ({}))) as T & { __type?: string; message?: string };
  if (response.ok) return body;
  throw new IdentityPoolError((body.__type ?? "InternalErrorException").split("#").pop()!, body.message ?? "");
}
