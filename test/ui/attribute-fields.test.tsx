/**
 * Sign-up and new-password fields in Chromium (issue 13, defects 3, 4, 5): the identifier that
 * is the username autocompletes as one; every standard OIDC attribute has its control, its
 * autocomplete token and a format check; a field left with a value that breaks a rule is marked
 * invalid at once (before any submit). Sign-ups go to the live local Cognito.
 */
import { describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NewPassword, SignUp } from "../../src/ui/index";
import { challenge, prepareAuth, TEST_USER as USER, withAuth } from "../../src/testing/index";
import { call, config, liveAuth, requestsSince, unique } from "./live-helpers";

async function liveSignUp(props: Parameters<typeof SignUp>[0]) {
  const auth = liveAuth();
  await waitFor(() => expect(auth.getSnapshot().step).toBe("signIn"));
  auth.navigate("signUp");
  render(withAuth(auth, {}, <SignUp {...props} />));
  return auth;
}

const CONTROLS: Record<string, { type: string; autocomplete: string }> = {
  name: { type: "text", autocomplete: "name" },
  given_name: { type: "text", autocomplete: "given-name" },
  family_name: { type: "text", autocomplete: "family-name" },
  middle_name: { type: "text", autocomplete: "additional-name" },
  nickname: { type: "text", autocomplete: "nickname" },
  preferred_username: { type: "text", autocomplete: "nickname" },
  profile: { type: "url", autocomplete: "url" },
  picture: { type: "url", autocomplete: "photo" },
  website: { type: "url", autocomplete: "url" },
  email: { type: "email", autocomplete: "email" },
  gender: { type: "text", autocomplete: "sex" },
  birthdate: { type: "date", autocomplete: "bday" },
  zoneinfo: { type: "text", autocomplete: "on" },
  locale: { type: "text", autocomplete: "language" },
  phone_number: { type: "tel", autocomplete: "tel" },
  address: { type: "text", autocomplete: "street-address" },
};

describe("sign-up: the identifier that is the username", () => {
  it.each([["email", "Email"], ["phone", "Phone number"]] as const)("%s: autocomplete=username, so password managers store it as the login", async (mechanism, label) => {
    const auth = await liveSignUp({ loginMechanism: mechanism, attributes: mechanism === "phone" ? ["email"] : [] });
    expect(screen.getByLabelText(label)).toHaveAttribute("autocomplete", "username");
    // Another contact attribute on the form keeps its own token.
    if (mechanism === "phone") expect(screen.getByLabelText("Email")).toHaveAttribute("autocomplete", "email");
    auth.destroy();
  });
});

describe("standard attributes", () => {
  it("each OIDC attribute the user may set has its control and autocomplete token (updated_at is not one of them)", async () => {
    const auth = await liveSignUp({ loginMechanism: "username", attributes: Object.keys(CONTROLS) });
    await screen.findByLabelText(/Date of birth/); // the standard attributes' controls load on demand
    for (const [name, { type, autocomplete }] of Object.entries(CONTROLS)) {
      const input = document.querySelector(`input[name="${name}"]`);
      expect(input, name).toHaveAttribute("type", type);
      expect(input, name).toHaveAttribute("autocomplete", autocomplete);
    }
    auth.destroy();
  });

  it("refuses values in the wrong format, each with an example of the right one, before any request", async () => {
    const auth = await liveSignUp({ loginMechanism: "username", attributes: ["email", "website", "picture", "zoneinfo", "locale"] });
    const since = Date.now();
    await userEvent.type(await screen.findByLabelText("Username"), unique("fmt"));
    await userEvent.type(screen.getByLabelText("Email"), "fmt@example.com");
    await userEvent.type(screen.getByLabelText(/Website/), "example.com");
    await userEvent.type(screen.getByLabelText(/Picture URL/), "javascript:alert(1)");
    await userEvent.type(screen.getByLabelText(/Time zone/), "Paris");
    await userEvent.type(screen.getByLabelText(/Locale/), "english please");
    await userEvent.type(screen.getByLabelText("Password"), "Fmt-Pass-2026!{Enter}");
    expect(screen.getByLabelText(/Website/)).toHaveAccessibleDescription("Use this format: https://example.com");
    expect(screen.getByLabelText(/Picture URL/)).toHaveAccessibleDescription("Use this format: https://example.com");
    expect(screen.getByLabelText(/Time zone/)).toHaveAccessibleDescription("Use this format: Europe/Paris");
    expect(screen.getByLabelText(/Locale/)).toHaveAccessibleDescription("Use this format: en-US");
    expect(await requestsSince("SignUp", since)).toEqual([]);
    auth.destroy();
  });

  it("a birthdate picked in the date control reaches Cognito as YYYY-MM-DD, with the other formats accepted", async () => {
    const auth = await liveSignUp({ loginMechanism: "username", attributes: ["email", "birthdate", "website", "zoneinfo", "locale"] });
    const username = unique("bday");
    const since = Date.now();
    await userEvent.type(await screen.findByLabelText("Username"), username);
    await userEvent.type(screen.getByLabelText("Email"), `${username}@example.com`);
    const birthdate = screen.getByLabelText(/Date of birth/);
    await userEvent.type(birthdate, "31/12/1990");
    expect(birthdate).not.toHaveValue("31/12/1990"); // a date control, not a text box: no day-first text gets through
    await userEvent.clear(birthdate);
    await userEvent.type(birthdate, "1990-12-31");
    expect(birthdate).toHaveValue("1990-12-31");
    await userEvent.type(screen.getByLabelText(/Website/), "https://ana.example.com");
    await userEvent.type(screen.getByLabelText(/Time zone/), "Europe/Paris");
    await userEvent.type(screen.getByLabelText(/Locale/), "fr-FR");
    await userEvent.type(screen.getByLabelText("Password"), "Bday-Pass-2026!{Enter}");
    await waitFor(() => expect(auth.getSnapshot().step).toBe("confirmSignUp"));
    const [sent] = await requestsSince("SignUp", since);
    expect(JSON.stringify(sent)).not.toContain("31/12/1990");
    expect(sent?.UserAttributes).toEqual(expect.arrayContaining([
      { Name: "birthdate", Value: "1990-12-31" }, { Name: "website", Value: "https://ana.example.com" },
      { Name: "zoneinfo", Value: "Europe/Paris" }, { Name: "locale", Value: "fr-FR" },
    ]));
    const user = await call<{ UserAttributes: { Name: string; Value: string }[] }>("AdminGetUser", { UserPoolId: config.userPoolId, Username: username });
    expect(user.UserAttributes).toContainEqual({ Name: "birthdate", Value: "1990-12-31" });
    auth.destroy();
  });

  it("the new-password screen gives required attributes the same controls and checks", async () => {
    const auth = await prepareAuth({
      afterPassword: challenge("NEW_PASSWORD_REQUIRED", {
        requiredAttributes: JSON.stringify(["userAttributes.birthdate", "userAttributes.website", "userAttributes.given_name"]),
        // A birthdate stored day-first by some earlier system: refused, not sent back as is.
        userAttributes: JSON.stringify({ email: "ana@example.com", birthdate: "31/12/1990" }),
      }),
    }, (a) => a.signIn(USER));
    render(withAuth(auth, {}, <NewPassword />));
    expect(await screen.findByLabelText("Date of birth")).toHaveAttribute("type", "date");
    expect(screen.getByLabelText("Website")).toHaveAttribute("type", "url");
    expect(screen.getByLabelText("First name")).toHaveAttribute("autocomplete", "given-name");
    await userEvent.type(screen.getByLabelText("Website"), "www.example.com");
    await userEvent.tab();
    expect(screen.getByLabelText("Website")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Website")).toHaveAccessibleDescription("Use this format: https://example.com");
    await userEvent.type(screen.getByLabelText("New password"), "Correct-Horse-2!{Enter}");
    expect(screen.getByLabelText("Date of birth")).toHaveAccessibleDescription("Use this format: 1990-12-31");
    expect(auth.getSnapshot()).toMatchObject({ step: "newPasswordRequired", status: "idle" });
  });
});

describe("a field left with a value that breaks a rule is invalid at once", () => {
  it("the new password: aria-invalid and the reason when leaving it, cleared as soon as it is fixed", async () => {
    const auth = await liveSignUp({ loginMechanism: "email", attributes: [] });
    const password = screen.getByLabelText("Password");
    await userEvent.type(password, "short");
    expect(password).not.toHaveAttribute("aria-invalid");
    await userEvent.tab();
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(password).toHaveAccessibleDescription(expect.stringContaining("The password does not meet all the requirements."));
    await userEvent.type(password, "-Enough-2026!");
    await waitFor(() => expect(password).not.toHaveAttribute("aria-invalid"));
    auth.destroy();
  });

  it("an email left malformed is invalid on leaving it; fields merely tabbed through stay quiet", async () => {
    const auth = await liveSignUp({ loginMechanism: "email", attributes: ["name"] });
    await userEvent.click(screen.getByLabelText("Email"));
    await userEvent.tab(); // empty: no error for a field only passed through
    expect(screen.getByLabelText("Email")).not.toHaveAttribute("aria-invalid");
    await userEvent.type(screen.getByLabelText("Email"), "ana@");
    await userEvent.tab();
    expect(screen.getByLabelText("Email")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Email")).toHaveAccessibleDescription("Enter a valid email address.");
    auth.destroy();
  });
});
