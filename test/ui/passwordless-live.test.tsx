/**
 * Choice-based sign-in in Chromium against this run's local Cognito (real HTTP, its USER_AUTH,
 * SELECT_CHALLENGE, codes and Sessions), through `<Authenticator>` and the passwordless screens
 * only: email and SMS codes as the first factor, the choice, a password by SRP (no password on the
 * wire), passwordless sign-up signed in by its confirmation, email MFA set-up, and a pool that
 * does not allow codes.
 */
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createCognitoAuth, memoryStorage } from "../../src/index";
import { Authenticator } from "../../src/ui/index";
import { choiceSignIn } from "../../src/ui/passwordless/index";
import type { SignInMethod } from "../../src/passwordless/index";
import { call, config, requestsSince, unique } from "./live-helpers";

type Pool = { userPoolId: string; userPoolClientId: string };
const passwordless = () => config.passwordlessPool;
const emailMfa = () => config.emailMfaRequiredPool;
const seeded = (scenario: string) => [...passwordless().users, ...emailMfa().users].find((u) => u.scenario === scenario)!;

function app(pool: Pool, methods: SignInMethod[], options: { preferred?: SignInMethod; initialScreen?: "signUp" } = {}) {
  const auth = createCognitoAuth({
    userPoolId: pool.userPoolId, userPoolClientId: pool.userPoolClientId, endpoint: config.endpoint, storage: memoryStorage(),
    addOns: [choiceSignIn({ methods, ...(options.preferred ? { preferred: options.preferred } : {}) })],
  });
  render(<Authenticator auth={auth} initialScreen={options.initialScreen} />);
  return auth;
}

/** The newest code sent to `username` (by `medium`) since `since`, as the person reads it. */
async function codeFor(username: string, since: number, medium?: "EMAIL" | "SMS"): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    const { messages } = (await (await fetch(`${config.endpoint}/_dev/messages?username=${encodeURIComponent(username)}`)).json()) as { messages: { at: number; code: string | null; medium?: string }[] };
    const code = messages.filter((m) => m.at >= since && m.code && (!medium || m.medium === medium)).at(-1)?.code;
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no code for ${username}`);
}

async function username(value: string) {
  await userEvent.type(await screen.findByLabelText("Username or email"), `${value}{Enter}`);
}

describe("live: choice-based sign-in against the local Cognito", () => {
  it("an email code as the only factor: username, the choice, the emailed code — signed in, no password anywhere", async () => {
    const user = seeded("otpEmailOnly");
    const since = Date.now();
    const auth = app(passwordless(), ["EMAIL_OTP", "SMS_OTP", "PASSWORD"]);
    await username(user.username);
    // A user with only an email: one way, named on the button.
    await userEvent.click(await screen.findByRole("button", { name: "Email me a code" }));
    expect(await screen.findByText(/^Enter the code we emailed to/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Code"), await codeFor(user.username, since, "EMAIL"));
    expect(await screen.findByText(`Signed in as ${user.email}`)).toBeInTheDocument();
    const initiates = await requestsSince("InitiateAuth", since);
    expect(initiates.map((r) => r.AuthFlow)).toEqual(["USER_AUTH"]);
    expect((await requestsSince("RespondToAuthChallenge", since)).map((r) => r.ChallengeName)).toEqual(["SELECT_CHALLENGE", "EMAIL_OTP"]);
    auth.destroy();
  });

  it("an SMS code asked for at once (preferred): PREFERRED_CHALLENGE SMS_OTP, the texted code pasted with a space", async () => {
    const user = seeded("otpPhone");
    const since = Date.now();
    const auth = app(passwordless(), ["SMS_OTP", "EMAIL_OTP"], { preferred: "SMS_OTP" });
    await username(user.username);
    expect(await screen.findByText(/^Enter the code we texted to/)).toHaveTextContent(/^Enter the code we texted to \+\*+0104\.$/);
    const code = await codeFor(user.username, since, "SMS");
    await userEvent.click(screen.getByLabelText("Code"));
    await userEvent.paste(`${code.slice(0, 3)} ${code.slice(3)}`);
    expect(await screen.findByText(`Signed in as ${user.email}`)).toBeInTheDocument();
    expect((await requestsSince("InitiateAuth", since))[0]!.AuthParameters).toEqual({ USERNAME: user.username, PREFERRED_CHALLENGE: "SMS_OTP" });
    auth.destroy();
  });

  it("the choice lists what the account has AND the app offers; a password goes by SRP — never on the wire", async () => {
    const user = seeded("choice");
    const since = Date.now();
    const auth = app(passwordless(), ["SMS_OTP", "EMAIL_OTP", "PASSWORD"]);
    await username(user.username);
    expect(await screen.findByRole("heading", { name: "Choose how to sign in" })).toBeInTheDocument();
    // No phone on file: no SMS. In the app's order.
    expect(screen.getAllByRole("radio").map((r) => r.closest("label")!.textContent!.trim())).toEqual(["Email me a code", "Use my password"]);
    await userEvent.click(screen.getByLabelText("Use my password"));
    await userEvent.type(screen.getByLabelText("Password"), `${user.password!}{Enter}`);
    expect(await screen.findByText(`Signed in as ${user.email}`)).toBeInTheDocument();
    const responds = await requestsSince("RespondToAuthChallenge", since);
    expect(responds.map((r) => r.ChallengeName)).toEqual(["SELECT_CHALLENGE", "PASSWORD_VERIFIER"]);
    expect(responds[0]!.ChallengeResponses).toMatchObject({ ANSWER: "PASSWORD_SRP", SRP_A: expect.stringMatching(/^[0-9a-f]+$/) });
    const wire = JSON.stringify([...(await requestsSince("InitiateAuth", since)), ...responds]);
    expect(wire).not.toContain(user.password!);
    expect(wire).not.toContain('"PASSWORD":');
    auth.destroy();
  });

  it("passwordless sign-up: an email, its code — and signed in at once with ConfirmSignUp's Session (no password kept or sent)", async () => {
    const email = `${unique("pl")}@example.com`;
    const since = Date.now();
    const auth = app(passwordless(), ["EMAIL_OTP"], { initialScreen: "signUp" });
    expect(await screen.findByText("No password needed: we will send you a code to confirm your account.")).toBeInTheDocument();
    expect(screen.queryByLabelText(/password/i)).toBeNull();
    await userEvent.type(screen.getByLabelText("Email"), `${email}{Enter}`);
    expect(await screen.findByRole("heading", { name: "Confirm your account" })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Code"), await codeFor(email, since));
    expect(await screen.findByText(`Signed in as ${email}`)).toBeInTheDocument();
    const [signUp] = await requestsSince("SignUp", since);
    expect(signUp).not.toHaveProperty("Password");
    expect(await requestsSince("ConfirmSignUp", since)).toHaveLength(1);
    const initiates = await requestsSince("InitiateAuth", since);
    expect(initiates).toHaveLength(1);
    expect(initiates[0]).toMatchObject({ AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: email }, Session: expect.any(String) });
    expect(await requestsSince("RespondToAuthChallenge", since)).toEqual([]);
    auth.destroy();
  });

  it("email MFA set-up: the pool requires MFA and offers email — choose it, give the address, enter its code", async () => {
    const name = unique("mfa");
    const password = "Email-Mfa-Pass-1!";
    await call("AdminCreateUser", {
      UserPoolId: emailMfa().userPoolId, Username: name, MessageAction: "SUPPRESS", TemporaryPassword: password,
      UserAttributes: [{ Name: "email", Value: `${name}@example.com` }, { Name: "email_verified", Value: "true" }],
    });
    await call("AdminSetUserPassword", { UserPoolId: emailMfa().userPoolId, Username: name, Password: password, Permanent: true });
    const since = Date.now();
    const auth = app(emailMfa(), ["PASSWORD"]);
    await username(name);
    await userEvent.type(await screen.findByLabelText("Password"), `${password}{Enter}`);
    expect(await screen.findByRole("heading", { name: "Set up two-step verification" })).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText("Email"));
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    const address = `${name}.codes@example.com`;
    await userEvent.type(await screen.findByLabelText("Email"), `${address}{Enter}`);
    expect(await screen.findByText(/^Enter the code we emailed to/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Code"), await codeFor(name, since, "EMAIL"));
    expect(await screen.findByText(/^Signed in as /)).toBeInTheDocument();
    const setup = (await requestsSince("RespondToAuthChallenge", since)).filter((r) => r.ChallengeName === "MFA_SETUP");
    expect(setup.map((r) => r.ChallengeResponses)).toEqual([{ USERNAME: expect.any(String), EMAIL: address }]);
    expect(await requestsSince("AssociateSoftwareToken", since)).toEqual([]);
    auth.destroy();
  });

  it("a pool that does not allow codes: the app's email-code-only sign-in says so", async () => {
    const user = seeded("emailMfaSetup");
    const auth = app(emailMfa(), ["EMAIL_OTP"]);
    await username(user.username);
    expect(await screen.findByText("This account cannot sign in any of the ways this app offers. Contact support.")).toHaveAttribute("role", "alert");
    auth.destroy();
  });

  it("an app client without USER_AUTH: Cognito refuses the flow (InvalidParameterException), said as not available", async () => {
    const other = app({ userPoolId: config.userPoolId, userPoolClientId: config.userPoolClientId }, ["EMAIL_OTP", "PASSWORD"]);
    await username(config.users[0]!.username);
    expect(await screen.findByText("That way of signing in is not available for this account. Choose another.")).toHaveAttribute("role", "alert");
    expect(other.getSnapshot()).toMatchObject({ step: "signIn", error: { code: "InvalidParameterException" } });
    other.destroy();
  });
});
