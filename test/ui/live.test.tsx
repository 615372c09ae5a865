/**
 * The drop-in <Authenticator> in Chromium against the live local Cognito (SRP, real HTTP):
 * a person's main paths, through the UI only.
 */
import { describe, expect, inject, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createCognitoAuth, memoryStorage } from "../../src/index";
import { Authenticator } from "../../src/ui/index";

const config = inject("cognito");
const user = (scenario: string) => config.users.find((u) => u.scenario === scenario)!;

function app() {
  const auth = createCognitoAuth({
    userPoolId: config.userPoolId, userPoolClientId: config.userPoolClientId, endpoint: config.endpoint, storage: memoryStorage(),
  });
  render(<Authenticator auth={auth} />);
  return auth;
}

async function signIn(username: string, password: string) {
  await userEvent.type(await screen.findByLabelText("Username or email"), username);
  await userEvent.type(screen.getByLabelText("Password"), `${password}{Enter}`);
}

describe("live: <Authenticator> against the local Cognito", () => {
  it("signs in with SRP and signs out", async () => {
    const auth = app();
    const confirmed = user("confirmed");
    await signIn(confirmed.email, confirmed.password);
    expect(await screen.findByText(`Signed in as ${confirmed.email}`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    auth.destroy();
  });

  it("shows a wrong password and keeps the username", async () => {
    const auth = app();
    await signIn(user("confirmed").username, "Wrong-Pass-1!");
    expect(await screen.findByText("Incorrect username or password.")).toBeInTheDocument();
    expect(screen.getByLabelText("Username or email")).toHaveValue(user("confirmed").username);
    expect(screen.getByLabelText("Password")).toHaveValue("");
    auth.destroy();
  });

  it("passes TOTP MFA with a code from the seeded secret", async () => {
    const auth = app();
    const totp = user("totpMfa");
    await signIn(totp.username, totp.password);
    expect(await screen.findByText("Enter the code from your authenticator app.")).toBeInTheDocument();
    const { code } = (await (await fetch(`${config.endpoint}/_dev/totp?secret=${totp.totpSecret}`)).json()) as { code: string };
    await userEvent.type(screen.getByLabelText("Code"), code); // 6 digits submit by themselves
    expect(await screen.findByText(`Signed in as ${totp.email}`)).toBeInTheDocument();
    auth.destroy();
  });

  it("passes SMS MFA with the texted code", async () => {
    const auth = app();
    const sms = user("smsMfa");
    const since = Date.now();
    await signIn(sms.username, sms.password);
    expect(await screen.findByText(/^Enter the code we texted to/)).toHaveTextContent(/^Enter the code we texted to \+\*{7}0101\.$/);
    let code = "";
    await waitFor(async () => {
      const { messages } = (await (await fetch(`${config.endpoint}/_dev/messages?username=${sms.username}`)).json()) as { messages: { at: number; code: string }[] };
      code = messages.filter((m) => m.at >= since).at(-1)?.code ?? "";
      expect(code).toMatch(/^\d{6}$/);
    });
    await userEvent.click(screen.getByLabelText("Code"));
    await userEvent.paste(`${code.slice(0, 3)} ${code.slice(3)}`); // pasted with a space, as SMS apps copy it
    expect(await screen.findByText(`Signed in as ${sms.email}`)).toBeInTheDocument();
    auth.destroy();
  });
});
