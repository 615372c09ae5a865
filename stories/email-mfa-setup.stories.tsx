import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SetupEmailMfa } from "../src/ui/passwordless/index";
import { withAuth } from "../src/testing/index";
import { authOf } from "./support/loaders";
import { showsAlert, showsDark, showsPending } from "./support/plays";
import { EMAIL_CODE, MFA_SETUP, passwordlessLoader, SRP_VERIFIER } from "./support/passwordless-auth";

const PASSWORD = { username: "ana", method: "PASSWORD" as const, password: "Correct-Horse-1!" };
const emailOnly = (challenges = {}) => ({ script: { operations: { InitiateAuth: SRP_VERIFIER }, afterPassword: MFA_SETUP("EMAIL_OTP"), challenges } });

/**
 * The pool requires MFA and the user chose codes by email (or email is the only way offered):
 * the address for the codes; a code goes there to confirm it.
 */
const meta = {
  title: "MFA/Set up email MFA",
  component: SetupEmailMfa,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <SetupEmailMfa {...args} />),
  loaders: passwordlessLoader(emailOnly(), (pl) => pl.signIn(PASSWORD)),
} satisfies Meta<typeof SetupEmailMfa>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The address, checked as an email before anything is sent. */
export const EmailAddress: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Get sign-in codes by email" })).toBeVisible();
    await userEvent.type(canvas.getByLabelText("Email"), "not-an-email{Enter}");
    await expect(await canvas.findByText("Enter a valid email address.")).toBeVisible();
    await expect(canvas.getByLabelText("Email")).toHaveAttribute("aria-invalid", "true");
  },
};

/** Sent: on to the code screen (an MFA code: no "new code by a new sign-in" there). */
export const CodeSent: Story = {
  loaders: passwordlessLoader(emailOnly({ MFA_SETUP: EMAIL_CODE }), (pl) => pl.signIn(PASSWORD)),
  play: async ({ canvasElement, loaded }) => {
    await userEvent.type(within(canvasElement).getByLabelText("Email"), "ana@example.com{Enter}");
    await waitFor(() => expect(authOf(loaded).getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "EMAIL" }));
    await expect(authOf(loaded).getSnapshot()).not.toHaveProperty("firstFactor");
  },
};

/** Sending: the button says so and waits. */
export const Sending: Story = {
  loaders: passwordlessLoader(emailOnly({ MFA_SETUP: "pending" }), async (pl) => {
    await pl.signIn(PASSWORD);
    await pl.setupEmailMfa({ email: "ana@example.com" });
  }, (s) => s.step === "setupEmailMfa" && s.status === "pending"),
  play: showsPending,
};

/** Cognito could not send to the address. */
export const NotSent: Story = {
  loaders: passwordlessLoader(emailOnly({ MFA_SETUP: { error: "CodeDeliveryFailureException" } }), async (pl) => {
    await pl.signIn(PASSWORD);
    await pl.setupEmailMfa({ email: "ana@example.com" });
  }, (s) => s.step === "setupEmailMfa" && s.status === "error"),
  play: showsAlert("We could not send the code. Try again later."),
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" } },
  play: showsDark,
};
