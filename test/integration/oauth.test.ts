/**
 * The hosted-UI round trip against the local Cognito's /oauth2/authorize and /oauth2/token (the
 * local hosted page stands in for the identity provider), plus URL building, state checks and
 * error paths. Node has no location/history: navigation is captured, the callback URL is passed in.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hostedUi, type HostedUiConfig } from "../../src/oauth/index";
import { memoryStorage } from "../../src/index";
import { harnessesForEachTest, until } from "../support/auth-harness";
import { cognitoCall, hostedUiSettings } from "cognito-react-kit-local";
import { freshUser, stackConfig } from "../support/dev-api";

const config = stackConfig();
const harness = harnessesForEachTest();
const CALLBACK = "http://127.0.0.1:4999/callback";
let clientId = "";

async function oauthClient() {
  if (clientId) return clientId;
  const { UserPoolClient } = await cognitoCall<{ UserPoolClient: { ClientId: string } }>(config.endpoint, "CreateUserPoolClient", {
    UserPoolId: config.userPoolId, ClientName: `hosted-${Date.now()}`, ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    ...hostedUiSettings([CALLBACK]),
  });
  return (clientId = UserPoolClient.ClientId);
}

async function setup(sessionStorage = memoryStorage()) {
  const visited: string[] = [];
  const h = harness({ userPoolClientId: await oauthClient(), storage: sessionStorage, navigate: (url) => visited.push(url) });
  await until(h.auth, (s) => s.step !== "restoring");
  const storage = memoryStorage();
  const hostedConfig: HostedUiConfig = { domain: config.endpoint, redirectSignIn: CALLBACK, redirectSignOut: CALLBACK };
  const hosted = hostedUi(h.auth, hostedConfig, { storage, navigate: (url) => visited.push(url) });
  return { h, hosted, visited, storage };
}

/** What the hosted page does when a person types their password: POST the form, follow to the callback. */
async function hostedPageSignIn(authorizeUrl: string, username: string, password: string): Promise<string> {
  const params = new URL(authorizeUrl).searchParams;
  const page = await fetch(authorizeUrl);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('name="password"');
  const form = new URLSearchParams({
    client_id: params.get("client_id")!, redirect_uri: params.get("redirect_uri")!, response_type: "code",
    code_challenge: params.get("code_challenge")!, code_challenge_method: "S256", scope: params.get("scope")!,
    state: params.get("state")!, username, password,
  });
  const answer = await fetch(`${config.endpoint}/oauth2/authorize`, { method: "POST", body: form, redirect: "manual" });
  expect(answer.status).toBe(302);
  return answer.headers.get("location")!;
}

describe("authorize URL", () => {
  it("asks for a code with PKCE S256 and a fresh state; the verifier stays behind", async () => {
    const { hosted, visited, storage } = await setup();
    await hosted.signInWithRedirect({ provider: "Google", customState: "/orders" });
    const url = new URL(visited[0]!);
    expect(`${url.origin}${url.pathname}`).toBe(`${config.endpoint}/oauth2/authorize`);
    const p = Object.fromEntries(url.searchParams);
    expect(p).toMatchObject({ response_type: "code", client_id: clientId, redirect_uri: CALLBACK, scope: "openid email profile aws.cognito.signin.user.admin", code_challenge_method: "S256", identity_provider: "Google" });
    const pending = JSON.parse((await storage.getItem(`cognito-react-kit.oauth.${clientId}`))!) as { state: string; verifier: string; customState: string };
    expect(pending.state).toBe(p.state);
    expect(pending.customState).toBe("/orders");
    expect(pending.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(p.code_challenge).toBe(createHash("sha256").update(pending.verifier).digest("base64url"));
    expect(visited[0]).not.toContain(pending.verifier);
    await hosted.signInWithRedirect();
    expect(new URL(visited[1]!).searchParams.get("state")).not.toBe(p.state);
  });
});

describe("round trip through the local hosted page", () => {
  it("signs in, stores tokens like SRP does, and a reused code is refused", async () => {
    const user = await freshUser();
    const { h, hosted, visited } = await setup();
    await hosted.signInWithRedirect({ customState: "/after" });
    const callback = await hostedPageSignIn(visited[0]!, user.username, user.password);
    expect(callback.startsWith(`${CALLBACK}?code=`)).toBe(true);
    expect(await hosted.completeRedirect(callback)).toEqual({ customState: "/after" });
    expect(h.auth.getSnapshot()).toMatchObject({ step: "signedIn", user: { username: user.username } });
    expect(await h.storage.getItem(`CognitoIdentityServiceProvider.${clientId}.LastAuthUser`)).toBe(user.username);
    // A restored session from these tokens costs no request.
    const again = harness({ userPoolClientId: clientId, storage: h.storage });
    expect((await until(again.auth, (s) => s.step !== "restoring")).step).toBe("signedIn");
    expect(again.sent).toEqual([]);
    // The same code a second time: refused, nothing stored.
    const other = await setup();
    await other.storage.setItem(`cognito-react-kit.oauth.${clientId}`, JSON.stringify({ state: new URL(callback).searchParams.get("state"), verifier: "x".repeat(43) }));
    await expect(other.hosted.completeRedirect(callback)).rejects.toMatchObject({ error: { code: "OAuthCode", messageId: "error.OAuthCode" } });
    expect(other.h.auth.getSnapshot().step).toBe("signIn");
    expect(await other.h.storage.getItem(`CognitoIdentityServiceProvider.${clientId}.LastAuthUser`)).toBeNull();
  });

  it("refuses a state that does not match, before any token request", async () => {
    const user = await freshUser();
    const { h, hosted, visited } = await setup();
    await hosted.signInWithRedirect();
    const callback = new URL(await hostedPageSignIn(visited[0]!, user.username, user.password));
    callback.searchParams.set("state", "forged");
    await expect(hosted.completeRedirect(callback.toString())).rejects.toMatchObject({ error: { code: "OAuthState" } });
    expect(h.auth.getSnapshot().step).toBe("signIn");
    expect(await h.storage.getItem(`CognitoIdentityServiceProvider.${clientId}.LastAuthUser`)).toBeNull();
  });

  it("maps the provider's error and stores nothing; a URL without an answer is no redirect", async () => {
    const { h, hosted } = await setup();
    await expect(hosted.completeRedirect(`${CALLBACK}?error=access_denied&error_description=User+cancelled&state=s`)).rejects.toMatchObject({ error: { code: "OAuthDenied", messageId: "error.OAuthDenied" } });
    await expect(hosted.completeRedirect(`${CALLBACK}?error=server_error`)).rejects.toMatchObject({ error: { code: "OAuthError", messageId: "error.OAuthError" } });
    expect(await hosted.completeRedirect(`${CALLBACK}?page=2`)).toBeNull();
    expect(h.auth.getSnapshot().step).toBe("signIn");
    expect(await h.storage.getItem(`CognitoIdentityServiceProvider.${clientId}.LastAuthUser`)).toBeNull();
  });

  it("any sign-out ends a hosted-UI session at /logout: the kit's buttons, auth.signOut, another tab", async () => {
    const user = await freshUser();
    const shared = memoryStorage();
    const { h, hosted, visited } = await setup(shared);
    await hosted.signInWithRedirect();
    await hosted.completeRedirect(await hostedPageSignIn(visited[0]!, user.username, user.password));
    // Another tab of the same app, which never called hostedUi(): the session says where it ends.
    const otherVisits: string[] = [];
    const otherTab = harness({ userPoolClientId: clientId, storage: shared, navigate: (url) => otherVisits.push(url) });
    expect((await until(otherTab.auth, (s) => s.step !== "restoring")).step).toBe("signedIn");
    expect(await otherTab.auth.signOut()).toEqual({ revoked: true });
    expect(new URL(otherVisits[0]!).pathname).toBe("/logout");
    expect(h.auth.getSnapshot().step).toBe("signIn");
    // A session that did not come from the hosted UI ends without a visit.
    const before = visited.length;
    await until(h.auth, (s) => s.step === "signIn");
    await h.auth.signIn({ username: user.username, password: user.password });
    await h.auth.signOut();
    expect(visited.length).toBe(before);
  });

  it("refuses http:// for a hosted-UI domain or callback that is not this machine", async () => {
    const { h } = await setup();
    const base = { redirectSignIn: CALLBACK, redirectSignOut: CALLBACK };
    expect(() => hostedUi(h.auth, { ...base, domain: "http://auth.example.com" })).toThrow(/hostedUi domain must be an https:\/\//);
    expect(() => hostedUi(h.auth, { ...base, domain: "auth.example.com", redirectSignIn: "http://app.example.com/" })).toThrow(/redirectSignIn must be an https/);
    expect(() => hostedUi(h.auth, { ...base, domain: "auth.example.com" })).not.toThrow();
  });

  it("signs out through /logout when the session came from the hosted UI", async () => {
    const user = await freshUser();
    const { h, hosted, visited } = await setup();
    await hosted.signInWithRedirect();
    await hosted.completeRedirect(await hostedPageSignIn(visited[0]!, user.username, user.password));
    await hosted.signOut();
    expect(h.auth.getSnapshot().step).toBe("signIn");
    const logout = new URL(visited.at(-1)!);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${config.endpoint}/logout`);
    const back = await fetch(logout, { redirect: "manual" });
    expect([back.status, back.headers.get("location")]).toEqual([302, CALLBACK]);
    const refused = await fetch(`${config.endpoint}/logout?client_id=${clientId}&logout_uri=${encodeURIComponent("https://evil.example/")}`, { redirect: "manual" });
    expect(refused.status).toBe(400);
  });
});
