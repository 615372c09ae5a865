/**
 * `authorizedFetch(auth, { origins })`: fetch with the signed-in user's access token, refreshed
 * first when needed. The token goes only to the origins named here; any other URL throws before a
 * request is made. Built on the machine's public getTokens(); apps that never call an API with
 * the token do not ship it.
 */
import { refuse } from "./config.js";
import { AuthFailure, toAuthError } from "./errors.js";
import type { CognitoAuth } from "./store.js";

export interface AuthorizedFetchOptions {
  /** Origins that may receive the access token, e.g. ["https://api.example.com"]. Default: the page's own. */
  origins?: readonly string[];
}

/**
 * @example
 * const api = authorizedFetch(auth, { origins: ["https://api.example.com"] });
 * const orders = await (await api("https://api.example.com/orders")).json();
 */
export function authorizedFetch(auth: CognitoAuth, { origins }: AuthorizedFetchOptions = {}) {
  const allowed = origins ?? (globalThis.location ? [globalThis.location.origin] : []);
  return async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), globalThis.location?.href);
    if (!allowed.includes(url.origin)) refuse(`authorizedFetch: ${url.origin} is not one of its origins`);
    const tokens = await auth.getTokens();
    if (!tokens) throw new AuthFailure(toAuthError("NotAuthorizedException"));
    const headers = new Headers(init.headers);
    headers.set("authorization", `Bearer ${tokens.accessToken}`);
    return fetch(input, { ...init, headers });
  };
}
