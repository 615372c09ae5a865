/**
 * A local Cognito identity pool: the AWSCognitoIdentityService JSON protocol (X-Amz-Target
 * `AWSCognitoIdentityService.<Operation>`) for CreateIdentityPool, GetId and
 * GetCredentialsForIdentity. A login is an ID token of one of the pool's user-pool providers,
 * under `cognito-idp.<region>.amazonaws.com/<userPoolId>`: its RS256 signature is checked against
 * the user pool's JWKS, its issuer against this stack's user pool, its audience against the
 * provider's app clients, its `token_use` and expiry. Credentials are minted at random (no STS
 * behind them) for an hour, kept in memory, and checked by the SigV4 service (sigv4-verifier.ts).
 *
 * Modelled like AWS: credentials stay valid until they expire — a user-pool sign-out does not
 * revoke them (the client drops them); GlobalSignOut does not either. Not modelled: role mappings,
 * developer identities, identity merging (logins for a guest identity are refused), persistence
 * across restarts (identity pools and identities live in memory).
 */
import { randomBytes, randomUUID } from "node:crypto";
import publicKey from "cognito-local/lib/keys/cognitoLocal.public.json";
import { CognitoFault, requireString, type Json } from "./fault";
import type { OpResult } from "./front-context";
import { verifyJwt } from "./jwt";

export interface IdentityPool {
  IdentityPoolId: string;
  IdentityPoolName: string;
  AllowUnauthenticatedIdentities: boolean;
  CognitoIdentityProviders: { ProviderName: string; ClientId: string }[];
}

/** Credentials minted here, by access key id: what the SigV4 service looks up. */
export interface MintedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  identityId: string;
  authenticated: boolean;
  /** Epoch ms. */
  expiresAt: number;
}

export interface IdentityService {
  operations: Record<string, (body: Json) => OpResult>;
  credentials(accessKeyId: string): MintedCredentials | undefined;
  /** Makes every credential of `identityId` (or all, without one) expire now; returns how many. */
  expire(identityId?: string): number;
}

/** An hour, as AWS issues them. */
const CREDENTIALS_TTL_MS = 60 * 60_000;
const KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const notAuthorized = (message: string) => new CognitoFault("NotAuthorizedException", message);
const notFound = (message: string) => new CognitoFault("ResourceNotFoundException", message);

/** The local identity pools of the stack at `stackUrl` (whose user pools issue `<stackUrl>/<userPoolId>` tokens). */
export function createIdentityService(stackUrl: string, now: () => number = Date.now): IdentityService {
  const pools = new Map<string, IdentityPool>();
  /** identity id → its pool and, for an authenticated identity, its login (provider + sub). */
  const identities = new Map<string, { poolId: string; login: string | null }>();
  const byLogin = new Map<string, string>();
  const minted = new Map<string, MintedCredentials>();

  function pool(body: Json): IdentityPool {
    const found = pools.get(requireString(body, "IdentityPoolId"));
    if (!found) throw notFound("IdentityPool not found.");
    return found;
  }

  /** The login key `provider|sub` of a valid Logins map for `target`, or null for no logins. */
  function login(target: IdentityPool, body: Json): string | null {
    const logins = (body.Logins ?? {}) as Record<string, unknown>;
    const entries = Object.entries(logins);
    if (entries.length === 0) return null;
    if (entries.length > 1) throw new CognitoFault("InvalidParameterException", "Only one login per request is supported here.");
    const [provider, token] = entries[0]!;
    const clients = target.CognitoIdentityProviders.filter((p) => p.ProviderName === provider).map((p) => p.ClientId);
    if (clients.length === 0) throw notAuthorized(`Invalid login token. Provider ${provider} is not configured for this identity pool.`);
    const userPoolId = provider.slice(provider.indexOf("/") + 1);
    const claims = typeof token === "string" ? verifyJwt(token, [publicKey.jwk as never], now() / 1000) : null;
    if (!claims) throw notAuthorized("Invalid login token. The token's signature is invalid or it has expired.");
    if (claims.iss !== `${stackUrl}/${userPoolId}`) throw notAuthorized("Invalid login token. Issuer doesn't match providerName");
    if (claims.token_use !== "id") throw notAuthorized("Invalid login token. Not a valid OpenId Connect identity token.");
    if (typeof claims.aud !== "string" || !clients.includes(claims.aud)) throw notAuthorized("Invalid login token. Incorrect token audience.");
    return `${provider}|${String(claims.sub)}`;
  }

  function mint(identityId: string, authenticated: boolean): MintedCredentials {
    const random = (n: number) => Array.from(randomBytes(n), (b) => KEY_CHARS[b % 32]).join("");
    const credentials: MintedCredentials = {
      accessKeyId: `ASIA${random(16)}`,
      secretAccessKey: randomBytes(30).toString("base64"),
      sessionToken: randomBytes(96).toString("base64"),
      identityId,
      authenticated,
      expiresAt: now() + CREDENTIALS_TTL_MS,
    };
    minted.set(credentials.accessKeyId, credentials);
    return credentials;
  }

  return {
    operations: {
      CreateIdentityPool(body) {
        const providers = (body.CognitoIdentityProviders ?? []) as IdentityPool["CognitoIdentityProviders"];
        const region = providers[0]?.ProviderName.match(/^cognito-idp\.([^.]+)\.amazonaws\.com\//)?.[1] ?? "local";
        const created: IdentityPool = {
          IdentityPoolId: `${region}:${randomUUID()}`,
          IdentityPoolName: requireString(body, "IdentityPoolName"),
          AllowUnauthenticatedIdentities: body.AllowUnauthenticatedIdentities === true,
          CognitoIdentityProviders: providers.map((p) => ({ ProviderName: String(p.ProviderName), ClientId: String(p.ClientId) })),
        };
        pools.set(created.IdentityPoolId, created);
        return { body: { ...created } };
      },
      GetId(body) {
        const target = pool(body);
        const key = login(target, body);
        if (key === null && !target.AllowUnauthenticatedIdentities) {
          throw notAuthorized("Unauthenticated access is not supported for this identity pool.");
        }
        const known = key === null ? undefined : byLogin.get(`${target.IdentityPoolId}|${key}`);
        if (known) return { body: { IdentityId: known } };
        const identityId = `${target.IdentityPoolId.split(":")[0]}:${randomUUID()}`;
        identities.set(identityId, { poolId: target.IdentityPoolId, login: key });
        if (key !== null) byLogin.set(`${target.IdentityPoolId}|${key}`, identityId);
        return { body: { IdentityId: identityId } };
      },
      GetCredentialsForIdentity(body) {
        const identityId = requireString(body, "IdentityId");
        const identity = identities.get(identityId);
        if (!identity) throw notFound("Identity not found.");
        const target = pools.get(identity.poolId)!;
        const key = login(target, body);
        if (identity.login !== key) {
          throw notAuthorized(identity.login ? "Logins don't match. Please include at least one valid login for this identity." : "Logins are not accepted for an unauthenticated identity here.");
        }
        if (key === null && !target.AllowUnauthenticatedIdentities) {
          throw notAuthorized("Unauthenticated access is not supported for this identity pool.");
        }
        const c = mint(identityId, key !== null);
        return {
          body: {
            IdentityId: identityId,
            Credentials: { AccessKeyId: c.accessKeyId, SecretKey: c.secretAccessKey, SessionToken: c.sessionToken, Expiration: c.expiresAt / 1000 },
          },
        };
      },
    },
    credentials: (accessKeyId) => minted.get(accessKeyId),
    expire(identityId) {
      let count = 0;
      for (const c of minted.values()) {
        if (identityId && c.identityId !== identityId) continue;
        c.expiresAt = Math.min(c.expiresAt, now() - 1);
        count++;
      }
      return count;
    },
  };
}
