/**
 * Sign-in through Cognito's hosted UI (Google, Apple, Facebook, Amazon, SAML/OIDC, or the hosted
 * page itself) with the authorization code grant and PKCE. Tokens go into the same session
 * machinery as an SRP sign-in. The implicit grant is not offered (tokens in URLs), nor the
 * client-credentials grant (machine to machine: a secret has no place in a browser).
 */
import { AuthFailure, type CognitoAuth, type StorageAdapter } from "../index.js";
import { safeUrl } from "../core/config.js";
import { randomToken, codeChallenge } from "./pkce.js";

export interface HostedUiConfig {
  /** The user pool domain, e.g. "auth.example.com" or "https://acme.auth.eu-west-1.amazoncognito.com". */
  domain: string;
  /** Where Cognito sends the browser back after sign-in (a registered callback URL). */
  redirectSignIn: string;
  /** Where /logout sends the browser after a hosted-UI sign-out (a registered sign-out URL). */
  redirectSignOut: string;
  /** Default: openid, email, profile and aws.cognito.signin.user.admin (which account settings need). */
  scopes?: readonly string[];
  /** Identity providers to offer as buttons: "Google", "SignInWithApple", "Facebook", "LoginWithAmazon", or a SAML/OIDC name. */
  providers?: readonly string[];
}

export interface HostedUiOptions {
  /** Where the state and verifier wait during the round trip; sessionStorage by default. */
  storage?: StorageAdapter;
  /** How to send the browser somewhere; location.assign by default. */
  navigate?: (url: string) => void;
  fetch?: typeof fetch;
}

interface Pending {
  state: string;
  verifier: string;
  customState?: string;
}

const OAUTH_ERRORS: Record<string, string> = { access_denied: "OAuthDenied", invalid_grant: "OAuthCode" };

/** OAuthDenied, OAuthState, OAuthCode, OAuthError or NetworkError, each with its own message. */
function failure(code: string): AuthFailure {
  return new AuthFailure({ code, messageId: `error.${code}` });
}

/**
 * @example
 * const hosted = hostedUi(auth, { domain: "auth.example.com", redirectSignIn: location.origin + "/", redirectSignOut: location.origin + "/" });
 * await hosted.completeRedirect(); // on every page load: finishes a sign-in that came back
 * <button onClick={() => hosted.signInWithRedirect({ provider: "Google" })}>Continue with Google</button>
 */
export function hostedUi(auth: CognitoAuth, config: HostedUiConfig, options: HostedUiOptions = {}) {
  const clientId = auth.config.userPoolClientId;
  const base = safeUrl(/^[a-z]+:\/\//.test(config.domain) ? config.domain.replace(/\/$/, "") : `https://${config.domain}`, "hostedUi domain");
  safeUrl(config.redirectSignIn, "redirectSignIn");
  safeUrl(config.redirectSignOut, "redirectSignOut");
  const storage = options.storage ?? globalThis.sessionStorage;
  const pendingKey = `cognito-react-kit.oauth.${clientId}`;
  const navigate = options.navigate ?? ((url: string) => globalThis.location.assign(url));

  /** The /oauth2/authorize URL for a fresh state and verifier (kept for the round trip). */
  async function authorizeUrl(params: { provider?: string; customState?: string } = {}): Promise<string> {
    const pending: Pending = { state: randomToken(16), verifier: randomToken(32), ...(params.customState ? { customState: params.customState } : {}) };
    await storage.setItem(pendingKey, JSON.stringify(pending));
    const query = new URLSearchParams({
      response_type: "code",
      client_id: clientId,
      redirect_uri: config.redirectSignIn,
      scope: (config.scopes ?? ["openid", "email", "profile", "aws.cognito.signin.user.admin"]).join(" "),
      state: pending.state,
      code_challenge: await codeChallenge(pending.verifier),
      code_challenge_method: "S256",
      ...(params.provider ? { identity_provider: params.provider } : {}),
    });
    return `${base}/oauth2/authorize?${query}`;
  }

  return {
    config,
    authorizeUrl,
    /** Leaves for the hosted UI (or straight to `provider`). */
    async signInWithRedirect(params: { provider?: string; customState?: string } = {}) {
      navigate(await authorizeUrl(params));
    },
    /**
     * Finishes a sign-in that came back to `href`: checks `state`, exchanges the code with the
     * verifier, stores the tokens, and removes `code` and `state` from the address bar. Resolves
     * null when the URL carries no answer; throws AuthFailure (and stores nothing) on a provider
     * error, a state mismatch, or a reused or expired code.
     */
    async completeRedirect(href: string = globalThis.location?.href ?? ""): Promise<{ customState?: string } | null> {
      const url = new URL(href);
      const answer = ["code", "state", "error", "error_description"].map((k) => url.searchParams.get(k));
      const [code, state, error] = answer;
      if (!code && !error) return null;
      const saved = await storage.getItem(pendingKey);
      await storage.removeItem(pendingKey);
      for (const k of ["code", "state", "error", "error_description"]) url.searchParams.delete(k);
      globalThis.history?.replaceState(globalThis.history.state, "", url.toString());
      if (error) throw failure(OAUTH_ERRORS[error] ?? "OAuthError");
      const pending = saved ? (JSON.parse(saved) as Pending) : null;
      if (!pending || pending.state !== state) throw failure("OAuthState");
      const response = await (options.fetch ?? fetch)(`${base}/oauth2/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "authorization_code", client_id: clientId, code: code!, redirect_uri: config.redirectSignIn, code_verifier: pending.verifier }),
      }).catch(() => null);
      if (!response) throw failure("NetworkError");
      const tokens = (await response.json().catch(() => ({}))) as { id_token?: string; access_token?: string; refresh_token?: string; error?: string };
      if (!response.ok || !tokens.id_token || !tokens.access_token) throw failure(OAUTH_ERRORS[tokens.error ?? ""] ?? "OAuthError");
      // Stored with the session: any sign-out, in any tab, ends the hosted-UI session there too.
      const endSession = `${base}/logout?${new URLSearchParams({ client_id: clientId, logout_uri: config.redirectSignOut })}`;
      await auth.adoptTokens({ idToken: tokens.id_token, accessToken: tokens.access_token, refreshToken: tokens.refresh_token }, { endSession });
      return pending.customState ? { customState: pending.customState } : {};
    },
    /** Signs out: the same as `auth.signOut()`, which ends a hosted-UI session at /logout too. */
    signOut: (params: { global?: boolean } = {}) => auth.signOut(params),
  };
}

export type HostedUi = ReturnType<typeof hostedUi>;
