/**
 * What the front adds to cognito-local, exercised over HTTP with raw Cognito calls.
 */
import { describe, expect, it } from "vitest";
import { cognitoCall, CognitoCallError } from "cognito-react-kit-local";
import { answerMfa, referenceUser, srpSignIn } from "../support/reference-client";
import { freshUser, latestCode, stackConfig, userFor } from "../support/dev-api";

const config = stackConfig();
const call = <T = Record<string, unknown>>(op: string, body: object) => cognitoCall<T>(config.endpoint, op, body);
type Tokens = { AuthenticationResult?: { AccessToken: string; RefreshToken?: string; IdToken: string } };

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CognitoCallError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected the call to fail");
}

const passwordAuth = (username: string, password: string, clientId = config.userPoolClientId) =>
  call<Tokens>("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD: password } });

describe("USER_PASSWORD_AUTH (the explicit opt-in)", () => {
  it("signs in by username and by email alias", async () => {
    const user = userFor("confirmed");
    expect((await passwordAuth(user.username, user.password)).AuthenticationResult?.AccessToken).toBeTruthy();
    expect((await passwordAuth(user.email, user.password)).AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("answers a wrong password and an unknown user alike, as Cognito does", async () => {
    const user = userFor("confirmed");
    const wrong = await failure(passwordAuth(user.username, "Wrong-Pass-1!"));
    const unknown = await failure(passwordAuth("no-such-user", "Wrong-Pass-1!"));
    expect(wrong).toEqual({ code: "NotAuthorizedException", message: "NotAuthorizedException: Incorrect username or password." });
    expect(unknown).toEqual(wrong);
  });

  it("is refused for a client that does not allow it, and SRP likewise", async () => {
    const { UserPoolClient } = await call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", {
      UserPoolId: config.userPoolId, ClientName: `srp-only-${Date.now()}`, ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"],
    });
    const user = userFor("confirmed");
    expect((await failure(passwordAuth(user.username, user.password, UserPoolClient.ClientId))).code).toBe("InvalidParameterException");
    const { UserPoolClient: passwordOnly } = await call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", {
      UserPoolId: config.userPoolId, ClientName: `password-only-${Date.now()}`, ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
    });
    const srp = referenceUser({ userPoolId: config.userPoolId, userPoolClientId: passwordOnly.ClientId }, config.endpoint, user.username);
    expect(await srpSignIn(srp, user.username, user.password)).toMatchObject({ kind: "failure", code: "InvalidParameterException" });
  });
});

describe("PASSWORD_VERIFIER checks", () => {
  async function challenge() {
    const user = userFor("confirmed");
    const answer = await call<{ ChallengeParameters: Record<string, string> }>("InitiateAuth", {
      AuthFlow: "USER_SRP_AUTH", ClientId: config.userPoolClientId, AuthParameters: { USERNAME: user.username, SRP_A: "0abc".repeat(100) },
    });
    return { user, parameters: answer.ChallengeParameters };
  }
  const respond = (parameters: Record<string, string>, overrides: Record<string, string>) =>
    call("RespondToAuthChallenge", {
      ClientId: config.userPoolClientId, ChallengeName: "PASSWORD_VERIFIER",
      ChallengeResponses: {
        USERNAME: parameters.USER_ID_FOR_SRP, PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK,
        PASSWORD_CLAIM_SIGNATURE: Buffer.alloc(32).toString("base64"), TIMESTAMP: "Sat Nov 21 20:36:07 UTC 2026", ...overrides,
      },
    });

  it("rejects SRP_A = 0 mod N", async () => {
    const user = userFor("confirmed");
    const error = await failure(call("InitiateAuth", {
      AuthFlow: "USER_SRP_AUTH", ClientId: config.userPoolClientId, AuthParameters: { USERNAME: user.username, SRP_A: "00" },
    }));
    expect(error.code).toBe("InvalidParameterException");
  });

  it("rejects a zero-padded day in TIMESTAMP", async () => {
    const { parameters } = await challenge();
    expect((await failure(respond(parameters, { TIMESTAMP: "Sat Nov 01 20:36:07 UTC 2026" }))).code).toBe("InvalidParameterException");
  });

  it("rejects a forged signature and an altered secret block", async () => {
    const { parameters } = await challenge();
    expect((await failure(respond(parameters, {}))).code).toBe("NotAuthorizedException");
    const block = Buffer.from(parameters.SECRET_BLOCK!, "base64");
    block[40] = (block[40] ?? 0) ^ 1;
    expect(await failure(respond(parameters, { PASSWORD_CLAIM_SECRET_BLOCK: block.toString("base64") })))
      .toMatchObject({ code: "NotAuthorizedException", message: expect.stringContaining("Invalid session") });
  });
});

describe("ResendConfirmationCode", () => {
  it("sends a new code that confirms the user; the old code no longer works", async () => {
    const username = `resend-${Date.now()}`;
    await call("SignUp", { ClientId: config.userPoolClientId, Username: username, Password: "Resend-Pass-1!", UserAttributes: [{ Name: "email", Value: `${username}@example.com` }] });
    const first = await latestCode(config.endpoint, username);
    const since = Date.now();
    const answer = await call<{ CodeDeliveryDetails: Record<string, string> }>("ResendConfirmationCode", { ClientId: config.userPoolClientId, Username: username });
    expect(answer.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: "EMAIL", AttributeName: "email", Destination: "r***@e***.com" });
    const second = await latestCode(config.endpoint, username, since);
    if (first !== second) {
      expect((await failure(call("ConfirmSignUp", { ClientId: config.userPoolClientId, Username: username, ConfirmationCode: first }))).code).toBe("CodeMismatchException");
    }
    await call("ConfirmSignUp", { ClientId: config.userPoolClientId, Username: username, ConfirmationCode: second });
    expect((await failure(call("ResendConfirmationCode", { ClientId: config.userPoolClientId, Username: username }))).code).toBe("InvalidParameterException");
  });
});

describe("GlobalSignOut", () => {
  it("stops the user's refresh tokens and access tokens, and a new sign-in works", async () => {
    const user = await freshUser();
    const first = (await passwordAuth(user.username, user.password)).AuthenticationResult!;
    const second = (await passwordAuth(user.username, user.password)).AuthenticationResult!;
    const refresh = (token: string) => call<Tokens>("InitiateAuth", { AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: config.userPoolClientId, AuthParameters: { REFRESH_TOKEN: token } });
    expect((await refresh(first.RefreshToken!)).AuthenticationResult?.AccessToken).toBeTruthy();
    await call("GlobalSignOut", { AccessToken: first.AccessToken });
    expect((await failure(refresh(second.RefreshToken!))).code).toBe("NotAuthorizedException");
    expect(await failure(call("GetUser", { AccessToken: second.AccessToken })))
      .toMatchObject({ code: "NotAuthorizedException", message: expect.stringContaining("revoked") });
    const after = (await passwordAuth(user.username, user.password)).AuthenticationResult!;
    expect(await call<{ Username: string }>("GetUser", { AccessToken: after.AccessToken })).toMatchObject({ Username: user.username });
  });
});

describe("tokens issued after a challenge", () => {
  it("refresh with REFRESH_TOKEN_AUTH (cognito-local forgets to store them)", async () => {
    const user = userFor("smsMfa");
    const since = Date.now();
    const cognitoUser = referenceUser(config, config.endpoint, user.username);
    expect((await srpSignIn(cognitoUser, user.username, user.password)).kind).toBe("mfaRequired");
    const done = await answerMfa(cognitoUser, await latestCode(config.endpoint, user.username, since), "SMS_MFA");
    if (done.kind !== "success") throw new Error(`expected tokens, got ${done.kind}`);
    const refreshed = await call<Tokens>("InitiateAuth", {
      AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: config.userPoolClientId,
      AuthParameters: { REFRESH_TOKEN: done.session.getRefreshToken().getToken() },
    });
    expect(refreshed.AuthenticationResult?.IdToken).toBeTruthy();
  });
});

describe("SetUserMFAPreference with SMS", () => {
  it("turns the SMS_MFA challenge on and off", async () => {
    const user = await freshUser();
    const token = (await passwordAuth(user.username, user.password)).AuthenticationResult!.AccessToken;
    await call("AdminUpdateUserAttributes", { UserPoolId: config.userPoolId, Username: user.username, UserAttributes: [{ Name: "phone_number", Value: "+15555550199" }, { Name: "phone_number_verified", Value: "true" }] });
    await call("SetUserMFAPreference", { AccessToken: token, SMSMfaSettings: { Enabled: true, PreferredMfa: true } });
    expect((await call<{ ChallengeName?: string }>("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: config.userPoolClientId, AuthParameters: { USERNAME: user.username, PASSWORD: user.password } })).ChallengeName).toBe("SMS_MFA");
    await call("SetUserMFAPreference", { AccessToken: token, SMSMfaSettings: { Enabled: false } });
    expect((await passwordAuth(user.username, user.password)).AuthenticationResult?.AccessToken).toBeTruthy();
  });
});
