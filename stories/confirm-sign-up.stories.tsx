import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ConfirmSignUp } from "../src/ui/index";
import { he } from "../src/ui/i18n/he";
import { sv } from "../src/ui/i18n/sv";
import type { AuthState, CognitoAuth } from "../src/index";
import { TEST_USER as USER, withAuth, type Script as Scenario } from "../src/testing/index";
import { authOf, EMAIL_DELIVERY, load } from "./support/loaders";
import { showsDark, showsUnstyled } from "./support/plays";

const SIGNED_UP = { UserConfirmed: false, UserSub: "4f1c-demo", CodeDeliveryDetails: EMAIL_DELIVERY };
const NEW_USER = { username: "ana", password: "Correct-Horse-1!", attributes: { email: "ana@example.com" } };

/** Signed up (a code went out by email), then `more` on the confirm step. */
const afterSignUp = (operations: Scenario["operations"] = {}, more?: (a: CognitoAuth) => unknown, until?: (s: AuthState) => boolean) =>
  load(
    { operations: { SignUp: SIGNED_UP, ...operations } },
    async (a: CognitoAuth) => {
      a.navigate("signUp");
      await a.signUp(NEW_USER);
      await more?.(a);
    },
    until ?? ((s) => s.step === "confirmSignUp" && s.status !== "pending"),
  );

/** A sign-in of an unconfirmed user: the machine asks for the code, with no delivery known. */
const unconfirmed = (operations: Scenario["operations"] = {}, more?: (a: CognitoAuth) => unknown, until?: (s: AuthState) => boolean) =>
  load(
    { afterPassword: { error: "UserNotConfirmedException" }, operations },
    async (a: CognitoAuth) => {
      await a.signIn(USER);
      await more?.(a);
    },
    until ?? ((s) => s.step === "confirmSignUp" && s.status !== "pending"),
  );

const confirmWith = (error: string) =>
  afterSignUp({ ConfirmSignUp: { error } }, (a) => a.confirmSignUp({ code: "123456" }), (s) => s.step === "confirmSignUp" && s.status === "error");

const meta = {
  title: "Sign up/Confirm sign-up",
  component: ConfirmSignUp,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ConfirmSignUp {...args} />),
  loaders: afterSignUp(),
} satisfies Meta<typeof ConfirmSignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

const RESEND_IN = /^Send a new code in \d+ s$/;

/** Right after sign-up: where the code went, and resend waits out its countdown. */
export const AfterSignUp: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^We sent a code to/)).toHaveTextContent(/^We sent a code to a\*\*\*@e\*\*\*\.com\.$/);
    const resend = canvas.getByRole("button", { name: RESEND_IN });
    await expect(resend).toBeDisabled();
  },
};

/** An unconfirmed user tried to sign in: the reason is shown, and a new code can be sent now. */
export const ViaUserNotConfirmed: Story = {
  loaders: unconfirmed(),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Enter the code we sent you.")).toBeVisible();
    await expect(canvas.getByRole("alert")).toHaveTextContent("Your account is not confirmed yet. Enter the code we sent you, or ask for a new one.");
    await expect(canvas.getByRole("button", { name: "Send a new code" })).toBeEnabled();
  },
};

export const CodeMismatch: Story = {
  loaders: confirmWith("CodeMismatchException"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("That code is not right. Check it and try again.");
  },
};

export const ExpiredCode: Story = {
  loaders: confirmWith("ExpiredCodeException"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("That code has expired. Ask for a new one.");
  },
};

/** Confirming: the submit and resend wait. */
export const Pending: Story = {
  loaders: afterSignUp({ ConfirmSignUp: "pending" }, (a) => void a.confirmSignUp({ code: "123456" }), (s) => s.step === "confirmSignUp" && s.status === "pending"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Please wait…" })).toBeDisabled();
    await expect(canvas.getByRole("button", { name: RESEND_IN })).toBeDisabled();
  },
};

/** A new code was asked for and has not gone out yet. */
export const ResendPending: Story = {
  loaders: unconfirmed({ ResendConfirmationCode: "pending" }, (a) => void a.resendSignUpCode(), (s) => s.step === "confirmSignUp" && s.status === "pending"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Send a new code" })).toBeDisabled();
    await expect(canvas.getByRole("button", { name: "Please wait…" })).toBeDisabled();
  },
};

/** Resending failed: too many codes asked for. */
export const ResendThrottled: Story = {
  loaders: unconfirmed({ ResendConfirmationCode: { error: "LimitExceededException", retryAfterMs: 45_000 } }, (a) => a.resendSignUpCode(),
    (s) => s.step === "confirmSignUp" && s.error?.code === "LimitExceededException"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent(/^Too many attempts\. Wait a moment, then try again\.$/);
    await expect(canvas.getByRole("button", { name: /^Try again in \d+ s$/ })).toBeDisabled();
  },
};

export const Dark: Story = { parameters: { ui: { colorScheme: "dark" } }, play: showsDark };

export const Swedish: Story = {
  parameters: { ui: { language: sv } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { level: 2 })).toHaveTextContent(sv["confirmSignUp.title"]);
  },
};

/** Hebrew, right to left. */
export const HebrewRtl: Story = {
  parameters: { ui: { language: he, dir: "rtl" } },
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole("heading", { level: 2 });
    await expect(heading).toHaveTextContent(he["confirmSignUp.title"]);
    await expect(heading.closest("section")).toHaveAttribute("dir", "rtl");
  },
};

export const Unstyled: Story = { parameters: { ui: { unstyled: true } }, play: showsUnstyled };

/** Right after sign-up, resend is disabled and counts down; after a confirmed code the machine is back at sign-in. */
export const ResendCountdown: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const resend = canvas.getByRole("button", { name: /^Send a new code/ });
    await expect(resend).toBeDisabled();
    await expect(resend).toHaveTextContent(RESEND_IN);
    const first = Number(/\d+/.exec(resend.textContent ?? "")?.[0]);
    await expect(first).toBeGreaterThan(25);
    await expect(first).toBeLessThanOrEqual(30);
    await userEvent.type(canvas.getByLabelText("Code"), "123456");
    await waitFor(() => expect(authOf(loaded).getSnapshot()).toMatchObject({ step: "signIn", username: "ana" }));
  },
};

/** After a resend from the unconfirmed path, the new destination shows and the countdown starts. */
export const ResendStartsCountdown: Story = {
  loaders: unconfirmed({ ResendConfirmationCode: { CodeDeliveryDetails: EMAIL_DELIVERY } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Send a new code" }));
    await expect(await canvas.findByText(/^We sent a code to/)).toHaveTextContent(/^We sent a code to a\*\*\*@e\*\*\*\.com\.$/);
    await waitFor(() => expect(canvas.getByRole("button", { name: RESEND_IN })).toBeDisabled());
  },
};
