/**
 * Temporary AWS credentials from a Cognito identity pool for the auth machine's user (or a guest):
 * GetId, then GetCredentialsForIdentity with the ID token under the user pool's login key. Kept in
 * memory only (never in storage), reused until shortly before they expire, fetched again with the
 * user-pool tokens of the moment (auth.getTokens() refreshes those first), and dropped as soon as
 * the machine's user changes — sign-out here or in another tab, or another sign-in. A request in
 * flight when that happens delivers nothing: each load belongs to an epoch, like the session
 * keeper's generation, and a load of a past epoch is thrown away.
 */
import type { CognitoAuth } from "../core/store.js";
import { identityCall, identityEndpoint, IdentityPoolError } from "./identity-call.js";

/** The shape an AWS SDK v3 client's `credentials` provider resolves to (AwsCredentialIdentity). */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export type AwsCredentialsState =
  | { status: "idle" }
  | { status: "loading" }
  /** No user signed in and guests not enabled: no credentials. */
  | { status: "signedOut" }
  | { status: "ready"; authenticated: boolean; identityId: string; credentials: AwsCredentials }
  | { status: "error"; error: IdentityPoolError };

export interface IdentityPoolOptions {
  /** The auth machine whose user the credentials are for. */
  auth: Pick<CognitoAuth, "getTokens" | "getSnapshot" | "subscribe" | "config">;
  /** "eu-west-1:0a1b2c3d-…". */
  identityPoolId: string;
  /** Guest (unauthenticated) credentials while nobody is signed in; the pool must allow them. Default false. */
  guests?: boolean;
  /** Derived from identityPoolId when absent. */
  region?: string;
  /** Another identity endpoint, e.g. a local one. https, or http to localhost only. */
  endpoint?: string;
  /** Fetch new credentials this long before they expire (ms, default 5 minutes). */
  refreshBeforeMs?: number;
  fetch?: typeof fetch;
  /** @internal test seam */
  now?: () => number;
}

export type IdentityPoolCredentials = ReturnType<typeof createIdentityPoolCredentials>;

interface Loaded { epoch: number; identityId: string; authenticated: boolean; credentials: AwsCredentials }

/**
 * @example
 * const aws = createIdentityPoolCredentials({ auth, identityPoolId: "eu-west-1:0a1b2c3d-1111-2222-3333-444455556666" });
 * const s3 = new S3Client({ region: "eu-west-1", credentials: aws.provider });
 */
export function createIdentityPoolCredentials(options: IdentityPoolOptions) {
  const { auth, identityPoolId } = options;
  const endpoint = identityEndpoint(identityPoolId, options);
  const now = options.now ?? Date.now;
  const margin = options.refreshBeforeMs ?? 5 * 60_000;
  const send = <T>(operation: string, input: object) => identityCall<T>(endpoint, options.fetch ?? globalThis.fetch, operation, input);
  const poolId = auth.config.userPoolId;
  const loginKey = `cognito-idp.${poolId.split("_")[0]}.amazonaws.com/${poolId}`;

  const listeners = new Set<() => void>();
  let state: AwsCredentialsState = { status: "idle" };
  let epoch = 0;
  let owner = userOf();
  let cached: Loaded | null = null;
  let inflight: { epoch: number; promise: Promise<AwsCredentials | null> } | null = null;
  /** Identity ids learned this epoch (memory only), so a refresh costs one request. */
  let identityId: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;

  function userOf(): string | null {
    const s = auth.getSnapshot();
    return s.step === "signedIn" ? s.user.userId : s.step === "restoring" ? "?" : null;
  }

  function set(next: AwsCredentialsState) {
    state = next;
    for (const listener of listeners) listener();
  }

  /** The user changed (signed out here or elsewhere, restored, another sign-in): forget everything. */
  const unsubscribeAuth = auth.subscribe(() => {
    const user = userOf();
    if (user === owner) return;
    owner = user;
    epoch++;
    cached = null;
    inflight = null;
    identityId = null;
    clearTimeout(timer);
    set({ status: "idle" });
    if (listeners.size > 0) void get().catch(() => undefined);
  });

  const fresh = (c: Loaded | null): c is Loaded => !!c && c.epoch === epoch && c.credentials.expiration.getTime() - now() > margin;

  async function load(since: number): Promise<AwsCredentials | null> {
    const tokens = await auth.getTokens();
    if (since !== epoch) return get();
    if (!tokens && !options.guests) {
      set({ status: "signedOut" });
      return null;
    }
    const Logins = tokens ? { [loginKey]: tokens.idToken } : undefined;
    const answer = await credentialsFor(Logins, since);
    if (since !== epoch) return get();
    const credentials: AwsCredentials = {
      accessKeyId: answer.Credentials.AccessKeyId,
      secretAccessKey: answer.Credentials.SecretKey,
      sessionToken: answer.Credentials.SessionToken,
      expiration: new Date(answer.Credentials.Expiration * 1000),
    };
    cached = { epoch: since, identityId: answer.IdentityId, authenticated: !!tokens, credentials };
    set({ status: "ready", authenticated: !!tokens, identityId: answer.IdentityId, credentials });
    schedule(credentials.expiration.getTime());
    return credentials;
  }

  type CredentialsAnswer = { IdentityId: string; Credentials: { AccessKeyId: string; SecretKey: string; SessionToken: string; Expiration: number } };
  async function credentialsFor(Logins: Record<string, string> | undefined, since: number, retried = false): Promise<CredentialsAnswer> {
    let id = identityId;
    if (!id) {
      id = (await send<{ IdentityId: string }>("GetId", { IdentityPoolId: identityPoolId, ...(Logins && { Logins }) })).IdentityId;
      if (since === epoch) identityId = id;
    }
    try {
      return await send<CredentialsAnswer>("GetCredentialsForIdentity", { IdentityId: id, ...(Logins && { Logins }) });
    } catch (e) {
      // An identity the pool no longer knows (deleted, or a local pool restarted): ask for a new one, once.
      if (retried || !(e instanceof IdentityPoolError) || e.code !== "ResourceNotFoundException" || !identityId) throw e;
      if (since === epoch) identityId = null;
      return credentialsFor(Logins, since, true);
    }
  }

  /** Resolves once the machine knows whether a session was restored. */
  const restored = () => new Promise<void>((resolve) => {
    const stop = auth.subscribe(() => {
      if (auth.getSnapshot().step === "restoring") return;
      stop();
      resolve();
    });
  });

  /** With listeners, fresh credentials are fetched before these expire. */
  function schedule(expiresAt: number) {
    clearTimeout(timer);
    if (listeners.size === 0) return;
    timer = setTimeout(() => void get().catch(() => undefined), Math.max(0, expiresAt - margin - now() + 1));
    (timer as { unref?: () => void }).unref?.();
  }

  /**
   * Credentials for whoever is signed in now (guest credentials without a user, when enabled), or
   * null. Rejects with an IdentityPoolError when the identity pool refuses or cannot be reached.
   */
  async function get(): Promise<AwsCredentials | null> {
    if (destroyed) return null;
    if (owner === "?") await restored();
    if (fresh(cached)) return cached.credentials;
    if (inflight?.epoch === epoch) return inflight.promise;
    const since = epoch;
    if (state.status !== "ready") set({ status: "loading" });
    const promise = load(since).catch((e: unknown) => {
      if (since !== epoch) return get();
      const error = e instanceof IdentityPoolError ? e : new IdentityPoolError("UnknownError", String(e));
      set({ status: "error", error });
      throw error;
    });
    inflight = { epoch: since, promise };
    void promise.then(() => undefined, () => undefined).finally(() => inflight?.promise === promise && (inflight = null));
    return promise;
  }

  return {
    identityPoolId,
    /** The identity pool's region: where its credentials are valid (e.g. aws4fetch's `region`). */
    region: options.region ?? identityPoolId.split(":")[0]!,
    get,
    /**
     * An AWS SDK v3 `credentials` provider: resolves like get() but rejects (IdentityPoolError
     * "SignedOut") when there are no credentials to give.
     */
    async provider(): Promise<AwsCredentials> {
      const credentials = await get();
      if (!credentials) throw new IdentityPoolError("SignedOut", "No user is signed in and guest credentials are not enabled.");
      return credentials;
    },
    getSnapshot: (): AwsCredentialsState => state,
    /** Listening keeps credentials loaded and fetches new ones before they expire. */
    subscribe(listener: () => void) {
      listeners.add(listener);
      if (listeners.size === 1) void get().then(() => cached && schedule(cached.credentials.expiration.getTime()), () => undefined);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) clearTimeout(timer);
      };
    },
    /** Stops following the auth machine and drops the credentials. */
    destroy() {
      destroyed = true;
      unsubscribeAuth();
      clearTimeout(timer);
      epoch++;
      cached = null;
      inflight = null;
      identityId = null;
      listeners.clear();
    },
  };
}
