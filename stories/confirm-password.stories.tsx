import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import type { ReactNode } from "react";
import { ChangePassword, ConfirmForgotPassword, confirmPassword, NewPassword, SignUp } from "../src/ui/index";
import { fr } from "../src/ui/i18n/fr";
import type { CognitoAuth } from "../src/index";
import { challenge, TEST_USER as USER, withAuth } from "../src/testing/index";
import { authOf, EMAIL_DELIVERY, load } from "./support/loaders";
import { showsDark } from "./support/plays";

const PASSWORD = "Correct-Horse-1!";
const formOptions = [confirmPassword()];

/** A screen under the option, on the machine the story's loader prepared. */
const shown = (screen: ReactNode) => ({
  render: (_: unknown, { loaded, parameters }: { loaded: unknown; parameters: { ui?: object } }) =>
    withAuth(authOf(loaded), { formOptions, ...parameters.ui }, screen),
});

/** Types two different passwords and submits: the confirmation is invalid, tied to its message. */
async function mismatch(canvasElement: HTMLElement, password: string, submit: string) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText(password), PASSWORD);
  await userEvent.type(canvas.getByLabelText("Confirm password"), "Correct-Horse-2!");
  await userEvent.click(canvas.getByRole("button", { name: submit }));
  const confirmation = canvas.getByLabelText("Confirm password");
  await waitFor(() => expect(confirmation).toHaveAttribute("aria-invalid", "true"));
  await expect(confirmation).toHaveAccessibleDescription("Passwords must match.");
  await expect(confirmation).toHaveFocus();
  await expect(canvas.getByLabelText(password)).not.toHaveAttribute("aria-invalid");
}

const meta = {
  title: "Sign up/Confirm password",
  ...shown(<SignUp />),
  loaders: load({ operations: { SignUp: { UserConfirmed: false, CodeDeliveryDetails: EMAIL_DELIVERY } } }, (a) => a.navigate("signUp")),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sign-up: a second password field right after the first, both for a new password (password managers). */
export const SignUpFields: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const names = [...canvasElement.querySelectorAll("[data-field]")].map((f) => f.getAttribute("data-field"));
    await expect(names).toEqual(["username", "email", "password", "passwordConfirm"]);
    await expect(canvas.getByLabelText("Confirm password")).toHaveAttribute("autocomplete", "new-password");
    await expect(canvas.getByLabelText("Confirm password")).toHaveAttribute("type", "password");
    await expect(canvas.getAllByRole("button", { name: "Show password" })).toHaveLength(2);
  },
};

/** Two different passwords: "Passwords must match." on the confirmation; nothing is sent. */
export const SignUpMismatch: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Username"), "ana");
    await userEvent.type(canvas.getByLabelText("Email"), "ana@example.com");
    await mismatch(canvasElement, "Password", "Create account");
    await expect(authOf(loaded).getSnapshot()).toMatchObject({ step: "signUp", status: "idle" });
  },
};

/** The same twice: sent once, without the confirmation; on to the code. */
export const SignUpMatch: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const auth = authOf(loaded);
    const calls: Parameters<CognitoAuth["signUp"]>[0][] = [];
    const signUp = auth.signUp;
    Object.assign(auth, { signUp: (input: Parameters<CognitoAuth["signUp"]>[0]) => (calls.push(input), signUp(input)) });
    await userEvent.type(canvas.getByLabelText("Username"), "ana");
    await userEvent.type(canvas.getByLabelText("Email"), "ana@example.com");
    await userEvent.type(canvas.getByLabelText("Password"), PASSWORD);
    await userEvent.type(canvas.getByLabelText("Confirm password"), PASSWORD);
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(calls).toEqual([{ username: "ana", password: PASSWORD, attributes: { email: "ana@example.com" } }]));
    await waitFor(() => expect(auth.getSnapshot().step).toBe("confirmSignUp"));
  },
};

/** An invited user's new password (NEW_PASSWORD_REQUIRED). */
export const NewPasswordMismatch: Story = {
  ...shown(<NewPassword />),
  loaders: load({
    afterPassword: challenge("NEW_PASSWORD_REQUIRED", { userAttributes: JSON.stringify({ email: "ana@example.com" }), requiredAttributes: "[]" }),
  }, (a) => a.signIn(USER)),
  play: async ({ canvasElement }) => mismatch(canvasElement, "New password", "Set password"),
};

/** The reset after "forgot password": code, new password, its confirmation. */
export const ResetMismatch: Story = {
  ...shown(<ConfirmForgotPassword />),
  loaders: load({ operations: { ForgotPassword: { CodeDeliveryDetails: EMAIL_DELIVERY } } }, async (a) => {
    a.navigate("forgotPassword");
    await a.forgotPassword({ username: "ana" });
  }),
  play: async ({ canvasElement }) => {
    await userEvent.type(within(canvasElement).getByLabelText("Code"), "123456");
    await mismatch(canvasElement, "New password", "Reset password");
  },
};

/** Changing it in the account settings: current, new, and the new one again. */
export const ChangePasswordMismatch: Story = {
  ...shown(<ChangePassword />),
  loaders: load({}, (a) => a.signIn(USER)),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole("heading", { name: "Change password" });
    await userEvent.type(within(canvasElement).getByLabelText("Current password"), USER.password);
    await mismatch(canvasElement, "New password", "Change password");
  },
};

/** In the screens' language. */
export const French: Story = {
  parameters: { ui: { language: fr } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(fr["label.password"]), PASSWORD);
    await userEvent.type(canvas.getByLabelText(fr["label.confirmPassword"]), "autre");
    await userEvent.click(canvas.getByRole("button", { name: fr["signUp.submit"] }));
    await waitFor(() => expect(canvas.getByLabelText(fr["label.confirmPassword"])).toHaveAccessibleDescription(fr["field.passwordMismatch"]));
  },
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" }, backgrounds: { default: "dark" } },
  play: showsDark,
};
