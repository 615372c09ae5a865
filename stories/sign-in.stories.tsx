import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { SignIn } from "../src/ui/index";
import { fr } from "../src/ui/i18n/fr";
import { TEST_USER as USER, withAuth } from "../src/testing/index";
import { authOf, load } from "./support/loaders";
import { showsAlert, showsDark, showsPending, showsThrottled, showsUnstyled } from "./support/plays";

const meta = {
  title: "Sign in/Sign-in screen",
  component: SignIn,
  args: { loginMechanism: "usernameOrEmail" },
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <SignIn {...args} />),
  loaders: load({}),
} satisfies Meta<typeof SignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

const failWith = (error: string, retryAfterMs?: number) =>
  load({ afterPassword: { error, ...(retryAfterMs ? { retryAfterMs } : {}) } }, (a) => a.signIn(USER));

/** Nothing typed, nothing wrong: empty fields, an empty alert region, the submit ready. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "Sign in" })).toBeVisible();
    await expect(canvas.getByLabelText("Username or email")).toHaveValue("");
    await expect(canvas.getByLabelText("Password")).toHaveAttribute("autocomplete", "current-password");
    // The alert region is there (so a later error is announced) but says nothing.
    await expect(canvasElement.querySelector("[role=alert]")).toBeEmptyDOMElement();
    await expect(canvas.getByRole("button", { name: "Sign in" })).toBeEnabled();
  },
};

/** Email as the login: an email field with the username autocomplete. */
export const EmailOnly: Story = {
  args: { loginMechanism: "email" },
  play: async ({ canvasElement }) => {
    const email = within(canvasElement).getByLabelText("Email");
    await expect(email).toHaveAttribute("type", "email");
    await expect(email).toHaveAttribute("autocomplete", "username");
  },
};

/** Sign-up is off: no link to it, password reset still there. */
export const HideSignUp: Story = {
  args: { hideSignUp: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("button", { name: "Create an account" })).toBeNull();
    await expect(canvas.getByRole("button", { name: "Forgot your password?" })).toBeVisible();
  },
};

/** The password is being checked: the submit waits, the form is busy, the machine pending. */
export const Pending: Story = {
  loaders: load({ afterPassword: "pending" }, (a) => a.signIn(USER), (s) => s.status === "pending"),
  play: async (context) => {
    await showsPending(context);
    await expect(authOf(context.loaded).getSnapshot()).toMatchObject({ step: "signIn", status: "pending" });
  },
};

/** Cognito's NotAuthorized: the message (focused), the username kept, the password cleared. */
export const WrongPassword: Story = {
  loaders: failWith("NotAuthorizedException"),
  play: async (context) => {
    await showsAlert("Incorrect username or password.")(context);
    const canvas = within(context.canvasElement);
    await expect(canvas.getByLabelText("Username or email")).toHaveValue("ana");
    await expect(canvas.getByLabelText("Password")).toHaveValue("");
  },
};

/** UserNotFound reads exactly as a wrong password: no way to learn which accounts exist. */
export const UnknownUserLooksTheSame: Story = {
  loaders: failWith("UserNotFoundException"),
  play: async (context) => {
    await showsAlert(/^Incorrect username or password\.$/)(context);
    await expect(authOf(context.loaded).getSnapshot().error).toMatchObject({ code: "UserNotFoundException", messageId: "error.NotAuthorized" });
  },
};

/** TooManyRequests with Retry-After 30 s: the countdown, and the submit waits it out. */
export const Throttled: Story = { loaders: failWith("TooManyRequestsException", 30_000), play: showsThrottled(30, "Sign in") };

/** The request never reached Cognito. */
export const Offline: Story = { loaders: failWith("NetworkError"), play: showsAlert("You seem to be offline. Check your connection and try again.") };

/** A 5xx or an exception no user can act on. */
export const ServiceFault: Story = { loaders: failWith("InternalErrorException"), play: showsAlert("Something went wrong on our side. Try again later.") };

/**
 * "Sign out everywhere" did not get through: signed out here, told so on the sign-in screen, with
 * a way to try again (here Cognito stays unreachable, so the retry is refused again).
 */
export const GlobalSignOutFailed: Story = {
  loaders: load(
    { operations: { GlobalSignOut: { error: "NetworkError" } } },
    async (a) => {
      await a.signIn(USER);
      await a.signOut({ global: true });
    },
    (s) => s.step === "signIn" && s.error !== null,
  ),
  play: async (context) => {
    const message = "You are signed out on this device, but signing out on your other devices did not go through.";
    await showsAlert(message)(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Sign out everywhere again" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent(message);
    await expect(canvas.getByRole("button", { name: "Sign out everywhere again" })).toBeVisible();
  },
};

export const Dark: Story = { parameters: { ui: { colorScheme: "dark" } }, play: showsDark };

export const French: Story = {
  parameters: { ui: { language: fr } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2 })).toHaveTextContent(fr["signIn.title"]);
    await expect(canvas.getByRole("button", { name: fr["signIn.submit"] })).toBeVisible();
  },
};

export const Unstyled: Story = { parameters: { ui: { unstyled: true } }, play: showsUnstyled };

/** The app's own labels, order, placeholder, hint, title and header slot. */
export const CustomFields: Story = {
  parameters: {
    ui: {
      fields: { signIn: { password: { order: 0, label: "Passphrase" }, username: { placeholder: "you@company.com", hint: "Your work email" } } },
      messages: { "signIn.title": "Welcome back to Acme" },
      slots: { signIn: { header: <p>Acme Corp</p> } },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "Welcome back to Acme" })).toBeVisible();
    await expect(canvas.getByText("Acme Corp")).toBeVisible();
    await expect(canvas.getByLabelText("Passphrase")).toHaveAttribute("type", "password");
    const username = canvas.getByLabelText("Username or email");
    await expect(username).toHaveAttribute("placeholder", "you@company.com");
    await expect(username).toHaveAccessibleDescription("Your work email");
    const order = [...canvasElement.querySelectorAll("[data-field]")].map((f) => f.getAttribute("data-field"));
    await expect(order).toEqual(["password", "username"]);
  },
};

/** A keyboard-only user: Tab to each field, type, submit with Enter; a wrong password keeps the username. */
export const KeyboardWrongPassword: Story = {
  loaders: load({ afterPassword: { error: "NotAuthorizedException" } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard("ana@example.com");
    await userEvent.tab();
    await userEvent.keyboard("Wrong-Pass-1!{Enter}");
    const alert = await canvas.findByText("Incorrect username or password.");
    await expect(alert.closest("[role=alert]")).toHaveFocus();
    await expect(canvas.getByLabelText("Username or email")).toHaveValue("ana@example.com");
    await expect(canvas.getByLabelText("Password")).toHaveValue("");
  },
};

/** Empty submit: field errors linked to their inputs, focus on the first invalid field. */
export const RequiredFields: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
    const username = canvas.getByLabelText("Username or email");
    await expect(username).toHaveAttribute("aria-invalid", "true");
    await expect(username).toHaveAccessibleDescription("Fill in this field.");
    await expect(username).toHaveFocus();
  },
};

/** The show-password toggle reveals and hides without losing the value. */
export const ShowPassword: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const password = canvas.getByLabelText("Password");
    await userEvent.type(password, " spaced secret ");
    await userEvent.click(canvas.getByRole("button", { name: "Show password" }));
    await expect(password).toHaveAttribute("type", "text");
    await expect(password).toHaveValue(" spaced secret ");
    await userEvent.click(canvas.getByRole("button", { name: "Hide password" }));
    await expect(password).toHaveAttribute("type", "password");
  },
};
