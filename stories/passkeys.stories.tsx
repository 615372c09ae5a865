import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Authenticator } from "../src/ui/index";
import { ar } from "../src/ui/i18n/ar";
import { PasskeyPrompt, PasskeySettings, WebAuthnScreen } from "../src/ui/passkeys/index";
import { withAuth } from "../src/testing/index";
import { authOf } from "./support/loaders";
import { atWebAuthn, fails, passkeyAuth, signedInWithPasskeys } from "./support/passkeys-auth";
import { showsAlert, showsHeading } from "./support/plays";

/**
 * Passkeys (`passkeys()` from "cognito-react-kit/passkeys/ui"): "Sign in with a passkey" on the
 * sign-in form, the passkey step when Cognito asks for one, the add-a-passkey prompt after a
 * sign-in, and account settings' Passkeys. A scripted Cognito; no real passkey ceremony runs here
 * (the Chromium e2e test runs them with a virtual authenticator).
 */
const meta = {
  title: "Sign in/Passkeys",
  component: WebAuthnScreen,
  render: (_, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <WebAuthnScreen />),
  loaders: atWebAuthn(),
} satisfies Meta<typeof WebAuthnScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The drop-in's sign-in with passkeys on: "Sign in with a passkey" under the password form. */
export const SignInWithPasskey: Story = {
  loaders: [async () => ({ auth: await passkeyAuth() })],
  render: (_, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <Authenticator />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("button", { name: "Sign in with a passkey" })).toHaveAttribute("type", "button");
    await expect(canvas.getByRole("button", { name: "Sign in" })).toBeEnabled();
  },
};

/** No username typed yet: the passkey button says to type it, and the field takes focus (no request). */
export const PasskeyNeedsUsername: Story = {
  ...SignInWithPasskey,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Sign in with a passkey" }));
    await expect(canvas.getByRole("status")).toHaveTextContent("Enter your username first, then choose Sign in with a passkey.");
    await waitFor(() => expect(canvas.getByLabelText("Username or email")).toHaveFocus());
  },
};

/** Cognito asked for a passkey: use it, or sign in another way (the username kept). */
export const UsePasskey: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "Use your passkey" })).toBeVisible();
    await expect(canvas.getByText(/the passkey for ana on this device/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Use passkey" })).toBeEnabled();
    await expect(canvas.getByRole("button", { name: "Sign in another way" })).toBeVisible();
  },
};

/** The browser's passkey prompt is open: the button waits, the form is busy. */
export const WaitingForPasskey: Story = {
  loaders: atWebAuthn("pending"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Waiting for your passkey…")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Please wait…" })).toBeDisabled();
  },
};

/** The person cancelled (or the prompt timed out): said plainly, with Try again. */
export const Cancelled: Story = {
  loaders: atWebAuthn("PasskeyCancelled"),
  play: async (context) => {
    await showsAlert("The passkey request was cancelled or timed out. Try again, or sign in another way.")(context);
    await expect(within(context.canvasElement).getByRole("button", { name: "Try again" })).toBeEnabled();
  },
};

/** A passkey the pool does not know (removed, or another account's). */
export const NotRecognized: Story = {
  loaders: atWebAuthn("PasskeyNotRecognized"),
  play: showsAlert("That passkey isn't registered for this account any more. Sign in another way."),
};

/** No passkey for that username (the same for an unknown user). */
export const NoPasskey: Story = {
  loaders: atWebAuthn("PasskeyNone"),
  play: showsAlert("There is no passkey for this account yet. Sign in another way, then add one."),
};

/** The page is on another site than the passkeys' relying party. */
export const WrongSite: Story = {
  loaders: atWebAuthn("PasskeyWrongOrigin"),
  play: showsAlert("Passkeys for this app can't be used on this website address."),
};

/** A browser without passkeys. */
export const Unsupported: Story = {
  loaders: atWebAuthn("PasskeyUnsupported"),
  play: showsAlert("This browser or device can't use passkeys. Sign in another way."),
};

/** Passkeys not turned on for the pool (WEB_AUTHN not an allowed first factor). */
export const NotEnabled: Story = {
  loaders: atWebAuthn("PasskeysNotEnabled"),
  play: showsAlert("Passkeys aren't turned on for this app."),
};

/** In Arabic: the passkey strings load as their own chunk, right to left. */
export const Arabic: Story = {
  parameters: { ui: { language: ar } },
  play: async (context) => {
    await showsHeading("استخدم مفتاح المرور")(context);
    await expect((await within(context.canvasElement).findByRole("heading", { level: 2 })).closest("section")).toHaveAttribute("dir", "rtl");
  },
};

/** After a sign-in without a passkey: the offer to add one to this device. */
export const AddPasskeyPrompt: Story = {
  loaders: signedInWithPasskeys([]),
  render: (_, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <PasskeyPrompt />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("heading", { name: "Sign in faster next time" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Add a passkey" })).toBeEnabled();
    await expect(canvas.getByRole("button", { name: "Not now" })).toBeVisible();
  },
};

/** Adding failed before any prompt: the pool has passkeys off. */
export const AddPasskeyNotEnabled: Story = {
  loaders: signedInWithPasskeys([], { operations: { StartWebAuthnRegistration: fails("WebAuthnNotEnabledException" as never) } }),
  render: AddPasskeyPrompt.render,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Add a passkey" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Passkeys aren't turned on for this app.");
  },
};

/** Account settings: the passkeys with their names and the dates they were added. */
export const PasskeyList: Story = {
  loaders: signedInWithPasskeys(),
  render: (_, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <PasskeySettings />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("heading", { name: "Passkeys" })).toBeVisible();
    const items = await canvas.findAllByRole("listitem");
    await expect(items).toHaveLength(2);
    await expect(items[0]).toHaveTextContent("iCloud Keychain");
    await expect(items[0]).toHaveTextContent(/Added Jan 1, 2026/);
    await expect(canvas.getByRole("button", { name: "Remove Security key" })).toBeEnabled();
    await expect(canvas.getByRole("button", { name: "Add a passkey" })).toBeEnabled();
  },
};

/** No passkeys yet. */
export const NoPasskeys: Story = {
  loaders: signedInWithPasskeys([]),
  render: PasskeyList.render,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("You have no passkeys yet.")).toBeVisible();
  },
};

/** Remove asks first; Cancel takes focus (the safe choice); confirming removes it. */
export const RemoveWithConfirmation: Story = {
  loaders: signedInWithPasskeys(),
  render: PasskeyList.render,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Remove Security key" }));
    const confirm = canvas.getByRole("group", { name: "Remove the passkey Security key? You will no longer be able to sign in with it." });
    await waitFor(() => expect(within(confirm).getByRole("button", { name: "Cancel" })).toHaveFocus());
    await userEvent.click(within(confirm).getByRole("button", { name: "Remove passkey" }));
    await expect(await canvas.findByText("The passkey was removed.")).toBeVisible();
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(1));
    await expect(canvas.queryByText("Security key")).toBeNull();
  },
};

/** The list could not load: said in the alert. */
export const ListFailed: Story = {
  loaders: signedInWithPasskeys([], { operations: { ListWebAuthnCredentials: fails("TooManyRequestsException") } }),
  render: PasskeyList.render,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("alert")).toHaveTextContent("Too many attempts. Wait a moment, then try again.");
  },
};
