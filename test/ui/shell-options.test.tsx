/**
 * The shell options in Chromium against the live local Cognito (SRP, real HTTP): the
 * verify-contact step after sign-in, Authenticator-wide header/footer, withAuthenticator, and the
 * modal presentation (native <dialog>; Escape pressed with the real keyboard, as a person would).
 */
import { useState } from "react";
import { describe, expect, inject, it } from "vitest";
import { userEvent as keyboard } from "vitest/browser";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createCognitoAuth, memoryStorage, type CognitoAuthConfig } from "../../src/index";
import { Authenticator, AuthenticatorModal, verifyContactStep, withAuthenticator, type WithAuthenticatorProps } from "../../src/ui/index";

const config = inject("cognito");
const user = (scenario: string) => config.users.find((u) => u.scenario === scenario)!;
const machine = (options: Pick<CognitoAuthConfig, "verifyContact"> = {}) => createCognitoAuth({
  userPoolId: config.userPoolId, userPoolClientId: config.userPoolClientId, endpoint: config.endpoint, storage: memoryStorage(), ...options,
});

async function signIn(username: string, password: string) {
  await userEvent.type(await screen.findByLabelText("Username or email"), username);
  await userEvent.type(screen.getByLabelText("Password"), `${password}{Enter}`);
}

async function latestCode(username: string, since: number): Promise<string> {
  let code = "";
  await waitFor(async () => {
    const { messages } = (await (await fetch(`${config.endpoint}/_dev/messages?username=${username}`)).json()) as { messages: { at: number; code: string }[] };
    code = messages.filter((m) => m.at >= since).at(-1)?.code ?? "";
    expect(code).toMatch(/^\d{6}$/);
  });
  return code;
}

describe("live: verify contact after sign-in", () => {
  const seeded = user("unverifiedContact");

  it("is off by default: that user signs straight in", async () => {
    const auth = machine();
    render(<Authenticator auth={auth} />);
    await signIn(seeded.username, seeded.password);
    expect(await screen.findByText(`Signed in as ${seeded.email}`)).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Verify your email or phone" })).toBeNull();
    auth.destroy();
  });

  it("asks a user with no verified contact; Skip signs in as usual", async () => {
    const auth = machine({ verifyContact: verifyContactStep });
    render(<Authenticator auth={auth} />);
    await signIn(seeded.username, seeded.password);
    const heading = await screen.findByRole("heading", { name: "Verify your email or phone" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole("radio", { name: `Email ${seeded.email}` })).toBeChecked();
    expect(screen.getByRole("radio", { name: `Phone number ${seeded.phone}` })).not.toBeChecked();
    expect(screen.getByRole("group", { name: "Where should we send a code?" })).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Skip for now" }));
    expect(await screen.findByText(`Signed in as ${seeded.email}`)).toBeInTheDocument();
    auth.destroy();
  });

  it("sends a code to the chosen email; a wrong code is refused, the right one signs in", async () => {
    const auth = machine({ verifyContact: verifyContactStep });
    render(<Authenticator auth={auth} />);
    await signIn(seeded.username, seeded.password);
    await screen.findByRole("heading", { name: "Verify your email or phone" });
    const since = Date.now();
    await userEvent.click(screen.getByRole("button", { name: "Send code" }));
    expect(await screen.findByText(`We sent a code to \u2068u***@e***.com\u2069.`)).toBeVisible();
    const code = await latestCode(seeded.username, since);
    await userEvent.type(screen.getByLabelText("Code"), String((Number(code) + 1) % 1_000_000).padStart(6, "0"));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("That code is not right."));
    await userEvent.clear(screen.getByLabelText("Code"));
    await userEvent.type(screen.getByLabelText("Code"), code);
    expect(await screen.findByText(`Signed in as ${seeded.email}`)).toBeInTheDocument();
    expect(auth.getSnapshot()).toMatchObject({ step: "signedIn", user: { emailVerified: true } });
    auth.destroy();
  });

});

describe("live: Authenticator-wide header and footer", () => {
  it("frame every screen outside the card, and leave once signed in", async () => {
    const auth = machine();
    render(<Authenticator auth={auth} header={<img alt="Acme" src="data:," />} footer={<a href="/terms">Terms</a>} />);
    const logo = await screen.findByRole("img", { name: "Acme" });
    const card = (await screen.findByRole("heading", { name: "Sign in" })).closest("section")!;
    expect(card.contains(logo)).toBe(false);
    expect(logo.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Forgot your password?" }));
    await screen.findByRole("heading", { name: "Reset your password" });
    expect(screen.getByRole("link", { name: "Terms" })).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Back to sign in" }));
    await signIn(user("confirmed").username, user("confirmed").password);
    await screen.findByText(`Signed in as ${user("confirmed").email}`);
    expect(screen.queryByRole("img", { name: "Acme" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Terms" })).toBeNull();
    auth.destroy();
  });
});

describe("live: withAuthenticator", () => {
  it("renders the app only once signed in, with user and signOut beside its own props", async () => {
    const auth = machine();
    function App({ user: signedIn, signOut, title }: WithAuthenticatorProps & { title: string }) {
      return <main><h1>{title}</h1><p>{signedIn.email}</p><button type="button" onClick={signOut}>Leave</button></main>;
    }
    const Protected = withAuthenticator(App, { auth, header: <p>Acme</p> });
    expect(Protected.displayName).toBe("withAuthenticator(App)");
    render(<Protected title="Dashboard" />);
    expect(await screen.findByText("Acme")).toBeVisible();
    expect(screen.queryByRole("heading", { name: "Dashboard" })).toBeNull();
    await signIn(user("confirmed").username, user("confirmed").password);
    expect(await screen.findByRole("heading", { name: "Dashboard" })).toBeVisible();
    expect(screen.getByText(user("confirmed").email)).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Leave" }));
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeVisible();
    expect(screen.queryByRole("heading", { name: "Dashboard" })).toBeNull();
    auth.destroy();
  });
});

describe("live: modal presentation", () => {
  it("a gate: a modal dialog named by its screen, the page inert, Escape ignored (twice), gone once signed in", async () => {
    const auth = machine();
    render(
      <>
        <button type="button">Behind</button>
        <AuthenticatorModal auth={auth}>{({ user: signedIn }) => <p>Hello {signedIn.email}</p>}</AuthenticatorModal>
      </>,
    );
    const dialog = await screen.findByRole("dialog", { name: "Sign in" });
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(dialog).toHaveProperty("open", true);
    expect(dialog.matches(":modal")).toBe(true);
    expect(screen.queryByRole("button", { name: "Close" })).toBeNull();
    await userEvent.click(screen.getByLabelText("Username or email"));
    await keyboard.keyboard("{Escape}");
    await keyboard.keyboard("{Escape}");
    expect(dialog).toHaveProperty("open", true);
    expect(dialog.matches(":modal")).toBe(true);
    // The page behind cannot be reached while the gate is up (inert: it takes no focus).
    const behind = screen.getByRole("button", { name: "Behind", hidden: true });
    behind.focus();
    expect(behind).not.toHaveFocus();
    await signIn(user("confirmed").username, user("confirmed").password);
    expect(await screen.findByText(`Hello ${user("confirmed").email}`)).toBeVisible();
    expect(screen.queryByRole("dialog")).toBeNull();
    auth.destroy();
  });

  it("on demand: opened from a button, dismissed by Escape or Close, focus back on the button", async () => {
    const auth = machine();
    function Page() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>Sign in…</button>
          <AuthenticatorModal auth={auth} open={open} onDismiss={() => setOpen(false)} />
        </>
      );
    }
    render(<Page />);
    const opener = await screen.findByRole("button", { name: "Sign in…" });
    await userEvent.click(opener);
    const dialog = await screen.findByRole("dialog", { name: "Sign in" });
    // Focus moves into the dialog (the browser's dialog focusing: its first focusable, the heading).
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await keyboard.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());
    await userEvent.click(opener);
    await userEvent.click(await screen.findByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());
    // Signed in: the dialog closes by itself and nothing else appears in the page.
    await userEvent.click(opener);
    await signIn(user("confirmed").username, user("confirmed").password);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.queryByText(/Signed in as/)).toBeNull();
    await waitFor(() => expect(opener).toHaveFocus());
    auth.destroy();
  });
});
