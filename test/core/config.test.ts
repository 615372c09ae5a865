/**
 * Unsafe configuration is refused loudly at creation, tokens from elsewhere are checked before
 * they become a session, and account operations explain a missing scope instead of signing the
 * user out. Pure units: crafted (unsigned) tokens and a transport that records what it is asked.
 */
import { describe, expect, it } from "vitest";
import { accountOf, createCognitoAuth, fetchTransport, memoryStorage, type Transport } from "../../src/index";

const POOL = { userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "client-1" };
const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.sig`;
const hour = () => Math.floor(Date.now() / 1000) + 3600;
const tokensFor = (clientId: string, scope?: string) => ({
  idToken: jwt({ sub: "u1", aud: clientId, "cognito:username": "ana", exp: hour(), iat: hour() - 3600 }),
  accessToken: jwt({ sub: "u1", client_id: clientId, username: "ana", exp: hour(), iat: hour() - 3600, ...(scope ? { scope } : {}) }),
});

function recording() {
  const sent: string[] = [];
  const transport: Transport = { send: async (operation) => (sent.push(operation), {}) };
  return { sent, transport };
}

describe("configuration", () => {
  it("refuses an http:// endpoint other than this machine, and a region that is not one", () => {
    expect(() => createCognitoAuth({ ...POOL, endpoint: "http://cognito.example.com" })).toThrow(/endpoint must be an https:\/\/ URL \(http:\/\/ only for localhost\)/);
    expect(() => createCognitoAuth({ ...POOL, endpoint: "not a url" })).toThrow(/endpoint must be an https/);
    expect(() => createCognitoAuth({ ...POOL, userPoolId: "europe_AbC" })).toThrow(/"europe" is not an AWS region/);
    expect(() => createCognitoAuth({ ...POOL, region: "eu-west-1; rm" })).toThrow(/not an AWS region/);
    expect(() => fetchTransport({ region: "x" })).toThrow(/not an AWS region/);
    for (const endpoint of ["http://localhost:9229", "http://127.0.0.1:9229/", "http://[::1]:9229", "https://cognito.example.com"]) {
      expect(() => createCognitoAuth({ ...POOL, endpoint, storage: "memory" }).destroy()).not.toThrow();
    }
    expect(() => createCognitoAuth({ ...POOL, userPoolId: "us-gov-west-1_AbC", storage: "memory" }).destroy()).not.toThrow();
  });
});

describe("adoptTokens", () => {
  it("signs in with this app client's tokens and refuses another client's", async () => {
    const { sent, transport } = recording();
    const auth = createCognitoAuth({ ...POOL, transport, storage: memoryStorage() });
    await expect(auth.adoptTokens(tokensFor("another-client"))).rejects.toMatchObject({ error: { code: "InvalidTokens" } });
    expect(auth.getSnapshot().step).toBe("signIn");
    await expect(auth.adoptTokens(tokensFor("client-1"), { endSession: "http://auth.example.com/logout" })).rejects.toThrow(/endSession must be an https/);
    expect(await auth.adoptTokens(tokensFor("client-1"))).toMatchObject({ username: "ana", userId: "u1" });
    expect(auth.getSnapshot()).toMatchObject({ step: "signedIn", user: { username: "ana" } });
    expect(sent).toEqual([]);
    auth.destroy();
  });
});

describe("account operations", () => {
  it("with a token lacking aws.cognito.signin.user.admin: MissingScope, no request, still signed in", async () => {
    const { sent, transport } = recording();
    const auth = createCognitoAuth({ ...POOL, transport, storage: memoryStorage() });
    await auth.adoptTokens(tokensFor("client-1", "openid email"));
    await expect(accountOf(auth).getUser()).rejects.toMatchObject({ error: { code: "MissingScope", messageId: "error.MissingScope" } });
    expect(sent).toEqual([]);
    expect(auth.getSnapshot().step).toBe("signedIn");
    await auth.adoptTokens(tokensFor("client-1", "openid aws.cognito.signin.user.admin"));
    await accountOf(auth).getUser();
    expect(sent).toEqual(["GetUser"]);
    auth.destroy();
  });
});
