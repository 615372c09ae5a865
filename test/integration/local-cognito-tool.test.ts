/**
 * cognito-react-kit-local through its public surface, as an app's test set-up uses it: start() with
 * a config, then amazon-cognito-identity-js and the AWS SDK v3 client (endpoint override) sign in
 * with SRP — right password accepted, wrong refused — and the config's settings hold.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonWebKey } from "node:crypto";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { CognitoUser, CognitoUserPool } from "amazon-cognito-identity-js";
import { cognitoCall, start, validateConfig, verifyJwt, type LocalCognitoConfig, type LocalCognitoServer } from "cognito-react-kit-local";
import { main } from "../../packages/local-cognito/src/cli";
import { createCognitoAuth, memoryStorage, type AuthState } from "../../src/index";
import { sdkTransport } from "../../src/sdk/index";
import { srpSignIn } from "../support/reference-client";

const CONFIG: LocalCognitoConfig = {
  pools: [{
    name: "shop",
    passwordPolicy: { minimumLength: 12, requireSymbols: false },
    mfa: "OPTIONAL",
    aliases: ["email"],
    attributes: [{ name: "custom:plan" }],
    clients: [
      { name: "web", hostedUi: { callbackUrls: ["http://localhost:5173/"] } },
      { name: "legacy", authFlows: ["USER_PASSWORD_AUTH"] },
    ],
    users: [
      { username: "ana", email: "ana@example.com", password: "Correct-Horse-1", groups: ["admin"], attributes: { "custom:plan": "pro" } },
      { username: "bo", email: "bo@example.com", password: "Bo-Password-123", mfa: ["TOTP"] },
      { username: "cy", email: "cy@example.com", password: "Cy-Temporary-12", status: "FORCE_CHANGE_PASSWORD" },
      { username: "di", email: "di@example.com", password: "Di-Password-123", status: "UNCONFIRMED" },
    ],
  }],
};

let cognito: LocalCognitoServer;
let dir: string;
const shop = () => cognito.pools.shop!;
const identityJsUser = (username: string) =>
  new CognitoUser({ Username: username, Pool: new CognitoUserPool({ UserPoolId: shop().userPoolId, ClientId: shop().clients.web!, endpoint: cognito.url }) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "local-cognito-tool-"));
  cognito = await start({ config: CONFIG, dir });
}, 30_000);
afterAll(async () => {
  await cognito?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("start() from a config", () => {
  it("creates the pool and both app clients by name, and lists the seeded users with the TOTP secret", () => {
    expect(shop().userPoolId).toMatch(/^local_\w+$/);
    expect(Object.keys(shop().clients)).toEqual(["web", "legacy"]);
    expect(shop().users.map((u) => [u.username, u.status])).toEqual([["ana", "CONFIRMED"], ["bo", "CONFIRMED"], ["cy", "FORCE_CHANGE_PASSWORD"], ["di", "UNCONFIRMED"]]);
    expect(shop().users[1]!.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
  });

  it("amazon-cognito-identity-js signs in with SRP: tokens verify against the pool's JWKS; a wrong password is refused", async () => {
    const outcome = await srpSignIn(identityJsUser("ana"), "ana", "Correct-Horse-1");
    expect(outcome.kind).toBe("success");
    if (outcome.kind !== "success") return;
    const { keys } = (await (await fetch(shop().jwksUrl)).json()) as { keys: JsonWebKey[] };
    const claims = verifyJwt(outcome.session.getIdToken().getJwtToken(), keys);
    expect(claims).toMatchObject({ "cognito:username": "ana", email: "ana@example.com", "custom:plan": "pro", aud: shop().clients.web });
    expect(claims?.["cognito:groups"]).toEqual(["admin"]);
    expect(await srpSignIn(identityJsUser("ana"), "ana", "Correct-Horse-2")).toMatchObject({ kind: "failure", code: "NotAuthorizedException" });
    // The email alias signs in too.
    expect((await srpSignIn(identityJsUser("ana@example.com"), "ana@example.com", "Correct-Horse-1")).kind).toBe("success");
  });

  it("the AWS SDK v3 client with an endpoint override signs in with SRP (the kit's sdkTransport); a wrong password is refused", async () => {
    const client = new CognitoIdentityProviderClient({ region: "eu-west-1", endpoint: cognito.url, credentials: { accessKeyId: "local", secretAccessKey: "local" } });
    const signIn = async (password: string) => {
      const auth = createCognitoAuth({ userPoolId: shop().userPoolId, userPoolClientId: shop().clients.web!, transport: sdkTransport(client), storage: memoryStorage(), locks: null });
      await new Promise<void>((resolve) => { const off = auth.subscribe(() => auth.getSnapshot().step !== "restoring" && (off(), resolve())); });
      await auth.signIn({ username: "ana", password });
      const state: AuthState = auth.getSnapshot();
      auth.destroy();
      return state;
    };
    expect(await signIn("Correct-Horse-1")).toMatchObject({ step: "signedIn", user: { username: "ana", email: "ana@example.com" } });
    expect(await signIn("Correct-Horse-2")).toMatchObject({ step: "signIn", error: { code: "NotAuthorizedException" } });
  });

  it("seeded MFA and statuses hold: TOTP asked and answered with totp(secret); invited must change the password; unconfirmed is refused", async () => {
    const bo = identityJsUser("bo");
    expect(await srpSignIn(bo, "bo", "Bo-Password-123")).toMatchObject({ kind: "totpRequired" });
    const done = await new Promise<string>((resolve) => bo.sendMFACode(cognito.totp(shop().users[1]!.totpSecret!), {
      onSuccess: () => resolve("success"), onFailure: (e: { code?: string }) => resolve(e.code ?? "failure"),
    }, "SOFTWARE_TOKEN_MFA"));
    expect(done).toBe("success");
    expect(await srpSignIn(identityJsUser("cy"), "cy", "Cy-Temporary-12")).toMatchObject({ kind: "newPasswordRequired" });
    expect(await srpSignIn(identityJsUser("di"), "di", "Di-Password-123")).toMatchObject({ kind: "failure", code: "UserNotConfirmedException" });
  });

  it("the password policy is the config's (12 characters), the client's flows are its own, and codes are kept and served", async () => {
    await expect(cognitoCall(cognito.url, "SignUp", { ClientId: shop().clients.web, Username: "ed", Password: "Short-Pass1", UserAttributes: [{ Name: "email", Value: "ed@example.com" }] }))
      .rejects.toMatchObject({ code: "InvalidPasswordException" });
    const since = Date.now();
    await cognitoCall(cognito.url, "SignUp", { ClientId: shop().clients.web, Username: "ed", Password: "Long-Enough-Pass1", UserAttributes: [{ Name: "email", Value: "ed@example.com" }] });
    const code = cognito.latestCode("ed");
    expect(code).toMatch(/^\d{6}$/);
    const served = (await (await fetch(`${cognito.url}/_dev/messages?username=ed`)).json()) as { messages: { code: string; at: number }[] };
    expect(served.messages.filter((m) => m.at >= since).map((m) => m.code)).toEqual([code]);
    // "web" allows SRP only; "legacy" the password flow only.
    const password = (clientId: string) => cognitoCall(cognito.url, "InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: clientId, AuthParameters: { USERNAME: "ana", PASSWORD: "Correct-Horse-1" } });
    await expect(password(shop().clients.web!)).rejects.toMatchObject({ code: "InvalidParameterException" });
    await expect(password(shop().clients.legacy!)).resolves.toHaveProperty("AuthenticationResult.IdToken");
  });

  it("persists in its folder: started again there, the same pool, clients and users (and users added since)", async () => {
    const before = shop();
    await cognito.stop();
    cognito = await start({ config: CONFIG, dir });
    expect(shop().userPoolId).toBe(before.userPoolId);
    expect(shop().clients).toEqual(before.clients);
    expect(shop().users[1]!.totpSecret).toBe(before.users[1]!.totpSecret);
    await expect(cognitoCall(cognito.url, "AdminGetUser", { UserPoolId: shop().userPoolId, Username: "ed" })).resolves.toHaveProperty("Username", "ed");
  }, 30_000);
});

describe("config checks", () => {
  it("names the path of an unknown setting, a wrong value, a missing field", () => {
    expect(() => validateConfig({ pools: [{ name: "a", clients: [{ name: "w", authflows: [] }] }] })).toThrow(/pools\[0\]\.clients\[0\]\.authflows is not a setting/);
    expect(() => validateConfig({ pools: [{ name: "a", mfa: "MAYBE", clients: [{ name: "w" }] }] })).toThrow(/pools\[0\]\.mfa should be one of OFF, OPTIONAL, ON, got "MAYBE"/);
    expect(() => validateConfig({ pools: [{ name: "a" }] })).toThrow(/pools\[0\]\.clients is required/);
    expect(() => validateConfig({ pools: [{ name: "a", clients: [{ name: "w" }], users: [{ username: "u", password: "p", mfa: ["SMS"] }] }] })).toThrow(/SMS MFA but no phone/);
    expect(() => validateConfig(CONFIG)).not.toThrow();
  });
});

describe("the CLI", () => {
  it("start --config --dir --port 0 writes outputs.json with the endpoint, pools and users, and serves them", async () => {
    const folder = mkdtempSync(join(tmpdir(), "local-cognito-cli-"));
    writeFileSync(join(folder, "local-cognito.json"), JSON.stringify({ pools: [{ name: "app", clients: [{ name: "web" }], users: [{ username: "ana", password: "Correct-Horse-1!" }] }] }));
    const log = console.log;
    console.log = () => undefined;
    const server = await main(["start", "--config", join(folder, "local-cognito.json"), "--dir", join(folder, ".cognito"), "--port", "0", "--quiet"]).finally(() => { console.log = log; });
    try {
      const outputs = JSON.parse(readFileSync(join(folder, ".cognito/outputs.json"), "utf8")) as { endpoint: string; pools: LocalCognitoServer["pools"] };
      expect(outputs.endpoint).toBe(server!.url);
      expect(outputs.pools.app!.users.map((u) => u.username)).toEqual(["ana"]);
      const user = new CognitoUser({ Username: "ana", Pool: new CognitoUserPool({ UserPoolId: outputs.pools.app!.userPoolId, ClientId: outputs.pools.app!.clients.web!, endpoint: outputs.endpoint }) });
      expect((await srpSignIn(user, "ana", "Correct-Horse-1!")).kind).toBe("success");
    } finally {
      await server?.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);
});

