import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ForgotPassword } from "../src/ui/index";
import { nl } from "../src/ui/i18n/nl";
import type { CognitoAuth } from "../src/index";
import { TEST_USER as USER, withAuth, type Answer } from "../src/testing/index";
import { authOf, EMAIL_DELIVERY, load } from "./support/loaders";
import { showsDark, showsUnstyled } from "./support/plays";

/** On the forgot-password screen, then a request for "ana" that Cognito answers with `answer`. */
const afterSubmit = (answer: Answer, status: "error" | "pending") =>
  load(
    { operations: { ForgotPassword: answer } },
    async (a: CognitoAuth) => {
      a.navigate("forgotPassword");
      await a.forgotPassword({ username: "ana" });
    },
    (s) => s.step === "forgotPassword" && s.status === status,
  );

const meta = {
  title: "Recovery/Forgot password",
  component: ForgotPassword,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ForgotPassword {...args} />),
  loaders: load({ operations: { ForgotPassword: { CodeDeliveryDetails: EMAIL_DELIVERY } } }, async (a) => a.navigate("forgotPassword")),
} satisfies Meta<typeof ForgotPassword>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Reset your password" })).toBeVisible();
    await expect(canvas.getByText("We will send you a code to reset your password.")).toBeVisible();
    await expect(canvas.getByLabelText("Username or email")).toHaveValue("");
  },
};

/** Coming from sign-in with a username typed: it is kept. */
export const UsernameKept: Story = {
  loaders: load({}, async (a) => a.navigate("forgotPassword", "ana@example.com")),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText("Username or email")).toHaveValue("ana@example.com");
  },
};

/**
 * An admin reset the password and the code could not go out at once (here: no verified email or
 * phone): sign-in lands here with the reason, to ask for it again.
 */
export const ResetRequired: Story = {
  loaders: load(
    { afterPassword: { error: "PasswordResetRequiredException" }, operations: { ForgotPassword: { error: "InvalidParameterException" } } },
    (a) => a.signIn(USER),
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent("You need to choose a new password before you can sign in.");
    await expect(canvas.getByLabelText("Username or email")).toHaveValue("ana");
  },
};

export const Pending: Story = {
  loaders: afterSubmit("pending", "pending"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Please wait…" })).toBeDisabled();
  },
};

/** Too many codes asked for: the submit waits out the countdown. */
export const Throttled: Story = {
  loaders: afterSubmit({ error: "LimitExceededException", retryAfterMs: 30_000 }, "error"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent(/^Too many attempts\. Wait a moment, then try again\.$/);
    const seconds = Number(/in (\d+) s/.exec(canvas.getByRole("button", { name: /^Try again in/ }).textContent ?? "")?.[1]);
    await expect(seconds).toBeGreaterThan(25);
    await expect(seconds).toBeLessThanOrEqual(30);
    await expect(canvas.getByRole("button", { name: /^Try again in/ })).toBeDisabled();
  },
};

/** A client without PreventUserExistenceErrors names an unknown user: said in this screen's words, not "Incorrect username or password". */
export const UnknownUser: Story = {
  loaders: afterSubmit({ error: "UserNotFoundException" }, "error"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("We cannot reset the password of that account. Check what you entered and try again.");
  },
};

/** An email-only app: the field is the email, with its keyboard, saved by password managers as the login. */
export const EmailOnly: Story = {
  args: { loginMechanism: "email" },
  play: async ({ canvasElement }) => {
    const email = within(canvasElement).getByLabelText("Email");
    await expect(email).toHaveAttribute("type", "email");
    await expect(email).toHaveAttribute("autocomplete", "username");
  },
};

/** A phone-only app: the field is the phone number. */
export const PhoneOnly: Story = {
  args: { loginMechanism: "phone" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText("Phone number")).toHaveAttribute("type", "tel");
  },
};

export const DeliveryFailed: Story = {
  loaders: afterSubmit({ error: "CodeDeliveryFailureException" }, "error"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("We could not send the code. Try again later.");
  },
};

export const Dark: Story = { parameters: { ui: { colorScheme: "dark" } }, play: showsDark };

export const Dutch: Story = {
  parameters: { ui: { language: nl } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { level: 2 })).toHaveTextContent(nl["forgotPassword.title"]);
  },
};

export const Unstyled: Story = { parameters: { ui: { unstyled: true } }, play: showsUnstyled };

/** Empty submit: the field error, no request. */
export const RequiredField: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Send code" }));
    const username = canvas.getByLabelText("Username or email");
    await waitFor(() => expect(username).toHaveAccessibleDescription("Fill in this field."));
    await expect(username).toHaveFocus();
  },
};

/** Sent: the machine moves on to the code and new password, with the trimmed username. */
export const SendCode: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Username or email"), "  ana@example.com {Enter}");
    await waitFor(() => expect(authOf(loaded).getSnapshot()).toMatchObject({
      step: "confirmForgotPassword", username: "ana@example.com", delivery: { destination: "a***@e***.com" },
    }));
  },
};

/** Back to sign in keeps nothing secret and moves the machine. */
export const BackToSignIn: Story = {
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Back to sign in" }));
    await waitFor(() => expect(authOf(loaded).getSnapshot().step).toBe("signIn"));
  },
};
