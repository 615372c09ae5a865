/**
 * Password recovery in Chromium against the live local Cognito (issue 13, defects 1, 2, 6): the
 * forgot-password screen speaks the app's login mechanism and has a message of its own for an
 * unknown user; a forced reset at sign-in sends the code at once and says why.
 */
import { describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Authenticator, type AuthenticatorProps } from "../../src/ui/index";
import { call, config, freshUser, latestCode, liveAuth, requestsSince, unique } from "./live-helpers";

function app(props: Omit<AuthenticatorProps, "auth"> = {}, clientId?: string) {
  const auth = liveAuth(clientId);
  render(<Authenticator auth={auth} {...props} />);
  return auth;
}

/** An app client of the demo pool made as the API makes one without PreventUserExistenceErrors (LEGACY). */
async function legacyClient() {
  const { UserPoolClient } = await call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", {
    UserPoolId: config.userPoolId, ClientName: unique("legacy"), ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    PreventUserExistenceErrors: "LEGACY",
  });
  return UserPoolClient.ClientId;
}

describe("forgot password for an unknown user (a client without PreventUserExistenceErrors)", () => {
  it("says the password of that account cannot be reset, not 'Incorrect username or password'", async () => {
    const auth = app({}, await legacyClient());
    await userEvent.click(await screen.findByRole("button", { name: "Forgot your password?" }));
    await userEvent.type(screen.getByLabelText("Username or email"), "nobody-here{Enter}");
    // Cognito itself said so: the exception reached the page.
    await waitFor(() => expect(auth.getSnapshot()).toMatchObject({ step: "forgotPassword", error: { code: "UserNotFoundException" } }));
    expect(screen.getByRole("alert")).toHaveTextContent("We cannot reset the password of that account. Check what you entered and try again.");
    expect(screen.getByRole("alert")).not.toHaveTextContent("Incorrect username or password.");
    auth.destroy();
  });

  it("on sign-in, an unknown user still reads exactly like a wrong password", async () => {
    const auth = app({}, await legacyClient());
    await userEvent.type(await screen.findByLabelText("Username or email"), "nobody-here");
    await userEvent.type(screen.getByLabelText("Password"), "Wrong-Pass-1!{Enter}");
    expect(await screen.findByText("Incorrect username or password.")).toBeInTheDocument();
    expect(auth.getSnapshot().error?.code).toBe("UserNotFoundException");
    auth.destroy();
  });

  it("the demo client (PreventUserExistenceErrors) still answers as if a code went out", async () => {
    const auth = app();
    await userEvent.click(await screen.findByRole("button", { name: "Forgot your password?" }));
    await userEvent.type(screen.getByLabelText("Username or email"), "nobody-here{Enter}");
    expect(await screen.findByRole("heading", { name: "Choose a new password" })).toBeInTheDocument();
    auth.destroy();
  });
});

describe("the forgot-password field follows loginMechanism", () => {
  it("email: an email field (label, type, autocomplete), the address tried at sign-in kept", async () => {
    const auth = app({ loginMechanism: "email" });
    await userEvent.type(await screen.findByLabelText("Email"), "confirmed@example.com");
    await userEvent.type(screen.getByLabelText("Password"), "Wrong-Pass-1!{Enter}");
    await screen.findByText("Incorrect username or password.");
    await userEvent.click(screen.getByRole("button", { name: "Forgot your password?" }));
    expect(await screen.findByRole("heading", { name: "Reset your password" })).toBeInTheDocument();
    const field = screen.getByLabelText("Email");
    expect(field).toHaveAttribute("type", "email");
    expect(field).toHaveAttribute("autocomplete", "username");
    expect(field).toHaveValue("confirmed@example.com");
    expect(screen.queryByLabelText("Username or email")).toBeNull();
    expect(screen.queryByText(/username/i)).toBeNull();
    auth.destroy();
  });

  it("phone: a phone field, and the number goes out in E.164", async () => {
    const auth = app({ loginMechanism: "phone" });
    await userEvent.click(await screen.findByRole("button", { name: "Forgot your password?" }));
    const field = await screen.findByLabelText("Phone number");
    expect(field).toHaveAttribute("type", "tel");
    const since = Date.now();
    await userEvent.type(field, "+1 (555) 555-0101{Enter}");
    expect(await screen.findByRole("heading", { name: "Choose a new password" })).toBeInTheDocument();
    expect((await requestsSince("ForgotPassword", since)).map((b) => b.Username)).toEqual(["+15555550101"]);
    auth.destroy();
  });
});

describe("a forced password reset at sign-in (PasswordResetRequiredException)", () => {
  it("sends the code at once and shows the code and new-password screen, saying why; the new password signs in", async () => {
    const user = await freshUser();
    await call("AdminResetUserPassword", { UserPoolId: config.userPoolId, Username: user.username });
    const auth = app();
    const since = Date.now();
    await userEvent.type(await screen.findByLabelText("Username or email"), user.username);
    await userEvent.type(screen.getByLabelText("Password"), `${user.password}{Enter}`);
    expect(await screen.findByRole("heading", { name: "Choose a new password" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("You need to choose a new password before you can sign in.");
    // (The masked destination sits in its own <bdi>.)
    expect(screen.getByText((_, element) => element?.tagName === "P" && /^We sent a code to .+@.+\.$/.test(element.textContent ?? ""))).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Send code" })).toBeNull();
    expect(await requestsSince("ForgotPassword", since)).toHaveLength(1);
    const code = await latestCode(user.username, since);
    await userEvent.type(screen.getByLabelText("Code"), code);
    await userEvent.type(screen.getByLabelText("New password"), "After-Reset-2026!{Enter}");
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Password"), "After-Reset-2026!{Enter}");
    await waitFor(() => expect(auth.getSnapshot().step).toBe("signedIn"));
    auth.destroy();
  });

  it("when the code cannot go out, the reset screen asks for it, with the reason", async () => {
    const user = await freshUser();
    await call("AdminResetUserPassword", { UserPoolId: config.userPoolId, Username: user.username });
    // No verified email or phone left: Cognito cannot send a reset code.
    await call("AdminUpdateUserAttributes", { UserPoolId: config.userPoolId, Username: user.username, UserAttributes: [{ Name: "email", Value: user.email }, { Name: "email_verified", Value: "false" }] });
    const auth = app();
    await userEvent.type(await screen.findByLabelText("Username or email"), user.username);
    await userEvent.type(screen.getByLabelText("Password"), `${user.password}{Enter}`);
    expect(await screen.findByRole("heading", { name: "Reset your password" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("You need to choose a new password before you can sign in.");
    expect(screen.getByLabelText("Username or email")).toHaveValue(user.username);
    auth.destroy();
  });
});
