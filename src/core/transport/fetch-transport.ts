import { cognitoEndpoint } from "../config.js";
import { CognitoError, type Transport } from "./types.js";

export interface FetchTransportOptions {
  /** e.g. https://cognito-idp.eu-west-1.amazonaws.com/ (derived from `region` when absent). */
  endpoint?: string;
  region?: string;
  fetch?: typeof fetch;
}

/**
 * The default transport: plain `fetch` speaking Cognito's JSON protocol. Refuses an endpoint that
 * is not https (http only for localhost) and a region that is not one.
 * @example
 * const transport = fetchTransport({ region: "eu-west-1" });
 * await transport.send("GetUser", { AccessToken });
 */
export function fetchTransport(options: FetchTransportOptions): Transport {
  const endpoint = cognitoEndpoint({ userPoolId: "", ...options });
  return {
    async send(operation, input) {
      let response: Response;
      try {
        response = await (options.fetch ?? fetch)(endpoint, {
          method: "POST",
          headers: {
            "content-type": "application/x-amz-json-1.1",
            "x-amz-target": `AWSCognitoIdentityProviderService.${operation}`,
          },
          body: JSON.stringify(input),
        });
      } catch {
        throw new CognitoError("NetworkError", "");
      }
      const body = (await response.json().catch(() => ({}))) as { __type?: string; message?: string };
      if (response.ok) return body;
      const retryAfter = Number(response.headers.get("retry-after"));
      throw new CognitoError(
        // "com.amazonaws…#NotAuthorizedException" or "NotAuthorizedException"; none means a fault upstream.
        (body.__type ?? "InternalErrorException").split("#").pop()!,
        body.message ?? "",
        response.status,
        retryAfter > 0 ? retryAfter * 1000 : undefined,
      );
    },
  };
}
