import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SelectChallenge } from "../src/ui/passwordless/index";
import { withAuth } from "../src/testing/index";
import { authOf } from "./support/loaders";
import { showsAlert, showsDark, showsPending } from "./support/plays";
import { passwordlessLoader, SELECT } from "./support/passwordless-auth";

const AT_CHOICE = { script: { operations: { InitiateAuth: SELECT("EMAIL_OTP", "SMS_OTP", "PASSWORD_SRP", "WEB_AUTHN") } } };

/**
 * After the username: the ways this account can sign in that the app offers (Cognito's
 * SELECT_CHALLENGE, kept to the app's methods, in its order).
 */
const meta = {
  title: "Sign in/Choose how to sign in",
  component: SelectChallenge,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <SelectChallenge {...args} />),
  loaders: passwordlessLoader(AT_CHOICE, (pl) => pl.signIn({ username: "ana@example.com" })),
} satisfies Meta<typeof SelectChallenge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Email, SMS and password offered (the passkey Cognito also listed is not the app's): email first. */
export const ThreeWays: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Choose how to sign in" })).toBeVisible();
    await expect(canvas.getByText(/^Signing in as/)).toHaveTextContent("Signing in as ana@example.com.");
    const radios = within(canvas.getByRole("group", { name: "Choose how to sign in" })).getAllByRole("radio");
    await expect(radios).toHaveLength(3);
    await expect(canvas.getByLabelText("Email me a code")).toBeChecked();
    await expect(canvas.queryByLabelText("Password")).toBeNull();
  },
};

/** The password chosen: its field appears (current-password), with the reset link. */
export const PasswordChosen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText("Use my password"));
    await expect(canvas.getByLabelText("Password")).toHaveAttribute("autocomplete", "current-password");
    await expect(canvas.getByRole("button", { name: "Forgot your password?" })).toBeVisible();
  },
};

/** One way only: no choice to make, the button names it. */
export const OneWay: Story = {
  loaders: passwordlessLoader({ script: { operations: { InitiateAuth: SELECT("SMS_OTP") } } }, (pl) => pl.signIn({ username: "ana@example.com" })),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("radio")).toBeNull();
    await expect(canvas.getByRole("button", { name: "Text me a code" })).toBeEnabled();
  },
};

/** Sending the code: the button says so and waits. */
export const Sending: Story = {
  loaders: passwordlessLoader(
    { script: { ...AT_CHOICE.script, challenges: { SELECT_CHALLENGE: "pending" } } },
    async (pl) => {
      await pl.signIn({ username: "ana@example.com" });
      await pl.selectChallenge({ method: "EMAIL_OTP" });
    },
    (s) => s.step === "selectChallenge" && s.status === "pending",
  ),
  play: showsPending,
};

/** Cognito refused the method for this account (e.g. no phone number on file). */
export const Refused: Story = {
  loaders: passwordlessLoader(
    { script: { ...AT_CHOICE.script, challenges: { SELECT_CHALLENGE: { error: "InvalidParameterException" } } } },
    async (pl) => {
      await pl.signIn({ username: "ana@example.com" });
      await pl.selectChallenge({ method: "SMS_OTP" });
    },
    (s) => s.step === "selectChallenge" && s.status === "error",
  ),
  play: showsAlert("That way of signing in is not available for this account. Choose another."),
};

/** Another account: back to the username, empty. */
export const AnotherAccount: Story = {
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Use another account" }));
    await waitFor(() => expect(authOf(loaded).getSnapshot()).toMatchObject({ step: "signIn", username: "" }));
  },
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" } },
  play: showsDark,
};
