import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { FirstFactorCode } from "../src/ui/passwordless/index";
import { withAuth } from "../src/testing/index";
import { authOf } from "./support/loaders";
import { showsAlert, showsDark } from "./support/plays";
import { EMAIL_CODE, passwordlessLoader, SMS_CODE } from "./support/passwordless-auth";

const emailed = { preferred: "EMAIL_OTP" as const, script: { operations: { InitiateAuth: EMAIL_CODE } } };

/**
 * A one-time code as the first factor (no password before it): paste, auto-submit at 6 digits,
 * a new code after a countdown, or another way to sign in. An MFA code shows the stock screen.
 */
const meta = {
  title: "Sign in/One-time code",
  component: FirstFactorCode,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <FirstFactorCode {...args} />),
  loaders: passwordlessLoader(emailed, (pl) => pl.signIn({ username: "ana@example.com" })),
} satisfies Meta<typeof FirstFactorCode>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Emailed to a masked address; "Send a new code" counts down first. */
export const Emailed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Enter the code we emailed to/)).toHaveTextContent(/^Enter the code we emailed to a\*\*\*@e\*\*\*\.com\.$/);
    await expect(canvas.getByLabelText("Code")).toHaveAttribute("autocomplete", "one-time-code");
    await expect(canvas.getByRole("button", { name: /^Send a new code in \d+ s$/ })).toBeDisabled();
    await expect(canvas.getByRole("button", { name: "Sign in another way" })).toBeVisible();
  },
};

/** Texted to a masked number. */
export const Texted: Story = {
  loaders: passwordlessLoader({ preferred: "SMS_OTP", script: { operations: { InitiateAuth: SMS_CODE } } }, (pl) => pl.signIn({ username: "+15555550101" })),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Enter the code we texted to/)).toHaveTextContent(/^Enter the code we texted to \+\*{7}0101\.$/);
  },
};

/** A wrong code: said in the alert, which takes focus; the code stays to be corrected. */
export const WrongCode: Story = {
  loaders: passwordlessLoader(
    { ...emailed, script: { ...emailed.script, challenges: { EMAIL_OTP: { error: "CodeMismatchException" } } } },
    async (pl, auth) => {
      await pl.signIn({ username: "ana@example.com" });
      await auth.confirmSignIn({ code: "123456" });
    },
    (s) => s.status === "error",
  ),
  play: showsAlert("That code is not right. Check it and try again."),
};

/** Pasted with a space, as mail apps copy it: submitted at 6 digits, signed in. */
export const Pasted: Story = {
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByLabelText("Code"));
    await userEvent.paste("123 456");
    await waitFor(() => expect(authOf(loaded).getSnapshot().step).toBe("signedIn"));
  },
};

/** Only codes by email offered: no other way to offer. */
export const OnlyWay: Story = {
  loaders: passwordlessLoader({ methods: ["EMAIL_OTP"], script: emailed.script }, (pl) => pl.signIn({ username: "ana@example.com" })),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("button", { name: "Sign in another way" })).toBeNull();
  },
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" } },
  play: showsDark,
};
