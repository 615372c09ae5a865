import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ChoiceSignIn } from "../src/ui/passwordless/index";
import { he } from "../src/ui/i18n/he";
import { withAuth } from "../src/testing/index";
import { authOf } from "./support/loaders";
import { showsAlert, showsDark, showsPending } from "./support/plays";
import { EMAIL_CODE, passwordlessLoader, SELECT } from "./support/passwordless-auth";

/**
 * Choice-based sign-in (`choiceSignIn` add-on), username first: Continue goes to the app's
 * preferred method or to the choice among the account's methods.
 */
const meta = {
  title: "Sign in/Choice sign-in",
  component: ChoiceSignIn,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ChoiceSignIn {...args} />),
  loaders: passwordlessLoader(),
} satisfies Meta<typeof ChoiceSignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Just the username; no password field. Reset and sign-up links (reset only when a password is offered). */
export const UsernameFirst: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(canvas.getByLabelText("Username or email")).toHaveAttribute("autocomplete", "username");
    await expect(canvas.queryByLabelText("Password")).toBeNull();
    await expect(canvas.getByRole("button", { name: "Continue" })).toBeEnabled();
    await expect(canvas.getByRole("button", { name: "Forgot your password?" })).toBeVisible();
  },
};

/** Codes only (no password offered): no reset link. Continue sends the code at once (preferred). */
export const CodesOnly: Story = {
  loaders: passwordlessLoader({ methods: ["EMAIL_OTP"], script: { operations: { InitiateAuth: EMAIL_CODE } } }),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("button", { name: "Forgot your password?" })).toBeNull();
    await userEvent.type(canvas.getByLabelText("Username or email"), "ana@example.com{Enter}");
    await waitFor(() => expect(authOf(loaded).getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "EMAIL", firstFactor: true }));
  },
};

/** Asking Cognito: the button says so and waits. */
export const Asking: Story = {
  loaders: passwordlessLoader({ script: { operations: { InitiateAuth: "pending" } } }, (pl) => pl.signIn({ username: "ana@example.com" }), (s) => s.status === "pending"),
  play: showsPending,
};

/** The account has none of the methods the app offers (a passkey only, say). */
export const NoMethodForThisAccount: Story = {
  loaders: passwordlessLoader({ script: { operations: { InitiateAuth: SELECT("WEB_AUTHN") } } }, (pl) => pl.signIn({ username: "ana@example.com" })),
  play: showsAlert("This account cannot sign in any of the ways this app offers. Contact support."),
};

/** Hebrew: right to left; the strings come from the screens' own Hebrew part. */
export const Hebrew: Story = {
  parameters: { ui: { language: he } },
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole("button", { name: "המשך" });
    await expect(button.closest("section")).toHaveAttribute("dir", "rtl");
  },
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" } },
  play: showsDark,
};
