/**
 * cognito-react-kit/identity-pool against the live local stack: the identity pool checks the ID
 * token; its credentials sign (aws4fetch) a request the local SigV4 service accepts, and tampered,
 * expired or unknown ones are refused; the kit caches them until shortly before expiry, fetches new
 * ones with refreshed user-pool tokens, and never delivers them after a sign-out (here, in another
 * tab, or while the request was in flight).
 */
import { describe, expect, it } from "vitest";
import { AwsClient } from "aws4fetch";
import { AdminGetUserCommand, CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { cognitoCall, CognitoCallError } from "cognito-react-kit-local";
import { createIdentityPoolCredentials, IdentityPoolError, type AwsCredentials } from "../../src/identity-pool/index";
import { memoryStorage } from "../../src/index";
import { atStep, harnessesForEachTest, until } from "../support/auth-harness";
import { stackConfig, userFor } from "../support/dev-api";

const config = stackConfig();
const harness = harnessesForEachTest();
const region = config.region;
const loginKey = `cognito-idp.${region}.amazonaws.com/${config.userPoolId}`;
const HOUR = 3_600_000;

/** fetch that records identity-pool operations and can hold one operation's answer until released. */
function countingFetch() {
  const sent: string[] = [];
  let hold: { operation: string; arrived: () => void; release: Promise<void> } | null = null;
  const fetchFn: typeof fetch = async (input, init) => {
    const target = String(new Headers(init?.headers).get("x-amz-target") ?? "").split(".")[1] ?? "";
    sent.push(target);
    const answer = await fetch(input, init);
    if (hold?.operation === target) {
      hold.arrived();
      await hold.release;
    }
    return answer;
  };
  return {
    fetch: fetchFn,
    sent,
    /** The next `operation` answer waits; resolves `arrived` when it is back, and returns `release`. */
    hold(operation: string) {
      let release!: () => void;
      let arrived!: () => void;
      const back = new Promise<void>((resolve) => (arrived = resolve));
      hold = { operation, arrived, release: new Promise<void>((resolve) => (release = resolve)) };
      return { back, release };
    },
  };
}

async function signedIn(options: Parameters<typeof harness>[0] = {}) {
  const h = harness(options);
  const user = userFor("confirmed");
  await until(h.auth, atStep("signIn"));
  await h.auth.signIn({ username: user.username, password: user.password });
  await until(h.auth, atStep("signedIn"));
  return h;
}

const identity = (fetchFn: typeof fetch, auth: ReturnType<typeof harness>["auth"], extra: { guests?: boolean; now?: () => number } = {}) =>
  createIdentityPoolCredentials({
    auth, fetch: fetchFn, endpoint: config.endpoint, ...extra,
    identityPoolId: extra.guests ? config.identityPools.withGuests : config.identityPools.signedIn,
  });

/** A request to the local stand-in AWS service, signed by aws4fetch with `credentials`. */
async function callService(credentials: AwsCredentials, body = '{"hello":"world"}', tamper?: (r: Request) => Request) {
  const client = new AwsClient({ ...credentials, service: "execute-api", region });
  const signed = await client.sign(`${config.endpoint}/aws-service/items?b=2&a=1`, { method: "POST", body, headers: { "content-type": "application/json" } });
  const response = await fetch(tamper ? tamper(signed) : signed);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("the local identity pool", () => {
  it("refuses guests where not allowed, forged or foreign ID tokens, and access tokens", async () => {
    const h = await signedIn();
    const { idToken, accessToken } = (await h.auth.getTokens())!;
    const getId = (IdentityPoolId: string, Logins?: Record<string, string>) =>
      cognitoCall(config.endpoint, "GetId", { IdentityPoolId, ...(Logins && { Logins }) }, "AWSCognitoIdentityService");
    const refused = (p: Promise<unknown>) => p.then(() => "accepted", (e: CognitoCallError) => e.message);

    expect(await refused(getId(config.identityPools.signedIn))).toMatch(/^NotAuthorizedException: Unauthenticated access/);
    const [head, payload, signature] = idToken.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
    const forged = `${head}.${Buffer.from(JSON.stringify({ ...claims, sub: "someone-else" })).toString("base64url")}.${signature}`;
    expect(await refused(getId(config.identityPools.signedIn, { [loginKey]: forged }))).toMatch(/signature is invalid/);
    expect(await refused(getId(config.identityPools.signedIn, { [loginKey]: accessToken }))).toMatch(/Not a valid OpenId Connect identity token/);
    const otherPool = `cognito-idp.${region}.amazonaws.com/${config.mfaRequiredPool.userPoolId}`;
    expect(await refused(getId(config.identityPools.signedIn, { [otherPool]: idToken }))).toMatch(/not configured for this identity pool/);
    expect(await refused(getId(`${region}:00000000-0000-0000-0000-000000000000`, { [loginKey]: idToken }))).toMatch(/^ResourceNotFoundException/);
    expect(await refused(getId(config.identityPools.signedIn, { [loginKey]: idToken }))).toBe("accepted");
  });
});

describe("credentials from the identity pool", () => {
  it("sign a request the local SigV4 service accepts; tampered, expired or unknown credentials are refused", async () => {
    const h = await signedIn();
    const net = countingFetch();
    const aws = identity(net.fetch, h.auth);
    const credentials = await aws.provider();
    const state = aws.getSnapshot();
    expect(state.status).toBe("ready");
    const identityId = state.status === "ready" ? state.identityId : "";

    const ok = await callService(credentials);
    expect(ok).toMatchObject({ status: 200, body: { identityId, authenticated: true, method: "POST", path: "/aws-service/items" } });

    const otherBody = await callService(credentials, '{"hello":"world"}', (r) => new Request(r, { body: '{"hello":"mallory"}' }));
    expect(otherBody).toMatchObject({ status: 403, body: { __type: "InvalidSignatureException" } });
    const otherQuery = await callService(credentials, "{}", (r) => new Request(r.url.replace("b=2", "b=3"), r));
    expect(otherQuery).toMatchObject({ status: 403, body: { __type: "InvalidSignatureException" } });
    const wrongSecret = await callService({ ...credentials, secretAccessKey: `${credentials.secretAccessKey}x` });
    expect(wrongSecret).toMatchObject({ status: 403, body: { __type: "InvalidSignatureException" } });
    const unknownKey = await callService({ ...credentials, accessKeyId: "ASIAUNKNOWNUNKNOWN00" });
    expect(unknownKey).toMatchObject({ status: 403, body: { __type: "UnrecognizedClientException" } });

    await fetch(`${config.endpoint}/_dev/expire-credentials?identityId=${encodeURIComponent(identityId)}`);
    expect(await callService(credentials)).toMatchObject({ status: 403, body: { __type: "ExpiredTokenException" } });
    aws.destroy();
  });

  it("are an AWS SDK v3 client's `credentials` provider: the client signs with them and the local SigV4 service accepts", async () => {
    const h = await signedIn();
    const net = countingFetch();
    const aws = identity(net.fetch, h.auth);
    const seen: string[] = [];
    // Any SDK v3 client takes the provider; this one is pointed at the stand-in service, which answers 200 only to a valid signature.
    const client = new CognitoIdentityProviderClient({ region: aws.region, endpoint: `${config.endpoint}/aws-service/sdk`, credentials: aws.provider });
    client.middlewareStack.add((next) => async (args) => {
      const result = await next(args);
      seen.push(String((result.response as { statusCode?: number }).statusCode));
      return result;
    }, { step: "deserialize", name: "statusSpy" });
    await client.send(new AdminGetUserCommand({ UserPoolId: config.userPoolId, Username: "anyone" }));
    await client.send(new AdminGetUserCommand({ UserPoolId: config.userPoolId, Username: "anyone" }));
    expect(seen).toEqual(["200", "200"]);
    expect(net.sent).toEqual(["GetId", "GetCredentialsForIdentity"]);

    const stale = new CognitoIdentityProviderClient({ region: aws.region, endpoint: `${config.endpoint}/aws-service/sdk`, credentials: { ...(await aws.provider()), secretAccessKey: "not-the-secret" } });
    await expect(stale.send(new AdminGetUserCommand({ UserPoolId: config.userPoolId, Username: "anyone" }))).rejects.toMatchObject({ name: "InvalidSignatureException" });
    aws.destroy();
  });

  it("are fetched once, reused until shortly before they expire, then fetched again with refreshed user-pool tokens", async () => {
    let clock = Date.now();
    const h = await signedIn({ now: () => clock });
    const net = countingFetch();
    const aws = identity(net.fetch, h.auth, { now: () => clock });
    const [a, b] = await Promise.all([aws.get(), aws.get()]);
    expect(a).toBe(b);
    expect(await aws.get()).toBe(a);
    expect(net.sent).toEqual(["GetId", "GetCredentialsForIdentity"]);
    expect(a!.expiration.getTime() - Date.now()).toBeGreaterThan(HOUR - 60_000);

    clock = a!.expiration.getTime() - 6 * 60_000; // more than the 5-minute margin left: still reused
    expect(await aws.get()).toBe(a);
    expect(net.sent).toHaveLength(2);

    h.sent.length = 0;
    clock = a!.expiration.getTime() - 30_000; // inside the margin, and the hour-long ID token is within its last minute too
    const c = await aws.get();
    expect(c).not.toBe(a);
    expect(c!.accessKeyId).not.toBe(a!.accessKeyId);
    expect(net.sent).toEqual(["GetId", "GetCredentialsForIdentity", "GetCredentialsForIdentity"]);
    expect(h.sent).toEqual(["InitiateAuth"]); // REFRESH_TOKEN_AUTH: the new credentials came with a fresh ID token
    expect((await callService(c!)).status).toBe(200);
    aws.destroy();
  });

  it("are dropped on sign-out; with guests enabled, guest credentials follow (and sign requests as unauthenticated)", async () => {
    const h = await signedIn();
    const aws = identity(countingFetch().fetch, h.auth, { guests: true });
    const user = await aws.get();
    const userState = aws.getSnapshot();
    expect(userState).toMatchObject({ status: "ready", authenticated: true });

    await h.auth.signOut({ local: true });
    expect(aws.getSnapshot().status).not.toBe("ready");
    const guest = await aws.get();
    expect(guest!.accessKeyId).not.toBe(user!.accessKeyId);
    const guestState = aws.getSnapshot();
    expect(guestState).toMatchObject({ status: "ready", authenticated: false });
    expect(guestState.status === "ready" && userState.status === "ready" && guestState.identityId !== userState.identityId).toBe(true);
    expect(await callService(guest!)).toMatchObject({ status: 200, body: { authenticated: false } });

    const signedInOnly = identity(countingFetch().fetch, h.auth);
    expect(await signedInOnly.get()).toBeNull();
    expect(signedInOnly.getSnapshot()).toEqual({ status: "signedOut" });
    await expect(signedInOnly.provider()).rejects.toMatchObject({ name: "IdentityPoolError", code: "SignedOut" });
    aws.destroy();
    signedInOnly.destroy();
  });

  it("in flight when the user signs out are never delivered (fails without the epoch check)", async () => {
    const h = await signedIn();
    const net = countingFetch();
    const aws = identity(net.fetch, h.auth);
    const { back, release } = net.hold("GetCredentialsForIdentity");
    const pending = aws.get();
    await back; // the credentials are in this tab's hands, not yet delivered
    await h.auth.signOut({ local: true });
    release();
    expect(await pending).toBeNull();
    expect(aws.getSnapshot()).toEqual({ status: "signedOut" });
    aws.destroy();
  });

  it("are dropped when another tab signs out", async () => {
    const storage = memoryStorage();
    const h = await signedIn({ storage });
    const other = harness({ storage });
    await until(other.auth, atStep("signedIn"));
    const aws = identity(countingFetch().fetch, h.auth);
    const seen: string[] = [];
    aws.subscribe(() => seen.push(aws.getSnapshot().status));
    await aws.get();
    expect(aws.getSnapshot().status).toBe("ready");

    await other.auth.signOut({ local: true });
    await until(h.auth, atStep("signIn"));
    expect(aws.getSnapshot().status).not.toBe("ready");
    expect(await aws.get()).toBeNull();
    expect(seen.at(-1)).toBe("signedOut");
    aws.destroy();
  });

  it("refuse bad settings and report the identity pool's refusals", async () => {
    const h = harness();
    expect(() => createIdentityPoolCredentials({ auth: h.auth, identityPoolId: "not-an-id" })).toThrow(/not an identity pool id/);
    expect(() => createIdentityPoolCredentials({ auth: h.auth, identityPoolId: config.identityPools.signedIn, endpoint: "http://example.com" })).toThrow(/https/);
    const missing = createIdentityPoolCredentials({ auth: h.auth, guests: true, endpoint: config.endpoint, identityPoolId: `${region}:00000000-0000-0000-0000-000000000000` });
    await until(h.auth, atStep("signIn"));
    await expect(missing.get()).rejects.toBeInstanceOf(IdentityPoolError);
    expect(missing.getSnapshot()).toMatchObject({ status: "error", error: { code: "ResourceNotFoundException" } });
  });
});
