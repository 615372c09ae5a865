/**
 * Each screen with Testing Library and user-event in Chromium, on the scripted transport
 * (the flows themselves are proven against the live local Cognito elsewhere).
 */
import { describe, expect, it } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  AccountSettings, Authenticator, ConfirmForgotPassword, ConfirmSignIn, ConfirmSignUp, ForgotPassword, NewPassword, SelectMfaType,
  SetupTotp, SignUp,
} from "../../src/ui/index";
import { fr } from "../../src/ui/i18n/fr";
import { prepareAuth, TEST_USER as USER, withAuth, challenge, type Script as Scenario } from "../../src/testing/index";
import type { CognitoAuth } from "../../src/index";

const signedUpDelivery = { UserConfirmed: false, CodeDeliveryDetails: { DeliveryMedium: "EMAIL", Destination: "a***@e***.com", AttributeName: "email" } };
const atSignUp = (scenario: Scenario = {}) => prepareAuth(scenario, (a) => a.navigate("signUp"));

describe("<SignUp/>", () => {
  it("asks for the attributes in the app's order and sends them; the checklist follows the password", async () => {
    const auth = await atSignUp({ operations: { SignUp: signedUpDelivery } });
    const calls: unknown[] = [];
    const signUp = auth.signUp;
    Object.assign(auth, { signUp: (input: Parameters<CognitoAuth["signUp"]>[0]) => (calls.push(input), signUp(input)) });
    render(withAuth(auth, { fields: { signUp: { password: { order: -1 } } } }, <SignUp attributes={["email", "name", "custom:company"]} />));
    await screen.findByLabelText(/Full name/); // a standard attribute's control loads on demand
    const inputs = screen.getAllByRole("textbox").map((i) => i.getAttribute("name"));
    expect(inputs).toEqual(["username", "email", "name", "custom:company"]);
    const labels = [...document.querySelectorAll("label")].map((l) => l.textContent);
    expect(labels[0]).toBe("Password");
    const password = screen.getByLabelText("Password");
    expect(password).toHaveAttribute("autocomplete", "new-password");
    const items = () => [...document.querySelectorAll("li")].map((li) => li.dataset.state);
    expect(items()).toEqual(["unmet", "unmet", "unmet", "unmet", "unmet"]);
    await userEvent.type(password, "abcdefgH1");
    expect(items()).toEqual(["met", "met", "met", "met", "unmet"]);
    await userEvent.type(password, "!");
    expect(items()).toEqual(["met", "met", "met", "met", "met"]);
    await userEvent.type(screen.getByLabelText("Username"), " ana ");
    await userEvent.type(screen.getByLabelText("Email"), "ana@example.com");
    await userEvent.type(screen.getByLabelText("Company (optional)"), "Acme");
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(calls).toEqual([{ username: "ana", password: "abcdefgH1!", attributes: { email: "ana@example.com", name: "", "custom:company": "Acme" } }]);
    await waitFor(() => expect(auth.getSnapshot().step).toBe("confirmSignUp"));
  });

  it("blocks a password that breaks the policy, with the error linked to the field", async () => {
    const auth = await atSignUp();
    render(withAuth(auth, {}, <SignUp />));
    await userEvent.type(screen.getByLabelText("Username"), "ana");
    await userEvent.type(screen.getByLabelText("Email"), "not-an-email");
    await userEvent.type(screen.getByLabelText("Password"), "short");
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(screen.getByLabelText("Email")).toHaveAccessibleDescription("Enter a valid email address.");
    expect(screen.getByLabelText("Password")).toHaveAccessibleDescription(expect.stringContaining("The password does not meet all the requirements."));
    expect(auth.getSnapshot().status).toBe("idle");
  });
});

describe("codes", () => {
  it("confirm sign-up: the resend button waits out its countdown after a code was sent", async () => {
    const auth = await prepareAuth({ operations: { SignUp: signedUpDelivery } }, async (a) => {
      a.navigate("signUp");
      await a.signUp({ username: "ana", password: "Correct-Horse-1!", attributes: { email: "ana@example.com" } });
    });
    render(withAuth(auth, {}, <ConfirmSignUp />));
    expect(screen.getByText(/^We sent a code to/)).toHaveTextContent(/^We sent a code to a\*\*\*@e\*\*\*\.com\.$/);
    const resend = screen.getByRole("button", { name: /Send a new code in \d+ s/ });
    expect(resend).toBeDisabled();
  });

  it("confirm sign-in: a pasted code with spaces is cleaned and submits itself", async () => {
    const auth = await prepareAuth({ afterPassword: challenge("SMS_MFA", { CODE_DELIVERY_DESTINATION: "+*******0101" }) }, (a) => a.signIn(USER));
    render(withAuth(auth, {}, <ConfirmSignIn />));
    const code = screen.getByLabelText("Code");
    expect(code).toHaveAttribute("inputmode", "numeric");
    expect(code).toHaveAttribute("autocomplete", "one-time-code");
    await userEvent.click(code);
    await userEvent.paste("123 456");
    await waitFor(() => expect(auth.getSnapshot().step).toBe("signedIn"));
  });

  it("forgot password: throttling disables submit with a countdown", async () => {
    const auth = await prepareAuth({ operations: { ForgotPassword: { error: "LimitExceededException", retryAfterMs: 20_000 } } }, (a) => a.navigate("forgotPassword"));
    render(withAuth(auth, {}, <ForgotPassword />));
    await userEvent.type(screen.getByLabelText("Username or email"), "ana{Enter}");
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(/^Too many attempts\. Wait a moment, then try again\.$/));
    expect(screen.getByRole("button", { name: /^Try again in (19|20) s$/ })).toBeDisabled();
  });

  it("confirm forgot password: code and new password go together", async () => {
    const auth = await prepareAuth({}, async (a) => {
      a.navigate("forgotPassword");
      await a.forgotPassword({ username: "ana" });
    });
    render(withAuth(auth, {}, <ConfirmForgotPassword />));
    await userEvent.type(screen.getByLabelText("Code"), "12345");
    await userEvent.type(screen.getByLabelText("New password"), "Brand-New-Pass-1!{Enter}");
    expect(await screen.findByText("Enter the 6-digit code.")).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Code"), "6");
    await userEvent.click(screen.getByRole("button", { name: "Reset password" }));
    await waitFor(() => expect(auth.getSnapshot().step).toBe("signIn"));
  });
});

describe("MFA screens", () => {
  it("select MFA type by keyboard", async () => {
    const auth = await prepareAuth({ afterPassword: challenge("SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }), challenges: { SELECT_MFA_TYPE: challenge("SOFTWARE_TOKEN_MFA") } }, (a) => a.signIn(USER));
    render(withAuth(auth, {}, <SelectMfaType />));
    await userEvent.click(screen.getByLabelText("Text message (SMS)"));
    await userEvent.keyboard("{ArrowDown}");
    expect(screen.getByLabelText("Authenticator app")).toBeChecked();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "TOTP" }));
  });

  it("set up TOTP: a QR image with a name, and the secret to type", async () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const auth = await prepareAuth({ afterPassword: challenge("MFA_SETUP"), operations: { AssociateSoftwareToken: { SecretCode: secret, Session: "s2" } } }, (a) => a.signIn(USER));
    render(withAuth(auth, {}, <SetupTotp />));
    const qr = await screen.findByRole("img", { name: "QR code for adding ana to an authenticator app" });
    expect(qr.querySelector("path")?.getAttribute("d")?.length).toBeGreaterThan(500);
    expect(screen.getByTestId("totp-secret").textContent?.replace(/\s/g, "")).toBe(secret);
  });

  it("new password with an attribute the pool requires", async () => {
    const auth = await prepareAuth({ afterPassword: challenge("NEW_PASSWORD_REQUIRED", { userAttributes: '{"email":"ana@example.com"}', requiredAttributes: '["userAttributes.name"]' }) }, (a) => a.signIn(USER));
    const sent: unknown[] = [];
    const complete = auth.completeNewPassword;
    Object.assign(auth, { completeNewPassword: (input: Parameters<CognitoAuth["completeNewPassword"]>[0]) => (sent.push(input), complete(input)) });
    render(withAuth(auth, {}, <NewPassword />));
    await userEvent.type(screen.getByLabelText("New password"), "Fresh-Start-2026!");
    await userEvent.type(screen.getByLabelText("Full name"), "Ana Example{Enter}");
    expect(sent).toEqual([{ password: "Fresh-Start-2026!", attributes: { name: "Ana Example" } }]);
  });
});

describe("account settings", () => {
  const profile = { Username: "ana", UserAttributes: [{ Name: "email", Value: "ana@example.com" }, { Name: "email_verified", Value: "false" }, { Name: "name", Value: "Ana" }], UserMFASettingList: [] };

  it("loads the profile once, saves a change, verifies the email with a code", async () => {
    const auth = await prepareAuth({ operations: { GetUser: profile, GetUserAttributeVerificationCode: { CodeDeliveryDetails: { DeliveryMedium: "EMAIL", Destination: "a***@e***.com", AttributeName: "email" } } } }, (a) => a.signIn(USER));
    render(withAuth(auth, {}, <AccountSettings />));
    const profileCard = (await screen.findByRole("heading", { name: "Profile" })).closest("section")!;
    const name = within(profileCard).getByLabelText(/Full name/);
    expect(name).toHaveValue("Ana");
    await userEvent.clear(name);
    await userEvent.type(name, "Ana Example");
    await userEvent.click(within(profileCard).getByRole("button", { name: "Save changes" }));
    expect(await within(profileCard).findByText("Saved.")).toBeInTheDocument();
    await userEvent.click(within(profileCard).getByRole("button", { name: "Verify Email" }));
    await userEvent.type(await within(profileCard).findByLabelText("Code for Email"), "123456");
    await waitFor(() => expect(within(profileCard).queryByLabelText("Code for Email")).toBeNull());
  });

  it("change password: a wrong current password has its own message", async () => {
    const auth = await prepareAuth({ operations: { GetUser: profile, ChangePassword: { error: "NotAuthorizedException" } } }, (a) => a.signIn(USER));
    render(withAuth(auth, {}, <AccountSettings />));
    const card = (await screen.findByRole("heading", { name: "Change password" })).closest("section")!;
    await userEvent.type(within(card).getByLabelText("Current password"), "Old-Pass-1!");
    await userEvent.type(within(card).getByLabelText("New password"), "Next-Pass-2026!{Enter}");
    expect(await within(card).findByText("Your current password is not right.")).toBeInTheDocument();
    expect(auth.getSnapshot().step).toBe("signedIn");
  });
});

describe("theming and CSP", () => {
  it("no element has an inline style attribute, in any step", async () => {
    for (const scenario of [{}, { afterPassword: challenge("MFA_SETUP"), operations: { AssociateSoftwareToken: { SecretCode: "JBSWY3DPEHPK3PXP" } } }]) {
      const auth = await prepareAuth(scenario, (a) => a.signIn(USER));
      const { container, unmount } = render(<Authenticator auth={auth}>{() => <AccountSettings />}</Authenticator>);
      await new Promise((r) => setTimeout(r, 100));
      expect(container.querySelectorAll("[style]")).toHaveLength(0);
      unmount();
    }
  });

  it("unstyled mode leaves only the app's class names", async () => {
    const auth = await prepareAuth({});
    const { container } = render(<Authenticator auth={auth} unstyled classNames={{ button: "btn" }} />);
    expect(container.querySelector("[class*='crk-']")).toBeNull();
    expect(screen.getByRole("button", { name: "Sign in" })).toHaveClass("btn");
  });

  it("speaks the chosen language, and app overrides win", async () => {
    const auth = await prepareAuth({});
    render(<Authenticator auth={auth} language={fr} messages={{ "signIn.submit": "Entrer" }} />);
    expect(screen.getByRole("heading", { name: fr["signIn.title"] })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Entrer" })).toBeInTheDocument();
  });
});

describe("account settings requests", () => {
  it("opening the account screen sends one GetUser for all its sections", async () => {
    const profile = { Username: "ana", UserAttributes: [{ Name: "email", Value: "ana@example.com" }], UserMFASettingList: [] };
    const auth = await prepareAuth({ operations: { GetUser: profile } }, (a) => a.signIn(USER));
    const sent: string[] = [];
    const { accountOf } = await import("../../src/index");
    const account = accountOf(auth);
    const getUser = account.getUser;
    Object.assign(account, { getUser: () => (sent.push("GetUser"), getUser()) });
    render(withAuth(auth, {}, <AccountSettings />));
    await screen.findByRole("heading", { name: "Two-step verification" });
    await screen.findByRole("radio", { name: "Off" });
    expect(sent).toEqual(["GetUser"]);
  });
});
