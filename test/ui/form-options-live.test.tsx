/**
 * The form options in Chromium against the run's local Cognito (SRP, real HTTP), through the UI
 * only: the app's own sign-up fields (a `custom:` attribute the pool declares, a terms box), the
 * password confirmation (sign-up, then changing the password in the account settings), and phone
 * numbers with a country picker (sign-up and sign-in by phone, the profile's phone number). What
 * Cognito received is read back from its request log and the stored user.
 */
import { describe, expect, inject, it } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as z from "zod/mini";
import { createCognitoAuth, memoryStorage } from "../../src/index";
import { AccountSettings, Authenticator, confirmPassword, customFields, phoneNumbers, type AuthenticatorProps } from "../../src/ui/index";

const config = inject("cognito");

function app(props: Omit<AuthenticatorProps, "auth">) {
  const auth = createCognitoAuth({
    userPoolId: config.userPoolId, userPoolClientId: config.userPoolClientId, endpoint: config.endpoint, storage: memoryStorage(),
  });
  render(<Authenticator auth={auth} {...props}>{() => <AccountSettings attributes={["phone_number"]} />}</Authenticator>);
  return auth;
}

/** The requests Cognito received since `since`, by operation, with their bodies. */
async function received(since: number, operation: string): Promise<Record<string, unknown>[]> {
  const { requests } = (await (await fetch(`${config.endpoint}/_dev/requests?since=${since}`)).json()) as { requests: { target: string | null; body: string }[] };
  return requests.filter((r) => r.target === operation).map((r) => JSON.parse(r.body) as Record<string, unknown>);
}

async function codeSentTo(username: string, since: number): Promise<string> {
  let code = "";
  await waitFor(async () => {
    const { messages } = (await (await fetch(`${config.endpoint}/_dev/messages?username=${encodeURIComponent(username)}`)).json()) as { messages: { at: number; code: string | null }[] };
    code = messages.filter((m) => m.at >= since && m.code).at(-1)?.code ?? "";
    expect(code).toMatch(/^\d{6}$/);
  }, { timeout: 5_000 });
  return code;
}

/** The user as Cognito stores it (AdminGetUser), attributes by name. */
const storedAttributes = async (username: string) => {
  const response = await fetch(config.endpoint, {
    method: "POST",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AWSCognitoIdentityProviderService.AdminGetUser" },
    body: JSON.stringify({ UserPoolId: config.userPoolId, Username: username }),
  });
  const { UserAttributes } = (await response.json()) as { UserAttributes: { Name: string; Value: string }[] };
  return Object.fromEntries(UserAttributes.map((a) => [a.Name, a.Value]));
};

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = "Options-Pass-1!";

async function openSignUp() {
  await userEvent.click(await screen.findByRole("button", { name: "Create an account" }));
  await screen.findByRole("heading", { name: "Create an account" });
}

describe("live: form options against the local Cognito", () => {
  it("custom sign-up fields: invalid until the app's rules pass; custom:company stored, the terms box never sent", async () => {
    const auth = app({
      formOptions: [customFields("signUp", [
        { name: "custom:company", label: "Company", schema: z.string().check(z.regex(/^[A-Z]/, "Start with a capital letter.")) },
        { type: "checkbox", name: "terms", label: <>I accept the <a href="/terms">terms</a></> },
      ])],
    });
    const username = unique("custom");
    await openSignUp();
    await userEvent.type(screen.getByLabelText("Username"), username);
    await userEvent.type(screen.getByLabelText("Email"), `${username}@example.com`);
    await userEvent.type(screen.getByLabelText("Password"), PASSWORD);
    await userEvent.type(screen.getByLabelText("Company"), "acme");
    const since = Date.now();
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    const company = screen.getByLabelText("Company");
    await waitFor(() => expect(company).toHaveAttribute("aria-invalid", "true"));
    expect(company).toHaveAccessibleDescription("Start with a capital letter.");
    const terms = screen.getByRole("checkbox", { name: "I accept the terms" });
    expect(terms).toHaveAttribute("aria-invalid", "true");
    expect(terms).toHaveAccessibleDescription("Check this box to continue.");
    expect(await received(since, "SignUp")).toEqual([]);

    await userEvent.clear(company);
    await userEvent.type(company, "Acme");
    await userEvent.click(terms);
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByRole("heading", { name: "Confirm your account" })).toBeInTheDocument();
    const [sent] = await received(since, "SignUp");
    expect(sent?.UserAttributes).toEqual([{ Name: "email", Value: `${username}@example.com` }, { Name: "custom:company", Value: "Acme" }]);
    expect(await storedAttributes(username)).toMatchObject({ "custom:company": "Acme", email: `${username}@example.com` });
    auth.destroy();
  });

  it("confirm password: 'Passwords must match' on the confirmation, never sent — at sign-up and when changing it", async () => {
    const auth = app({ formOptions: [confirmPassword()] });
    const username = unique("confirm");
    await openSignUp();
    await userEvent.type(screen.getByLabelText("Username"), username);
    await userEvent.type(screen.getByLabelText("Email"), `${username}@example.com`);
    await userEvent.type(screen.getByLabelText("Password"), PASSWORD);
    await userEvent.type(screen.getByLabelText("Confirm password"), `${PASSWORD}x`);
    const since = Date.now();
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    const confirmation = screen.getByLabelText("Confirm password");
    await waitFor(() => expect(confirmation).toHaveAttribute("aria-invalid", "true"));
    expect(confirmation).toHaveAccessibleDescription("Passwords must match.");
    expect(confirmation).toHaveFocus();
    expect(await received(since, "SignUp")).toEqual([]);

    await userEvent.clear(confirmation);
    await userEvent.type(confirmation, PASSWORD);
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByRole("heading", { name: "Confirm your account" });
    const [sent] = await received(since, "SignUp");
    expect(sent?.UserAttributes).toEqual([{ Name: "email", Value: `${username}@example.com` }]);
    expect(JSON.stringify(sent).split(PASSWORD)).toHaveLength(2); // the password once, no confirmation beside it

    await userEvent.type(screen.getByLabelText("Code"), await codeSentTo(username, since));
    await userEvent.type(await screen.findByLabelText("Password"), `${PASSWORD}{Enter}`);
    const card = within(await screen.findByRole("region", { name: "Change password" }));
    const next = "Changed-Pass-2!";
    await userEvent.type(card.getByLabelText("Current password"), PASSWORD);
    await userEvent.type(card.getByLabelText("New password"), next);
    await userEvent.type(card.getByLabelText("Confirm password"), "Changed-Pass-3!");
    const changing = Date.now();
    await userEvent.click(card.getByRole("button", { name: "Change password" }));
    await waitFor(() => expect(card.getByLabelText("Confirm password")).toHaveAccessibleDescription("Passwords must match."));
    expect(await received(changing, "ChangePassword")).toEqual([]);
    await userEvent.clear(card.getByLabelText("Confirm password"));
    await userEvent.type(card.getByLabelText("Confirm password"), next);
    await userEvent.click(card.getByRole("button", { name: "Change password" }));
    expect(await card.findByText("Your password was changed.")).toBeInTheDocument();
    expect(Object.keys((await received(changing, "ChangePassword"))[0] ?? {}).sort()).toEqual(["AccessToken", "PreviousPassword", "ProposedPassword"]);

    // The new password is the one Cognito keeps.
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    await userEvent.type(await screen.findByLabelText("Username or email"), username);
    await userEvent.type(screen.getByLabelText("Password"), `${next}{Enter}`);
    expect(await screen.findByRole("region", { name: "Change password" })).toBeInTheDocument();
    auth.destroy();
  }, 60_000);

  it("phone numbers: sign up and sign in by phone with the country picker (E.164 sent, a pasted +number picks its country), then the profile's phone", async () => {
    const auth = app({ loginMechanism: "phone", formOptions: [phoneNumbers({ defaultCountry: "FR" })] });
    const national = `06 ${String(Math.floor(Math.random() * 1e8)).padStart(8, "0").replace(/(\d\d)(?=\d)/g, "$1 ")}`;
    const e164 = `+33${national.replace(/\D/g, "").slice(1)}`;
    await openSignUp();
    const group = screen.getByRole("group", { name: "Phone number" });
    expect(within(group).getByRole("combobox", { name: "Country or region" })).toHaveDisplayValue("France (+33)");
    await userEvent.type(within(group).getByLabelText("Phone number"), national);
    await userEvent.type(screen.getByLabelText("Email"), `${e164.slice(1)}@example.com`);
    await userEvent.type(screen.getByLabelText("Password"), PASSWORD);
    const since = Date.now();
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByRole("heading", { name: "Confirm your account" });
    const [sent] = await received(since, "SignUp");
    expect(sent).toMatchObject({ Username: e164, UserAttributes: [{ Name: "phone_number", Value: e164 }, { Name: "email", Value: `${e164.slice(1)}@example.com` }] });

    await userEvent.type(screen.getByLabelText("Code"), await codeSentTo(e164, since));
    await screen.findByRole("heading", { name: "Sign in" });
    // Signing in by phone: another country chosen, then the whole number pasted over what is there.
    const signIn = within(screen.getByRole("group", { name: "Phone number" }));
    await userEvent.selectOptions(signIn.getByRole("combobox", { name: "Country or region" }), "BE");
    const number = signIn.getByLabelText("Phone number");
    expect(number).toHaveValue(e164.slice(3)); // the number just confirmed, now under Belgium
    await userEvent.click(number);
    await userEvent.paste(`+33 ${national.slice(1)}`);
    expect(signIn.getByRole("combobox", { name: "Country or region" })).toHaveDisplayValue("France (+33)");
    const signingIn = Date.now();
    await userEvent.type(screen.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    const profile = within(await screen.findByRole("region", { name: "Profile" }));
    expect((await received(signingIn, "InitiateAuth"))[0]).toMatchObject({ AuthFlow: "USER_SRP_AUTH", AuthParameters: { USERNAME: e164 } });

    // The profile shows the stored number in its country, and saves another as E.164.
    const phone = within(profile.getByRole("group", { name: /^Phone number/ }));
    await waitFor(() => expect(phone.getByRole("combobox", { name: "Country or region" })).toHaveDisplayValue("France (+33)"));
    expect(phone.getByLabelText(/^Phone number/)).toHaveValue(e164.slice(3));
    await userEvent.selectOptions(phone.getByRole("combobox", { name: "Country or region" }), "BE");
    await userEvent.clear(phone.getByLabelText(/^Phone number/));
    await userEvent.type(phone.getByLabelText(/^Phone number/), "0470 12 34 56");
    await userEvent.click(profile.getByRole("button", { name: "Save changes" }));
    await waitFor(async () => expect((await storedAttributes(e164)).phone_number).toBe("+32470123456"));
    auth.destroy();
  }, 60_000);
});
