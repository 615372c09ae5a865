/**
 * The identifier as Cognito gets it (issue 13, defect 7), in Chromium against the live local
 * Cognito: emails lowercased and phone numbers stripped to E.164 before SignUp, sign-in and
 * ForgotPassword, by default; `normalizeUsername={false}` sends them as typed (trimmed).
 */
import { describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Authenticator, type AuthenticatorProps } from "../../src/ui/index";
import { liveAuth, requestsSince, unique } from "./live-helpers";

function app(props: Omit<AuthenticatorProps, "auth"> = {}) {
  const auth = liveAuth();
  render(<Authenticator auth={auth} {...props} />);
  return auth;
}

async function signUp(identifier: string, label: string) {
  await userEvent.click(await screen.findByRole("button", { name: "Create an account" }));
  await userEvent.type(await screen.findByLabelText(label), identifier);
  await userEvent.type(screen.getByLabelText("Password"), "Normal-Pass-2026!{Enter}");
}

describe("normalizeUsername", () => {
  it("sign-up with an email typed in capitals sends it lowercased, as username and as the email", async () => {
    const auth = app({ loginMechanism: "email" });
    const local = unique("Ana.Case").toUpperCase();
    const since = Date.now();
    await signUp(`  ${local}@Example.COM `, "Email");
    await waitFor(() => expect(auth.getSnapshot().step).toBe("confirmSignUp"));
    const [sent] = await requestsSince("SignUp", since);
    const lower = `${local.toLowerCase()}@example.com`;
    expect(sent).toMatchObject({ Username: lower, UserAttributes: [{ Name: "email", Value: lower }] });
    expect(auth.getSnapshot()).toMatchObject({ username: lower });
    auth.destroy();
  });

  it("sign-up with a formatted phone number sends E.164", async () => {
    const auth = app({ loginMechanism: "phone", signUpAttributes: [] });
    const digits = String(Date.now()).slice(-7);
    const since = Date.now();
    await signUp(`+1 (555) ${digits.slice(0, 3)}-${digits.slice(3)}`, "Phone number");
    let sent: Record<string, unknown> | undefined;
    await waitFor(async () => expect(([sent] = await requestsSince("SignUp", since))).toHaveLength(1));
    expect(sent).toMatchObject({ Username: `+1555${digits}`, UserAttributes: [{ Name: "phone_number", Value: `+1555${digits}` }] });
    auth.destroy();
  });

  it("sign-in and forgot password send the email lowercased (usernameOrEmail), and a username as typed", async () => {
    const auth = app();
    const since = Date.now();
    await userEvent.type(await screen.findByLabelText("Username or email"), "Confirmed@Example.com");
    await userEvent.type(screen.getByLabelText("Password"), "Confirmed-Pass-1!{Enter}");
    await waitFor(() => expect(auth.getSnapshot().step).toBe("signedIn"));
    expect((await requestsSince("InitiateAuth", since)).map((b) => (b.AuthParameters as { USERNAME: string }).USERNAME)).toEqual(["confirmed@example.com"]);
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    await userEvent.click(await screen.findByRole("button", { name: "Forgot your password?" }));
    const field = screen.getByLabelText("Username or email");
    await userEvent.clear(field);
    await userEvent.type(field, "Demo-Confirmed{Enter}");
    await screen.findByRole("heading", { name: "Choose a new password" });
    expect((await requestsSince("ForgotPassword", since)).map((b) => b.Username)).toEqual(["Demo-Confirmed"]);
    auth.destroy();
  });

  it("off: the identifier goes out as typed (trimmed), for pools with case-sensitive usernames", async () => {
    const auth = app({ loginMechanism: "email", normalizeUsername: false });
    const local = unique("Keep.Case");
    const since = Date.now();
    await signUp(` ${local}@Example.com `, "Email");
    await waitFor(() => expect(auth.getSnapshot().step).toBe("confirmSignUp"));
    const [sent] = await requestsSince("SignUp", since);
    expect(sent).toMatchObject({ Username: `${local}@Example.com` });
    auth.destroy();
  });
});
