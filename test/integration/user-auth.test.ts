/**
 * Choice-based sign-in (InitiateAuth USER_AUTH) against the local Cognito over HTTP: every first
 * factor (PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP), PREFERRED_CHALLENGE and SELECT_CHALLENGE,
 * MFA after a password factor only, and Cognito's refusals (wrong code, reused or expired
 * session, factor not allowed, USER_AUTH not enabled, a passwordless user's "password").
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { JsonWebKey } from "node:crypto";
import { start, verifyJwt, type LocalCognitoConfig, type LocalCognitoServer } from "cognito-react-kit-local";
import { createSrpEphemeral, refusal, wire, type AuthAnswer } from "../support/user-auth-wire";

const CONFIG: LocalCognitoConfig = {
  pools: [{
    name: "choice",
    mfa: "OPTIONAL",
    allowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP", "SMS_OTP"],
    clients: [
      { name: "web", authFlows: ["USER_AUTH", "USER_SRP_AUTH", "REFRESH_TOKEN_AUTH"] },
      { name: "srp-only", authFlows: ["USER_SRP_AUTH", "REFRESH_TOKEN_AUTH"] },
      { name: "legacy-errors", authFlows: ["USER_AUTH"], preventUserExistenceErrors: false },
    ],
    users: [
      { username: "ana", email: "ana@example.com", password: "Correct-Horse-1!" },
      { username: "otto", email: "otto@example.com" },
      { username: "pia", email: "pia@example.com", phone: "+15555550199" },
      { username: "tom", email: "tom@example.com", password: "Tom-Password-1!", mfa: ["TOTP"] },
      { username: "ivy", email: "ivy@example.com", password: "Ivy-Temporary-1!", status: "FORCE_CHANGE_PASSWORD" },
      { username: "rex", email: "rex@example.com", password: "Rex-Password-1!", status: "RESET_REQUIRED" },
    ],
  }, {
    name: "password-only",
    clients: [{ name: "web", authFlows: ["USER_AUTH", "REFRESH_TOKEN_AUTH"] }],
    users: [{ username: "pat", email: "pat@example.com", password: "Pat-Password-1!" }],
  }],
};

let cognito: LocalCognitoServer;
let api: ReturnType<typeof wire>;
const choice = () => cognito.pools.choice!;
const web = () => choice().clients.web!;

beforeAll(async () => {
  cognito = await start({ config: CONFIG });
  api = wire(cognito.url);
}, 30_000);
afterAll(() => cognito?.stop());
afterEach(() => vi.useRealTimers());

async function claims(answer: AuthAnswer) {
  const { keys } = (await (await fetch(choice().jwksUrl)).json()) as { keys: JsonWebKey[] };
  return verifyJwt(answer.AuthenticationResult!.IdToken, keys);
}

describe("USERNAME alone: SELECT_CHALLENGE with the factors the pool allows and the user has", () => {
  it("lists password and email code for a password user, only codes for passwordless users", async () => {
    const offered = async (username: string) => {
      const answer = await api.userAuth(web(), { USERNAME: username });
      expect(answer.ChallengeName).toBe("SELECT_CHALLENGE");
      expect(answer.Session).toBeTruthy();
      return answer.AvailableChallenges;
    };
    expect(await offered("ana")).toEqual(["EMAIL_OTP", "PASSWORD", "PASSWORD_SRP"]);
    expect(await offered("otto")).toEqual(["EMAIL_OTP"]);
    expect(await offered("pia")).toEqual(["EMAIL_OTP", "SMS_OTP"]);
  });

  it("ANSWER PASSWORD with the password signs in; ANSWER PASSWORD_SRP with SRP_A goes to PASSWORD_VERIFIER", async () => {
    const select = await api.userAuth(web(), { USERNAME: "ana" });
    const tokens = await api.respond(web(), "SELECT_CHALLENGE", select.Session, { USERNAME: "ana", ANSWER: "PASSWORD", PASSWORD: "Correct-Horse-1!" });
    expect(await claims(tokens)).toMatchObject({ "cognito:username": "ana", email: "ana@example.com" });
    const again = await api.userAuth(web(), { USERNAME: "ana" });
    const ephemeral = createSrpEphemeral();
    const verifier = await api.respond(web(), "SELECT_CHALLENGE", again.Session, { USERNAME: "ana", ANSWER: "PASSWORD_SRP", SRP_A: ephemeral.srpA });
    expect(verifier.ChallengeName).toBe("PASSWORD_VERIFIER");
    const signedIn = await api.passwordVerifier(web(), choice().userPoolId, ephemeral, verifier, "Correct-Horse-1!");
    expect(signedIn.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("PASSWORD named as the challenge after SELECT_CHALLENGE (as Cognito's API reference lists it) signs in too", async () => {
    const select = await api.userAuth(web(), { USERNAME: "ana" });
    expect((await api.respond(web(), "PASSWORD", select.Session, { USERNAME: "ana", PASSWORD: "Correct-Horse-1!" })).AuthenticationResult).toBeTruthy();
  });

  it("ANSWER SMS_OTP texts a code to the phone (masked in the challenge); SMS_OTP_CODE signs in", async () => {
    const select = await api.userAuth(web(), { USERNAME: "pia" });
    const challenge = await api.respond(web(), "SELECT_CHALLENGE", select.Session, { USERNAME: "pia", ANSWER: "SMS_OTP" });
    expect(challenge).toMatchObject({ ChallengeName: "SMS_OTP", ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0199" } });
    const sent = cognito.messages.at(-1)!;
    expect(sent).toMatchObject({ medium: "SMS", destination: "+15555550199", username: "pia" });
    expect(await refusal(api.respond(web(), "SMS_OTP", challenge.Session, { USERNAME: "pia", SMS_OTP_CODE: "000000" === sent.code ? "111111" : "000000" })))
      .toEqual({ code: "CodeMismatchException", message: "Invalid code or auth state for the user." });
    const tokens = await api.respond(web(), "SMS_OTP", challenge.Session, { USERNAME: "pia", SMS_OTP_CODE: sent.code! });
    expect(await claims(tokens)).toMatchObject({ "cognito:username": "pia" });
  });
});

describe("PREFERRED_CHALLENGE", () => {
  it("EMAIL_OTP: a code by email; a wrong code is refused, the right one signs in once", async () => {
    const challenge = await api.userAuth(web(), { USERNAME: "otto", PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(challenge).toMatchObject({ ChallengeName: "EMAIL_OTP", ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "o***@e***.com" } });
    const code = cognito.latestCode("otto")!;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    expect((await refusal(api.respond(web(), "EMAIL_OTP", challenge.Session, { USERNAME: "otto", EMAIL_OTP_CODE: wrong }))).code).toBe("CodeMismatchException");
    const tokens = await api.respond(web(), "EMAIL_OTP", challenge.Session, { USERNAME: "otto", EMAIL_OTP_CODE: code });
    expect(await claims(tokens)).toMatchObject({ "cognito:username": "otto", email: "otto@example.com" });
    expect(tokens.AuthenticationResult?.RefreshToken).toBeTruthy();
    // The code is spent: the same session and code again are refused.
    expect((await refusal(api.respond(web(), "EMAIL_OTP", challenge.Session, { USERNAME: "otto", EMAIL_OTP_CODE: code }))).code).toBe("CodeMismatchException");
    // The refresh token issued after the code works.
    const refreshed = await api.call("InitiateAuth", { AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: web(), AuthParameters: { REFRESH_TOKEN: tokens.AuthenticationResult!.RefreshToken! } });
    expect(refreshed.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("PASSWORD with PASSWORD signs in, a wrong password is Cognito's NotAuthorizedException", async () => {
    expect((await api.userAuth(web(), { USERNAME: "ana", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Correct-Horse-1!" })).AuthenticationResult?.IdToken).toBeTruthy();
    expect(await refusal(api.userAuth(web(), { USERNAME: "ana", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Correct-Horse-2!" })))
      .toEqual({ code: "NotAuthorizedException", message: "Incorrect username or password." });
  });

  it("PASSWORD_SRP with SRP_A: PASSWORD_VERIFIER at once; the right proof signs in, a wrong password is refused", async () => {
    const ephemeral = createSrpEphemeral();
    const verifier = await api.userAuth(web(), { USERNAME: "ana", PREFERRED_CHALLENGE: "PASSWORD_SRP", SRP_A: ephemeral.srpA });
    expect(verifier).toMatchObject({ ChallengeName: "PASSWORD_VERIFIER", ChallengeParameters: { USER_ID_FOR_SRP: "ana" } });
    expect((await api.passwordVerifier(web(), choice().userPoolId, ephemeral, verifier, "Correct-Horse-1!")).AuthenticationResult).toBeTruthy();
    const other = createSrpEphemeral();
    const second = await api.userAuth(web(), { USERNAME: "ana", PREFERRED_CHALLENGE: "PASSWORD_SRP", SRP_A: other.srpA });
    expect((await refusal(api.passwordVerifier(web(), choice().userPoolId, other, second, "Correct-Horse-2!"))).code).toBe("NotAuthorizedException");
  });

  it("a factor the user cannot use falls back to SELECT_CHALLENGE, as Cognito documents", async () => {
    const answer = await api.userAuth(web(), { USERNAME: "otto", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "anything" });
    expect(answer).toMatchObject({ ChallengeName: "SELECT_CHALLENGE", AvailableChallenges: ["EMAIL_OTP"] });
  });
});

describe("MFA after a password first factor, none after a code", () => {
  it("a TOTP user is asked for the authenticator code after PASSWORD, and signs in with an email code alone", async () => {
    const secret = choice().users.find((u) => u.username === "tom")!.totpSecret!;
    const mfa = await api.userAuth(web(), { USERNAME: "tom", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Tom-Password-1!" });
    expect(mfa.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    const tokens = await api.respond(web(), "SOFTWARE_TOKEN_MFA", mfa.Session, { USERNAME: "tom", SOFTWARE_TOKEN_MFA_CODE: cognito.totp(secret) });
    expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();
    const code = await api.userAuth(web(), { USERNAME: "tom", PREFERRED_CHALLENGE: "EMAIL_OTP" });
    const direct = await api.respond(web(), "EMAIL_OTP", code.Session, { USERNAME: "tom", EMAIL_OTP_CODE: cognito.latestCode("tom")! });
    expect(direct.ChallengeName).toBeUndefined();
    expect(await claims(direct)).toMatchObject({ "cognito:username": "tom" });
  });
});

describe("account states after a password factor, as USER_PASSWORD_AUTH answers them", () => {
  it("an invited user must choose a new password; an admin-reset one must reset it", async () => {
    const invited = await api.userAuth(web(), { USERNAME: "ivy", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Ivy-Temporary-1!" });
    expect(invited.ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
    const tokens = await api.respond(web(), "NEW_PASSWORD_REQUIRED", invited.Session, { USERNAME: "ivy", NEW_PASSWORD: "Ivy-Chosen-Pass-1!" });
    expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();
    expect((await refusal(api.userAuth(web(), { USERNAME: "rex", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Rex-Password-1!" }))).code).toBe("PasswordResetRequiredException");
  });
});

describe("refusals", () => {
  it("ConfirmSignUp's Session put in AuthParameters (not Cognito's shape) is named as such", async () => {
    expect((await refusal(api.userAuth(web(), { USERNAME: "ana", SESSION: "x" }))).message).toMatch(/InitiateAuth's own Session field/);
  });

  it("a disabled user, at the start and between choosing and the factor", async () => {
    const { userPoolId } = choice();
    const select = await api.userAuth(web(), { USERNAME: "pia" });
    await api.call("AdminDisableUser", { UserPoolId: userPoolId, Username: "pia" });
    try {
      expect(await refusal(api.userAuth(web(), { USERNAME: "pia" }))).toEqual({ code: "NotAuthorizedException", message: "User is disabled." });
      expect((await refusal(api.respond(web(), "SELECT_CHALLENGE", select.Session, { USERNAME: "pia", ANSWER: "EMAIL_OTP" }))).message).toBe("User is disabled.");
    } finally {
      await api.call("AdminEnableUser", { UserPoolId: userPoolId, Username: "pia" });
    }
  });

  it("USER_AUTH on a client without ALLOW_USER_AUTH", async () => {
    expect(await refusal(api.userAuth(choice().clients["srp-only"]!, { USERNAME: "ana" })))
      .toEqual({ code: "InvalidParameterException", message: "USER_AUTH flow not enabled for this client" });
  });

  it("a factor the pool's sign-in policy does not allow: not offered, not preferred, and refused when answered", async () => {
    const pool = cognito.pools["password-only"]!;
    const client = pool.clients.web!;
    const select = await api.userAuth(client, { USERNAME: "pat", PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(select).toMatchObject({ ChallengeName: "SELECT_CHALLENGE", AvailableChallenges: ["PASSWORD", "PASSWORD_SRP"] });
    const refused = await refusal(api.respond(client, "SELECT_CHALLENGE", select.Session, { USERNAME: "pat", ANSWER: "EMAIL_OTP" }));
    expect(refused.code).toBe("InvalidParameterException");
    expect(refused.message).toMatch(/EMAIL_OTP is not available.*AllowedFirstAuthFactors/);
    expect(cognito.messages.some((m) => m.username === "pat")).toBe(false);
  });

  it("a passwordless user has no password: PASSWORD is not offered and no SRP proof signs them in", async () => {
    const select = await api.userAuth(web(), { USERNAME: "otto" });
    expect((await refusal(api.respond(web(), "SELECT_CHALLENGE", select.Session, { USERNAME: "otto", ANSWER: "PASSWORD", PASSWORD: "undefined" }))).code).toBe("InvalidParameterException");
    // USER_SRP_AUTH directly: the challenge looks normal, but no password (not even "undefined") proves it.
    const ephemeral = createSrpEphemeral();
    const verifier = await api.call("InitiateAuth", { AuthFlow: "USER_SRP_AUTH", ClientId: web(), AuthParameters: { USERNAME: "otto", SRP_A: ephemeral.srpA } });
    expect(verifier.ChallengeName).toBe("PASSWORD_VERIFIER");
    for (const guess of ["undefined", ""]) {
      expect((await refusal(api.passwordVerifier(web(), choice().userPoolId, ephemeral, verifier, guess))).code).toBe("NotAuthorizedException");
    }
  });

  it("an unknown user looks like a known one (PreventUserExistenceErrors), but no code signs in; LEGACY names it", async () => {
    const select = await api.userAuth(web(), { USERNAME: "nobody" });
    expect(select.AvailableChallenges).toEqual(["EMAIL_OTP", "PASSWORD", "PASSWORD_SRP"]);
    const challenge = await api.userAuth(web(), { USERNAME: "nobody@example.com", PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(challenge).toMatchObject({ ChallengeName: "EMAIL_OTP", ChallengeParameters: { CODE_DELIVERY_DESTINATION: "n***@e***.com" } });
    expect((await refusal(api.respond(web(), "EMAIL_OTP", challenge.Session, { USERNAME: "nobody@example.com", EMAIL_OTP_CODE: "123456" }))).code).toBe("CodeMismatchException");
    expect((await refusal(api.userAuth(choice().clients["legacy-errors"]!, { USERNAME: "nobody" }))).code).toBe("UserNotFoundException");
  });

  it("a code declared expired (/_dev/expire-codes) is ExpiredCodeException, for SMS_OTP as for the other codes", async () => {
    const challenge = await api.userAuth(web(), { USERNAME: "pia", PREFERRED_CHALLENGE: "SMS_OTP" });
    const code = cognito.latestCode("pia")!;
    await fetch(`${cognito.url}/_dev/expire-codes?username=pia`);
    expect((await refusal(api.respond(web(), "SMS_OTP", challenge.Session, { USERNAME: "pia", SMS_OTP_CODE: code }))).code).toBe("ExpiredCodeException");
  });

  it("a session from another client, a forged one, or one past its 3 minutes is refused", async () => {
    const challenge = await api.userAuth(web(), { USERNAME: "otto", PREFERRED_CHALLENGE: "EMAIL_OTP" });
    const code = cognito.latestCode("otto")!;
    const other = choice().clients["legacy-errors"]!;
    expect((await refusal(api.respond(other, "EMAIL_OTP", challenge.Session, { USERNAME: "otto", EMAIL_OTP_CODE: code }))).code).toBe("NotAuthorizedException");
    expect((await refusal(api.respond(web(), "SMS_OTP", "Zm9yZ2Vk", { USERNAME: "otto", SMS_OTP_CODE: code }))).code).toBe("NotAuthorizedException");
    // A password answer needs a SELECT_CHALLENGE session of its own: none, or a code challenge's, is refused.
    expect((await refusal(api.respond(web(), "PASSWORD", undefined, { USERNAME: "ana", PASSWORD: "Correct-Horse-1!" }))).code).toBe("InvalidParameterException");
    expect((await refusal(api.respond(web(), "SELECT_CHALLENGE", challenge.Session, { USERNAME: "ana", ANSWER: "PASSWORD", PASSWORD: "Correct-Horse-1!" }))).code).toBe("NotAuthorizedException");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3 * 60_000 + 1_000 });
    expect(await refusal(api.respond(web(), "EMAIL_OTP", challenge.Session, { USERNAME: "otto", EMAIL_OTP_CODE: code })))
      .toEqual({ code: "NotAuthorizedException", message: "Invalid session for the user." });
  });
});
