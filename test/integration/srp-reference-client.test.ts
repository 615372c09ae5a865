/**
 * The local stack speaks USER_SRP_AUTH: amazon-cognito-identity-js signs in through it.
 */
import { describe, expect, it } from "vitest";
import type { JsonWebKey } from "node:crypto";
import { referenceUser, srpSignIn } from "../support/reference-client";
import { requestsSince, stackConfig, userFor } from "../support/dev-api";
import { cognitoCall, verifyJwt } from "cognito-react-kit-local";

const config = stackConfig();

async function jwks(): Promise<JsonWebKey[]> {
  const response = await fetch(`${config.endpoint}/${config.userPoolId}/.well-known/jwks.json`);
  return ((await response.json()) as { keys: JsonWebKey[] }).keys;
}

describe("SRP sign-in through the local stack with amazon-cognito-identity-js", () => {
  it("issues tokens that verify against the stack's JWKS for the right password", async () => {
    const user = userFor("confirmed");
    const outcome = await srpSignIn(referenceUser(config, config.endpoint, user.username), user.username, user.password);
    expect(outcome.kind).toBe("success");
    if (outcome.kind !== "success") return;
    const keys = await jwks();
    const id = verifyJwt(outcome.session.getIdToken().getJwtToken(), keys);
    const access = verifyJwt(outcome.session.getAccessToken().getJwtToken(), keys);
    expect(id).toMatchObject({ "cognito:username": user.username, email: user.email, token_use: "id", aud: config.userPoolClientId });
    expect(id?.iss).toBe(`${config.endpoint}/${config.userPoolId}`);
    expect(access).toMatchObject({ username: user.username, token_use: "access", client_id: config.userPoolClientId });
    // A token with a flipped signature byte does not verify: the check above is real.
    const token = outcome.session.getIdToken().getJwtToken();
    const at = token.lastIndexOf(".") + 10;
    const forged = `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`;
    expect(verifyJwt(forged, keys)).toBeNull();
  });

  it("refuses a wrong password with NotAuthorizedException", async () => {
    const user = userFor("confirmed");
    const outcome = await srpSignIn(referenceUser(config, config.endpoint, user.username), user.username, `${user.password}x`);
    expect(outcome).toMatchObject({ kind: "failure", code: "NotAuthorizedException", message: "Incorrect username or password." });
  });

  it("signs in with the email alias; USER_ID_FOR_SRP is the internal username", async () => {
    const user = userFor("confirmed");
    const since = Date.now();
    const outcome = await srpSignIn(referenceUser(config, config.endpoint, user.email), user.email, user.password);
    expect(outcome.kind).toBe("success");
    if (outcome.kind !== "success") return;
    expect(outcome.session.getIdToken().decodePayload()["cognito:username"]).toBe(user.username);
    const challenge = (await requestsSince(config.endpoint, since)).find((r) => r.body.includes("PASSWORD_VERIFIER"));
    expect(challenge?.body).toContain(`"USERNAME":"${user.username}"`);
  });

  it("treats an unknown user like a wrong password, after a plausible challenge", async () => {
    const answer = await cognitoCall<{ ChallengeName: string; ChallengeParameters: Record<string, string> }>(
      config.endpoint, "InitiateAuth", {
        AuthFlow: "USER_SRP_AUTH", ClientId: config.userPoolClientId,
        AuthParameters: { USERNAME: "nobody-here", SRP_A: "ab".repeat(384) },
      });
    expect(answer.ChallengeName).toBe("PASSWORD_VERIFIER");
    expect(Object.keys(answer.ChallengeParameters).sort()).toEqual(["SALT", "SECRET_BLOCK", "SRP_B", "USERNAME", "USER_ID_FOR_SRP"]);
    const outcome = await srpSignIn(referenceUser(config, config.endpoint, "nobody-here"), "nobody-here", "Whatever-1!");
    expect(outcome).toMatchObject({ kind: "failure", code: "NotAuthorizedException", message: "Incorrect username or password." });
  });

  it("sends the password in no request of an SRP sign-in", async () => {
    // A user of this test's own, so that no concurrent test sends the same password.
    const username = `srp-wire-${Date.now()}`;
    const password = `Wire-${Math.random().toString(36).slice(2)}-Aa1!`;
    await cognitoCall(config.endpoint, "AdminCreateUser", {
      UserPoolId: config.userPoolId, Username: username, MessageAction: "SUPPRESS",
      UserAttributes: [{ Name: "email", Value: `${username}@example.com` }, { Name: "email_verified", Value: "true" }],
    });
    await cognitoCall(config.endpoint, "AdminSetUserPassword", { UserPoolId: config.userPoolId, Username: username, Password: password, Permanent: true });
    const since = Date.now();
    const outcome = await srpSignIn(referenceUser(config, config.endpoint, username), username, password);
    expect(outcome.kind).toBe("success");
    const signIn = (await requestsSince(config.endpoint, since)).filter((r) => r.body.includes(username));
    expect(signIn.map((r) => r.target)).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
    const encodings = [password, JSON.stringify(password).slice(1, -1), encodeURIComponent(password), Buffer.from(password).toString("base64")];
    for (const request of signIn) {
      const wire = `${request.path} ${JSON.stringify(request.headers)} ${request.body}`;
      for (const encoded of encodings) expect(wire).not.toContain(encoded);
    }
  });
});
