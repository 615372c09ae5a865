import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SelectMfaSetup } from "../src/ui/passwordless/index";
import { withAuth } from "../src/testing/index";
import { authOf } from "./support/loaders";
import { showsDark } from "./support/plays";
import { MFA_SETUP, passwordlessLoader, SRP_VERIFIER } from "./support/passwordless-auth";

/**
 * The pool requires MFA and offers more than an authenticator app: the user picks how to get
 * sign-in codes before setting it up (Cognito's MFA_SETUP listing EMAIL_OTP).
 */
const meta = {
  title: "MFA/Choose MFA set-up",
  component: SelectMfaSetup,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <SelectMfaSetup {...args} />),
  loaders: passwordlessLoader(
    { script: { afterPassword: MFA_SETUP("SOFTWARE_TOKEN_MFA", "EMAIL_OTP"), operations: { InitiateAuth: SRP_VERIFIER, AssociateSoftwareToken: { SecretCode: "JBSWY3DPEHPK3PXP", Session: "s2" } } } },
    (pl) => pl.signIn({ username: "ana", method: "PASSWORD", password: "Correct-Horse-1!" }),
  ),
} satisfies Meta<typeof SelectMfaSetup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Authenticator app or email; the app first. */
export const AppOrEmail: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Set up two-step verification" })).toBeVisible();
    const group = canvas.getByRole("group", { name: "How do you want to get your sign-in codes?" });
    await expect(within(group).getAllByRole("radio")).toHaveLength(2);
    await expect(canvas.getByLabelText("Authenticator app")).toBeChecked();
  },
};

/** Email chosen: on to the address (no request yet). */
export const EmailChosen: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText("Email"));
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(authOf(loaded).getSnapshot().step).toBe("setupEmailMfa"));
  },
};

/** The app chosen: the stock authenticator-app set-up, its secret fetched. */
export const AppChosen: Story = {
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(authOf(loaded).getSnapshot()).toMatchObject({ step: "setupTotp", secret: "JBSWY3DPEHPK3PXP" }));
  },
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" } },
  play: showsDark,
};
