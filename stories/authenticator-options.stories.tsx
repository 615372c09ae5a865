import { useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Authenticator, AuthenticatorModal, withAuthenticator, type WithAuthenticatorProps } from "../src/ui/index";
import type { CognitoAuth } from "../src/index";
import { TEST_USER as USER } from "../src/testing/index";
import { authOf, load } from "./support/loaders";
import { atVerifyContact } from "./support/verify-contact-auth";

/**
 * The drop-in's frame: a header and footer around every screen (logo, legal links), the sign-in as
 * a modal dialog (a gate, or dismissible on demand), `withAuthenticator(App)`, and the
 * verify-contact step inside `<Authenticator>`.
 */
const meta = {
  title: "Drop-in/Authenticator options",
  component: Authenticator,
  render: (args, { loaded }) => <Authenticator {...args} auth={authOf(loaded)} />,
  loaders: load({}),
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

const Logo = () => <p><strong>Acme</strong> Cloud</p>;
const Legal = () => <p><a href="#terms">Terms</a> · <a href="#privacy">Privacy</a></p>;

/** A logo above and legal links below every screen, outside the card; gone once signed in. */
export const HeaderAndFooter: Story = {
  args: { header: <Logo />, footer: <Legal /> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole("heading", { name: "Sign in" }).closest("section")!;
    const logo = canvas.getByText("Acme");
    await expect(card.contains(logo)).toBe(false);
    await expect(canvas.getByRole("link", { name: "Privacy" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Create an account" }));
    await expect(await canvas.findByRole("heading", { name: "Create an account" })).toBeVisible();
    await expect(canvas.getByText("Acme")).toBeVisible();
  },
};

/** A modal gate: the page behind inert, no close button, named by the screen's heading. */
export const ModalGate: Story = {
  render: (_args, { loaded }) => (
    <>
      <p>The app's public page, behind the dialog.</p>
      <AuthenticatorModal auth={authOf(loaded)} header={<Logo />}>{({ user }) => <p>Hello {user.email}</p>}</AuthenticatorModal>
    </>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole("dialog", { name: "Sign in" });
    await expect(dialog).toHaveAttribute("aria-modal", "true");
    await expect(dialog.matches(":modal")).toBe(true);
    await expect(within(dialog).queryByRole("button", { name: "Close" })).toBeNull();
  },
};

function OnDemand({ auth }: { auth: CognitoAuth }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>Sign in…</button>
      <AuthenticatorModal auth={auth} open={open} onDismiss={() => setOpen(false)} />
    </>
  );
}

/** On demand over a public page: opened by a button, closed by Escape or the close button. */
export const ModalOnDemand: Story = {
  render: (_args, { loaded }) => <OnDemand auth={authOf(loaded)} />,
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const opener = page.getByRole("button", { name: "Sign in…" });
    await userEvent.click(opener);
    const dialog = await page.findByRole("dialog", { name: "Sign in" });
    await expect(dialog.matches(":modal")).toBe(true);
    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(page.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());
  },
};

function Dashboard({ user, signOut, title }: WithAuthenticatorProps & { title: string }) {
  return (
    <main>
      <h1>{title}</h1>
      <p>{user.email}</p>
      <button type="button" onClick={signOut}>Sign out</button>
    </main>
  );
}

/** withAuthenticator(App): the app appears once signed in, with user and signOut among its props. */
export const WithAuthenticator: Story = {
  loaders: load({}, (a) => a.signIn(USER)),
  render: (_args, { loaded }) => {
    const Protected = withAuthenticator(Dashboard, { auth: authOf(loaded) });
    return <Protected title="Dashboard" />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(canvas.getByText("ana@example.com")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Sign out" }));
    await expect(await canvas.findByRole("heading", { level: 2, name: "Sign in" })).toBeVisible();
  },
};

/** The verify-contact step as <Authenticator> shows it after a sign-in (its screen comes with verifyContactStep). */
export const VerifyContactStep: Story = {
  loaders: [async () => ({ auth: await atVerifyContact() })],
  args: { header: <Logo /> },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("heading", { name: "Verify your email or phone" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Send code" }));
    await expect(await canvas.findByLabelText("Code")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Skip for now" }));
    await waitFor(() => expect(authOf(loaded).getSnapshot().step).toBe("signedIn"));
    await expect(await canvas.findByText("Signed in as ana@example.com")).toBeVisible();
  },
};
