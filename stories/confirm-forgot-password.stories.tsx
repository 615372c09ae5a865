import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ConfirmForgotPassword } from "../src/ui/index";
import { pl } from "../src/ui/i18n/pl";
import type { AuthState, CognitoAuth } from "../src/index";
import { TEST_USER as USER, withAuth, type Script as Scenario } from "../src/testing/index";
import { authOf, EMAIL_DELIVERY, load } from "./support/loaders";
import { showsDark, showsUnstyled } from "./support/plays";

const NEW_PASSWORD = "Brand-New-Pass-2!";

/** A reset code sent for "ana", then `more` on the confirm step. */
const afterCodeSent = (operations: Scenario["operations"] = {}, more?: (a: CognitoAuth) => unknown, until?: (s: AuthState) => boolean) =>
  load(
    { operations: { ForgotPassword: { CodeDeliveryDetails: EMAIL_DELIVERY }, ...operations } },
    async (a: CognitoAuth) => {
      a.navigate("forgotPassword");
      await a.forgotPassword({ username: "ana" });
      await more?.(a);
    },
    until ?? ((s) => s.step === "confirmForgotPassword" && s.status !== "pending"),
  );

const confirmWith = (error: string, retryAfterMs?: number) =>
  afterCodeSent(
    { ConfirmForgotPassword: { error, ...(retryAfterMs ? { retryAfterMs } : {}) } },
    (a) => a.confirmForgotPassword({ code: "123456", password: NEW_PASSWORD }),
    (s) => s.step === "confirmForgotPassword" && s.status === "error",
  );

const meta = {
  title: "Recovery/Confirm forgot password",
  component: ConfirmForgotPassword,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ConfirmForgotPassword {...args} />),
  loaders: afterCodeSent(),
} satisfies Meta<typeof ConfirmForgotPassword>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
    await expect(canvas.getByText(/^We sent a code to/)).toHaveTextContent(/^We sent a code to a\*\*\*@e\*\*\*\.com\.$/);
    await expect(canvas.getByLabelText("Code")).toHaveAttribute("autocomplete", "one-time-code");
    await expect(canvas.getByLabelText("New password")).toHaveAttribute("autocomplete", "new-password");
    await expect(canvas.getByRole("button", { name: /^Send a new code in \d+ s$/ })).toBeDisabled();
  },
};

export const Pending: Story = {
  loaders: afterCodeSent({ ConfirmForgotPassword: "pending" }, (a) => void a.confirmForgotPassword({ code: "123456", password: NEW_PASSWORD }),
    (s) => s.step === "confirmForgotPassword" && s.status === "pending"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Please wait…" })).toBeDisabled();
  },
};

/** Too many attempts: the submit waits out the countdown. */
export const Throttled: Story = {
  loaders: confirmWith("LimitExceededException", 30_000),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent(/^Too many attempts\. Wait a moment, then try again\.$/);
    await expect(canvas.getByRole("button", { name: /^Try again in \d+ s$/ })).toBeDisabled();
  },
};

export const CodeMismatch: Story = {
  loaders: confirmWith("CodeMismatchException"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent("That code is not right. Check it and try again.");
    await expect(canvas.getByLabelText("New password")).toHaveValue("");
  },
};

export const ExpiredCode: Story = {
  loaders: confirmWith("ExpiredCodeException"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("That code has expired. Ask for a new one.");
  },
};

export const InvalidPassword: Story = {
  loaders: confirmWith("InvalidPasswordException"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("That password does not meet the requirements.");
  },
};

export const Dark: Story = { parameters: { ui: { colorScheme: "dark" } }, play: showsDark };

export const Polish: Story = {
  parameters: { ui: { language: pl } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { level: 2 })).toHaveTextContent(pl["confirmForgotPassword.title"]);
  },
};

export const Unstyled: Story = { parameters: { ui: { unstyled: true } }, play: showsUnstyled };

/** Code and a strong password: the machine is back at sign-in with the username. */
export const ResetAndSignIn: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const auth = authOf(loaded);
    // With a password still to type, a complete code does not submit by itself.
    await userEvent.type(canvas.getByLabelText("Code"), "123456");
    await expect(auth.getSnapshot().status).toBe("idle");
    await expect(canvas.getByLabelText("New password")).not.toHaveAttribute("aria-invalid");
    await userEvent.type(canvas.getByLabelText("New password"), NEW_PASSWORD);
    await userEvent.click(canvas.getByRole("button", { name: "Reset password" }));
    await waitFor(() => expect(auth.getSnapshot()).toMatchObject({ step: "signIn", username: "ana" }));
  },
};

/** A weak new password is refused before any request, with the policy message linked to the field. */
export const WeakPasswordRefused: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Code"), "123456");
    const password = canvas.getByLabelText("New password");
    await userEvent.type(password, "password");
    await userEvent.click(canvas.getByRole("button", { name: "Reset password" }));
    await waitFor(() => expect(password).toHaveAttribute("aria-invalid", "true"));
    await expect(password).toHaveAccessibleDescription(/The password does not meet all the requirements\./);
    await expect(authOf(loaded).getSnapshot().status).toBe("idle");
  },
};

/** An admin reset the password: signing in sends the code at once and lands here, saying why. */
export const ResetRequiredAtSignIn: Story = {
  loaders: load(
    { afterPassword: { error: "PasswordResetRequiredException" }, operations: { ForgotPassword: { CodeDeliveryDetails: EMAIL_DELIVERY } } },
    (a) => a.signIn(USER),
    (s) => s.step === "confirmForgotPassword",
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent("You need to choose a new password before you can sign in.");
    await expect(canvas.getByText((_, element) => element?.tagName === "P" && element.textContent === "We sent a code to a***@e***.com.")).toBeVisible();
    await expect(canvas.getByLabelText("Code")).toBeVisible();
  },
};
