import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { SignIn } from "../src/ui/index";
import { fr } from "../src/ui/i18n/fr";
import { USER, withAuth } from "./support/story-auth";
import { authOf, load } from "./support/loaders";


const meta = {
  title: "Screens/Sign in",
  component: SignIn,
  args: { loginMechanism: "usernameOrEmail" },
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <SignIn {...args} />),
  loaders: load({}),
} satisfies Meta<typeof SignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

const failWith = (error: string, retryAfterMs?: number) =>
  load({ afterPassword: { error, ...(retryAfterMs ? { retryAfterMs } : {}) } }, (a) => a.signIn(USER));

export const Idle: Story = {};

export const EmailOnly: Story = { args: { loginMechanism: "email" } };

export const HideSignUp: Story = { args: { hideSignUp: true } };

export const Pending: Story = {
  loaders: load({ afterPassword: "pending" }, (a) => a.signIn(USER), (s) => s.status === "pending"),
};

export const WrongPassword: Story = { loaders: failWith("NotAuthorizedException") };

export const UnknownUserLooksTheSame: Story = { loaders: failWith("UserNotFoundException") };

export const Throttled: Story = { loaders: failWith("TooManyRequestsException", 30_000) };

export const Offline: Story = { loaders: failWith("NetworkError") };

export const ServiceFault: Story = { loaders: failWith("InternalErrorException") };

export const Dark: Story = { parameters: { ui: { colorScheme: "dark" }, backgrounds: { default: "dark" } } };

export const French: Story = { parameters: { ui: { language: fr } } };

export const Unstyled: Story = { parameters: { ui: { unstyled: true } } };

export const CustomFields: Story = {
  parameters: {
    ui: {
      fields: { signIn: { password: { order: 0, label: "Passphrase" }, username: { placeholder: "you@company.com", hint: "Your work email" } } },
      messages: { "signIn.title": "Welcome back to Acme" },
      slots: { signIn: { header: <p>Acme Corp</p> } },
    },
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
