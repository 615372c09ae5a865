import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Authenticator, ConfirmSignIn } from "../src/ui/index";
import { ar } from "../src/ui/i18n/ar";
import { de } from "../src/ui/i18n/de";
import type { AuthState, CognitoAuth } from "../src/index";
import { challenge, TEST_USER as USER, withAuth, type Answer } from "../src/testing/index";
import { authOf, load } from "./support/loaders";
import { showsDark } from "./support/plays";

const SMS = challenge("SMS_MFA", { CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0101" });
const TOTP = challenge("SOFTWARE_TOKEN_MFA");
const EMAIL = challenge("EMAIL_OTP", { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "a***@e***.com" });

/** Signed in with the password, then (optionally) a code sent back that Cognito answers with `answer`. */
const afterCode = (answer: Answer, until: (s: AuthState) => boolean) =>
  load(
    { afterPassword: SMS, challenges: { SMS_MFA: answer } },
    async (a: CognitoAuth) => {
      await a.signIn(USER);
      await a.confirmSignIn({ code: "123456" });
    },
    until,
  );

const meta = {
  title: "MFA/Confirm sign-in",
  component: ConfirmSignIn,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ConfirmSignIn {...args} />),
  loaders: load({ afterPassword: SMS }, (a) => a.signIn(USER)),
} satisfies Meta<typeof ConfirmSignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A code texted to a masked phone number. */
export const Sms: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Enter your code" })).toBeVisible();
    await expect(canvas.getByText(/^Enter the code we texted to/)).toHaveTextContent(/^Enter the code we texted to \+\*{7}0101\.$/);
    const code = canvas.getByLabelText("Code");
    await expect(code).toHaveAttribute("autocomplete", "one-time-code");
    await expect(code).toHaveAttribute("inputmode", "numeric");
  },
};

/** A code from an authenticator app: no destination. */
export const Totp: Story = {
  loaders: load({ afterPassword: TOTP }, (a) => a.signIn(USER)),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Enter the code from your authenticator app.")).toBeVisible();
  },
};

/** A code emailed to a masked address. */
export const Email: Story = {
  loaders: load({ afterPassword: EMAIL }, (a) => a.signIn(USER)),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Enter the code we emailed to/)).toHaveTextContent(/^Enter the code we emailed to a\*\*\*@e\*\*\*\.com\.$/);
  },
};

export const WrongCode: Story = {
  loaders: afterCode({ error: "CodeMismatchException" }, (s) => s.step === "confirmSignIn" && s.status === "error"),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("That code is not right. Check it and try again.");
  },
};

export const ExpiredCode: Story = {
  loaders: afterCode({ error: "ExpiredCodeException" }, (s) => s.step === "confirmSignIn" && s.status === "error"),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("That code has expired. Ask for a new one.");
  },
};

export const Throttled: Story = {
  loaders: afterCode({ error: "TooManyFailedAttemptsException", retryAfterMs: 20_000 }, (s) => s.step === "confirmSignIn" && s.status === "error"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent(/^Too many attempts\. Wait a moment, then try again\.$/);
    await expect(canvas.getByRole("button", { name: /^Try again in \d+ s$/ })).toBeDisabled();
  },
};

/**
 * The challenge session expired (NotAuthorized while answering a challenge): the machine goes
 * back to sign-in, so the Authenticator shows the sign-in screen with the reason.
 */
export const SessionExpired: Story = {
  loaders: afterCode({ error: "NotAuthorizedException" }, (s) => s.step === "signIn" && s.status === "error"),
  render: (_args, { loaded, parameters }) => <Authenticator {...parameters.ui} auth={authOf(loaded)} />,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expect(authOf(loaded).getSnapshot().step).toBe("signIn");
    await expect(canvas.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(canvas.getByRole("alert")).toHaveTextContent("Your sign-in took too long. Sign in again.");
    await expect(canvas.queryByRole("heading", { name: "Enter your code" })).toBeNull();
  },
};

/**
 * The same state, with ConfirmSignIn alone: it renders nothing outside its step, so the canvas
 * shows what <Authenticator> shows there instead (the sign-in screen with the message).
 */
export const SessionExpiredRendersNothing: Story = {
  name: "Session expired, screen alone",
  parameters: { endScreen: "always" },
  loaders: afterCode({ error: "NotAuthorizedException" }, (s) => s.step === "signIn" && s.status === "error"),
  play: async ({ canvasElement }) => {
    const own = canvasElement.querySelector<HTMLElement>("[data-story-output]");
    await expect(own).not.toBeNull();
    await expect(within(own!).queryByRole("heading")).toBeNull();
    await expect(await within(canvasElement).findByRole("heading", { level: 2, name: "Sign in" })).toBeVisible();
  },
};

export const Pending: Story = {
  loaders: afterCode("pending", (s) => s.step === "confirmSignIn" && s.status === "pending"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole("button", { name: "Please wait…" });
    await expect(button).toBeDisabled();
    await expect(button.closest("form")).toHaveAttribute("aria-busy", "true");
  },
};

export const Dark: Story = { parameters: { ui: { colorScheme: "dark" } }, play: showsDark };

export const German: Story = {
  parameters: { ui: { language: de } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { level: 2 })).toHaveTextContent(de["confirmSignIn.title"]);
  },
};

/** Arabic, right to left. */
export const ArabicRtl: Story = {
  parameters: { ui: { language: ar, dir: "rtl" } },
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole("heading", { level: 2 });
    await expect(heading).toHaveTextContent(ar["confirmSignIn.title"]);
    await expect(heading.closest("section")).toHaveAttribute("dir", "rtl");
  },
};

export const Unstyled: Story = {
  parameters: { ui: { unstyled: true } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("[class*='crk-']")).toBeNull();
  },
};

/** Pasting "123 456" keeps the digits, submits by itself, and signs in. */
export const PasteAutoSubmits: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const auth = authOf(loaded);
    const code = canvas.getByLabelText("Code");
    await userEvent.click(code);
    await userEvent.paste("123 456");
    await expect(code).toHaveValue("123456");
    await waitFor(() => expect(auth.getSnapshot().step).toBe("signedIn"));
    await waitFor(() => expect(canvas.queryByRole("heading", { name: "Enter your code" })).toBeNull());
  },
};

/** Typing the sixth digit submits too; a wrong code keeps the screen and focuses the message. */
export const TypeWrongCode: Story = {
  loaders: load({ afterPassword: SMS, challenges: { SMS_MFA: { error: "CodeMismatchException" } } }, (a) => a.signIn(USER)),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Code"), "654321");
    const alert = await canvas.findByText("That code is not right. Check it and try again.");
    await waitFor(() => expect(alert).toHaveFocus());
  },
};

/** Fewer than 6 digits: a field error, no request. */
export const ShortCode: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const code = canvas.getByLabelText("Code");
    await userEvent.type(code, "12{Enter}");
    await waitFor(() => expect(code).toHaveAccessibleDescription("Enter the 6-digit code."));
    await expect(code).toHaveAttribute("aria-invalid", "true");
    await expect(authOf(loaded).getSnapshot().status).toBe("idle");
  },
};
