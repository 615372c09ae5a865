/**
 * The local Cognito's passkeys over HTTP: registration and sign-in with a software authenticator
 * (ES256, "none" attestation), verified cryptographically by the front; every tampering a real
 * pool refuses is refused with Cognito's exception names.
 */
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { cognitoCall, CognitoCallError } from "cognito-react-kit-local";
import { requestsSince, stackConfig } from "../support/dev-api";
import { softAuthenticator } from "../support/soft-authenticator";

const config = stackConfig();
const call = <T = Record<string, unknown>>(op: string, body: object) => cognitoCall<T>(config.endpoint, op, body);
const ORIGIN = "http://localhost:5173";

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CognitoCallError) return error.code;
    throw error;
  }
  throw new Error("expected the call to fail");
}

interface Pool { userPoolId: string; clientId: string }
type Tokens = { AuthenticationResult?: { AccessToken: string } };
type Challenge = { ChallengeName: string; ChallengeParameters: Record<string, string>; Session: string };

/** A pool with passkeys as the README says to configure them: WEB_AUTHN allowed, an RP id, ALLOW_USER_AUTH. */
async function passkeyPool(options: { rpId?: string; factors?: string[] } = {}): Promise<Pool> {
  const { UserPool } = await call<{ UserPool: { Id: string } }>("CreateUserPool", {
    PoolName: `passkeys-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: options.factors ?? ["PASSWORD", "WEB_AUTHN"] } },
  });
  if (options.rpId !== "") {
    await call("SetUserPoolMfaConfig", { UserPoolId: UserPool.Id, WebAuthnConfiguration: { RelyingPartyId: options.rpId ?? "localhost", UserVerification: "preferred" } });
  }
  const { UserPoolClient } = await call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", {
    UserPoolId: UserPool.Id, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
  });
  return { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId };
}

async function userIn(pool: Pool) {
  const username = `pk${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const password = "Passkey-Pass-1!";
  await call("AdminCreateUser", {
    UserPoolId: pool.userPoolId, Username: username, MessageAction: "SUPPRESS", TemporaryPassword: password,
    UserAttributes: [{ Name: "email", Value: `${username}@example.com` }, { Name: "email_verified", Value: "true" }],
  });
  await call("AdminSetUserPassword", { UserPoolId: pool.userPoolId, Username: username, Password: password, Permanent: true });
  const tokens = await call<Tokens>("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: pool.clientId, AuthParameters: { USERNAME: username, PASSWORD: password } });
  return { username, password, accessToken: tokens.AuthenticationResult!.AccessToken };
}

async function register(accessToken: string, authenticator: ReturnType<typeof softAuthenticator>, origin = ORIGIN) {
  const { CredentialCreationOptions } = await call<{ CredentialCreationOptions: Parameters<typeof authenticator.create>[0] }>("StartWebAuthnRegistration", { AccessToken: accessToken });
  const credential = authenticator.create(CredentialCreationOptions, origin);
  await call("CompleteWebAuthnRegistration", { AccessToken: accessToken, Credential: credential });
  return { options: CredentialCreationOptions, credential };
}

const passkeyChallenge = (pool: Pool, username: string) => call<Challenge>("InitiateAuth", {
  AuthFlow: "USER_AUTH", ClientId: pool.clientId, AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: "WEB_AUTHN" },
});

const answer = (pool: Pool, challenge: Challenge, username: string, credential: object) => call<Tokens>("RespondToAuthChallenge", {
  ClientId: pool.clientId, ChallengeName: "WEB_AUTHN", Session: challenge.Session,
  ChallengeResponses: { USERNAME: username, CREDENTIAL: JSON.stringify(credential) },
});

describe("passkey registration", () => {
  let pool: Pool;
  beforeAll(async () => {
    pool = await passkeyPool();
  });

  it("registers a passkey and lists it with Cognito's fields; GetUserPoolMfaConfig shows the relying party", async () => {
    const user = await userIn(pool);
    const authenticator = softAuthenticator();
    const { options } = await register(user.accessToken, authenticator);
    expect(options).toMatchObject({ rp: { id: "localhost" }, user: { name: user.username }, authenticatorSelection: { residentKey: "required", userVerification: "preferred" } });
    const { Credentials } = await call<{ Credentials: Record<string, unknown>[] }>("ListWebAuthnCredentials", { AccessToken: user.accessToken });
    expect(Credentials).toEqual([{
      CredentialId: authenticator.passkeys[0]!.id, FriendlyCredentialName: "Passkey", RelyingPartyId: "localhost",
      AuthenticatorAttachment: "platform", AuthenticatorTransports: ["internal"], CreatedAt: expect.any(Number),
    }]);
    const mfa = await call<{ WebAuthnConfiguration: object }>("GetUserPoolMfaConfig", { UserPoolId: pool.userPoolId });
    expect(mfa.WebAuthnConfiguration).toEqual({ RelyingPartyId: "localhost", UserVerification: "preferred" });
    // The next registration excludes the passkey already there.
    const next = await call<{ CredentialCreationOptions: { excludeCredentials: { id: string }[] } }>("StartWebAuthnRegistration", { AccessToken: user.accessToken });
    expect(next.CredentialCreationOptions.excludeCredentials.map((c) => c.id)).toEqual([authenticator.passkeys[0]!.id]);
  });

  it("refuses a wrong origin, another relying party, a stale challenge and a tampered attestation", async () => {
    const user = await userIn(pool);
    const authenticator = softAuthenticator();
    const start = () => call<{ CredentialCreationOptions: Parameters<typeof authenticator.create>[0] }>("StartWebAuthnRegistration", { AccessToken: user.accessToken });
    const complete = (credential: object) => call("CompleteWebAuthnRegistration", { AccessToken: user.accessToken, Credential: credential });

    let { CredentialCreationOptions: options } = await start();
    expect(await failure(complete(authenticator.create(options, "https://evil.example")))).toBe("WebAuthnOriginNotAllowedException");
    ({ CredentialCreationOptions: options } = await start());
    expect(await failure(complete(authenticator.create({ ...options, rp: { ...options.rp, id: "evil.example" } }, ORIGIN)))).toBe("WebAuthnRelyingPartyMismatchException");
    ({ CredentialCreationOptions: options } = await start());
    expect(await failure(complete(authenticator.create({ ...options, challenge: "c3RhbGUtY2hhbGxlbmdl" }, ORIGIN)))).toBe("WebAuthnChallengeNotFoundException");
    ({ CredentialCreationOptions: options } = await start());
    const tampered = authenticator.create(options, ORIGIN);
    // "none" attestation signs nothing, so tamper with what is checked: the user-presence flag
    // (the byte after the RP id hash in authData) cleared, as a credential made without a gesture.
    const attestation = Buffer.from(tampered.response.attestationObject, "base64url");
    const flags = attestation.indexOf(createHash("sha256").update("localhost").digest()) + 32;
    attestation[flags] = attestation[flags]! & ~0x01;
    expect(await failure(complete({ ...tampered, response: { ...tampered.response, attestationObject: attestation.toString("base64url") } })))
      .toMatch(/WebAuthnCredentialNotSupportedException|InvalidParameterException/);
    const { Credentials } = await call<{ Credentials: unknown[] }>("ListWebAuthnCredentials", { AccessToken: user.accessToken });
    expect(Credentials).toEqual([]);
  });

  it("answers as Cognito when the pool is not set up for passkeys", async () => {
    const noRp = await passkeyPool({ rpId: "" });
    expect(await failure(call("StartWebAuthnRegistration", { AccessToken: (await userIn(noRp)).accessToken }))).toBe("WebAuthnConfigurationMissingException");
    const noFactor = await passkeyPool({ factors: ["PASSWORD"] });
    expect(await failure(call("StartWebAuthnRegistration", { AccessToken: (await userIn(noFactor)).accessToken }))).toBe("WebAuthnNotEnabledException");
    expect(await failure(call("StartWebAuthnRegistration", { AccessToken: "not-a-token" }))).toBe("NotAuthorizedException");
  });
});

describe("passkey sign-in (USER_AUTH, WEB_AUTHN)", () => {
  let pool: Pool;
  beforeAll(async () => {
    pool = await passkeyPool();
  });

  it("signs in with the passkey alone: two requests, no password, counter checked", async () => {
    const user = await userIn(pool);
    const authenticator = softAuthenticator();
    await register(user.accessToken, authenticator);
    const since = Date.now();
    const challenge = await passkeyChallenge(pool, user.username);
    expect(challenge.ChallengeName).toBe("WEB_AUTHN");
    const options = JSON.parse(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS!) as { rpId: string; allowCredentials: { id: string }[]; challenge: string };
    expect(options).toMatchObject({ rpId: "localhost", allowCredentials: [{ id: authenticator.passkeys[0]!.id, type: "public-key" }] });
    const assertion = authenticator.get(options, ORIGIN);
    const tokens = await answer(pool, challenge, user.username, assertion);
    expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();
    const wire = (await requestsSince(config.endpoint, since)).filter((r) => r.body.includes(user.username));
    expect(wire.map((r) => r.target)).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
    expect(wire.some((r) => r.body.includes(user.password) || r.body.includes("PASSWORD\""))).toBe(false);
    // The same assertion again (a replay) is refused: its challenge is spent with the session's.
    const again = await passkeyChallenge(pool, user.username);
    expect(await failure(answer(pool, again, user.username, assertion))).toBe("WebAuthnChallengeNotFoundException");
    // A cloned authenticator whose counter went backwards is refused.
    const cloned = await passkeyChallenge(pool, user.username);
    const opts = JSON.parse(cloned.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS!) as { challenge: string };
    authenticator.passkeys[0]!.counter = 0;
    expect(await failure(answer(pool, cloned, user.username, authenticator.get({ ...opts, rpId: "localhost" }, ORIGIN)))).toBe("NotAuthorizedException");
  });

  it("refuses a forged signature, a wrong origin, and a passkey the pool does not know", async () => {
    const user = await userIn(pool);
    const authenticator = softAuthenticator();
    await register(user.accessToken, authenticator);
    const fresh = async () => {
      const challenge = await passkeyChallenge(pool, user.username);
      return { challenge, options: JSON.parse(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS!) as { challenge: string; rpId: string } };
    };
    let { challenge, options } = await fresh();
    const forged = authenticator.get(options, ORIGIN);
    const signature = Buffer.from(forged.response.signature, "base64url");
    signature[signature.length - 3] = signature[signature.length - 3]! ^ 0x01;
    expect(await failure(answer(pool, challenge, user.username, { ...forged, response: { ...forged.response, signature: signature.toString("base64url") } }))).toBe("NotAuthorizedException");
    ({ challenge, options } = await fresh());
    expect(await failure(answer(pool, challenge, user.username, authenticator.get(options, "https://evil.example")))).toBe("WebAuthnOriginNotAllowedException");
    ({ challenge, options } = await fresh());
    const stranger = softAuthenticator();
    stranger.create({ challenge: "eA", rp: { id: "localhost", name: "x" }, user: { id: "eA", name: "x" } }, ORIGIN);
    expect(await failure(answer(pool, challenge, user.username, stranger.get({ challenge: options.challenge, rpId: "localhost" }, ORIGIN)))).toBe("NotAuthorizedException");
    ({ challenge, options } = await fresh());
    expect((await answer(pool, challenge, user.username, authenticator.get(options, ORIGIN))).AuthenticationResult).toBeTruthy();
  });

  it("after DeleteWebAuthnCredential the passkey no longer signs in", async () => {
    const user = await userIn(pool);
    const authenticator = softAuthenticator();
    await register(user.accessToken, authenticator);
    const challenge = await passkeyChallenge(pool, user.username);
    const options = JSON.parse(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS!) as { challenge: string; rpId: string };
    const id = authenticator.passkeys[0]!.id;
    expect(await failure(call("DeleteWebAuthnCredential", { AccessToken: user.accessToken, CredentialId: "bm9uZQ" }))).toBe("ResourceNotFoundException");
    await call("DeleteWebAuthnCredential", { AccessToken: user.accessToken, CredentialId: id });
    expect((await call<{ Credentials: unknown[] }>("ListWebAuthnCredentials", { AccessToken: user.accessToken })).Credentials).toEqual([]);
    // An assertion made for a challenge issued before the deletion is refused too.
    expect(await failure(answer(pool, challenge, user.username, authenticator.get(options, ORIGIN)))).toBe("NotAuthorizedException");
    // Without a passkey, WEB_AUTHN is no longer available: Cognito offers the other factors instead.
    const after = await passkeyChallenge(pool, user.username) as Challenge & { AvailableChallenges?: string[] };
    expect(after.ChallengeName).toBe("SELECT_CHALLENGE");
    expect(after.AvailableChallenges).not.toContain("WEB_AUTHN");
  });

  it("is refused for a client without ALLOW_USER_AUTH", async () => {
    const { UserPoolClient } = await call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", {
      UserPoolId: pool.userPoolId, ClientName: "srp-only", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"],
    });
    expect(await failure(passkeyChallenge({ ...pool, clientId: UserPoolClient.ClientId }, "anyone"))).toBe("InvalidParameterException");
  });
});
