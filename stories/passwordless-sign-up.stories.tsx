import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { PasswordlessSignUp } from "../src/ui/passwordless/index";
import { withAuth } from "../src/testing/index";
import { authOf } from "./support/loaders";
import { showsAlert, showsDark } from "./support/plays";
import { passwordlessLoader } from "./support/passwordless-auth";

const atSignUp = (options: Parameters<typeof passwordlessLoader>[0] = {}) =>
  passwordlessLoader({ methods: ["EMAIL_OTP", "SMS_OTP"], ...options }, (_, auth) => auth.navigate("signUp"));

/**
 * Sign-up with no password (the app offers no password, or says `passwordlessSignUp: true`):
 * the confirmation code then signs the user in by itself.
 */
const meta = {
  title: "Sign up/Passwordless sign-up",
  component: PasswordlessSignUp,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <PasswordlessSignUp {...args} />),
  loaders: atSignUp(),
} satisfies Meta<typeof PasswordlessSignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Codes by email or SMS offered: an email, and a phone number (optional); no password field. */
export const EmailAndPhone: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Create an account" })).toBeVisible();
    await expect(canvas.getByText("No password needed: we will send you a code to confirm your account.")).toBeVisible();
    await expect(canvas.getByLabelText("Email")).toHaveAttribute("type", "email");
    await expect(canvas.getByLabelText(/^Phone number/)).toHaveAttribute("type", "tel");
    await expect(canvas.queryByLabelText(/password/i)).toBeNull();
  },
};

/** Codes by SMS only: the phone number is the username. */
export const PhoneOnly: Story = {
  loaders: atSignUp({ methods: ["SMS_OTP"] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByLabelText("Email")).toBeNull();
    await expect(canvas.getByLabelText("Phone number")).toBeRequired();
  },
};

/** Created: on to the confirmation code (which signs in). */
export const Created: Story = {
  loaders: atSignUp({ script: { operations: { SignUp: { UserConfirmed: false, UserSub: "s", CodeDeliveryDetails: { DeliveryMedium: "EMAIL", Destination: "a***@e***.com" } } } } }),
  play: async ({ canvasElement, loaded }) => {
    await userEvent.type(within(canvasElement).getByLabelText("Email"), "ana@example.com{Enter}");
    await waitFor(() => expect(authOf(loaded).getSnapshot()).toMatchObject({ step: "confirmSignUp", delivery: { destination: "a***@e***.com" } }));
  },
};

/** The address is taken. */
export const Taken: Story = {
  loaders: passwordlessLoader({ methods: ["EMAIL_OTP"], script: { operations: { SignUp: { error: "UsernameExistsException" } } } }, async (pl, auth) => {
    auth.navigate("signUp");
    await pl.signUp({ username: "ana@example.com", attributes: { email: "ana@example.com" } });
  }),
  play: showsAlert("That username is taken."),
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" } },
  play: showsDark,
};
