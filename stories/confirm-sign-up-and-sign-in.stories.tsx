import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ConfirmSignUpAndSignIn } from "../src/ui/passwordless/index";
import { signedIn, withAuth } from "../src/testing/index";
import { authOf } from "./support/loaders";
import { showsAlert, showsDark } from "./support/plays";
import { passwordlessLoader } from "./support/passwordless-auth";

const SIGNED_UP = { UserConfirmed: false, UserSub: "s", Session: "sign-up-session", CodeDeliveryDetails: { DeliveryMedium: "EMAIL", Destination: "a***@e***.com" } };
const afterSignUp = (operations: Record<string, unknown> = {}, code?: string) =>
  passwordlessLoader({ methods: ["EMAIL_OTP"], script: { operations: { SignUp: SIGNED_UP, ConfirmSignUp: { Session: "confirm-session" }, InitiateAuth: signedIn(), ...operations } } }, async (pl, auth) => {
    auth.navigate("signUp");
    await pl.signUp({ username: "ana@example.com", attributes: { email: "ana@example.com" } });
    if (code) await pl.confirmSignUp({ code });
  });

/**
 * The sign-up code with choice-based sign-in on: once it is right, the user is signed in at once
 * (with the Session Cognito returns — no password).
 */
const meta = {
  title: "Sign up/Confirm and sign in",
  component: ConfirmSignUpAndSignIn,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ConfirmSignUpAndSignIn {...args} />),
  loaders: afterSignUp(),
} satisfies Meta<typeof ConfirmSignUpAndSignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Where the code went; resend on a countdown. */
export const CodeSent: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Confirm your account" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: /^Send a new code in \d+ s$/ })).toBeDisabled();
  },
};

/** The right code: signed in, no sign-in screen in between. */
export const SignedInAtOnce: Story = {
  play: async ({ canvasElement, loaded }) => {
    await userEvent.type(within(canvasElement).getByLabelText("Code"), "123456");
    await waitFor(() => expect(authOf(loaded).getSnapshot().step).toBe("signedIn"));
  },
};

/** A wrong code: said in the alert; still on the code. */
export const WrongCode: Story = {
  loaders: afterSignUp({ ConfirmSignUp: { error: "CodeMismatchException" } }, "123456"),
  play: showsAlert("That code is not right. Check it and try again."),
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" } },
  play: showsDark,
};
