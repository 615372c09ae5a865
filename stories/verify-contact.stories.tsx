import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { VerifyContact } from "../src/ui/index";
import { he } from "../src/ui/i18n/he";
import { withAuth } from "../src/testing/index";
import { authOf } from "./support/loaders";
import { showsAlert, showsDark, showsPending, showsThrottled } from "./support/plays";
import { verifyContactLoader } from "./support/verify-contact-auth";

/**
 * After sign-in, for a user with no verified email or phone (`verifyContact: verifyContactStep`):
 * choose where the code goes, enter it, or skip. The session is already live on this screen.
 */
const meta = {
  title: "Sign in/Verify contact",
  component: VerifyContact,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <VerifyContact {...args} />),
  loaders: verifyContactLoader(),
} satisfies Meta<typeof VerifyContact>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Email and phone on file, neither verified: the first is chosen; Skip is always there. */
export const ChooseEmailOrPhone: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Verify your email or phone" })).toBeVisible();
    const group = canvas.getByRole("group", { name: "Where should we send a code?" });
    await expect(within(group).getByRole("radio", { name: "Email ana@example.com" })).toBeChecked();
    await expect(within(group).getByRole("radio", { name: "Phone number +15555550123" })).not.toBeChecked();
    await expect(canvas.getByRole("button", { name: "Send code" })).toBeEnabled();
    await expect(canvas.getByRole("button", { name: "Skip for now" })).toBeVisible();
  },
};

/** Only an email on file: one choice, already made. */
export const OnlyEmail: Story = {
  loaders: verifyContactLoader({ emailOnly: true }),
  play: async ({ canvasElement }) => {
    const radios = within(canvasElement).getAllByRole("radio");
    await expect(radios).toHaveLength(1);
    await expect(radios[0]).toBeChecked();
  },
};

/** The code went out: where (isolated for right-to-left text), the code field, resend on a countdown. */
export const CodeSent: Story = {
  loaders: verifyContactLoader({}, (step) => step.sendCode({ attribute: "email" })),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("We sent a code to \u2068a***@e***.com\u2069.")).toBeVisible();
    await expect(canvas.getByLabelText("Code")).toHaveAttribute("autocomplete", "one-time-code");
    await expect(canvas.getByRole("button", { name: /^Send a new code in \d+ s$/ })).toBeDisabled();
    await expect(canvas.getByRole("button", { name: "Send the code somewhere else" })).toBeVisible();
  },
};

/** A wrong code: said in the alert, which takes focus; the step stays on the code. */
export const WrongCode: Story = {
  loaders: verifyContactLoader(
    { operations: { VerifyUserAttribute: { error: "CodeMismatchException" } } },
    async (step) => {
      await step.sendCode({ attribute: "email" });
      await step.confirm({ code: "123456" });
    },
    (s) => s.status === "error",
  ),
  play: showsAlert("That code is not right. Check it and try again."),
};

/** Sending: the button says so and waits. */
export const Sending: Story = {
  loaders: verifyContactLoader({ operations: { GetUserAttributeVerificationCode: "pending" } }, (step) => step.sendCode({ attribute: "email" }), (s) => s.status === "pending"),
  play: showsPending,
};

/** Too many codes asked for: a countdown before the next. */
export const Throttled: Story = {
  loaders: verifyContactLoader(
    { operations: { GetUserAttributeVerificationCode: { error: "LimitExceededException" } } },
    (step) => step.sendCode({ attribute: "phone_number" }),
    (s) => s.status === "error",
  ),
  play: showsThrottled(60, "Send code"),
};

/** Skip: signed in as usual (the machine leaves the step). */
export const Skip: Story = {
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Skip for now" }));
    await waitFor(() => expect(authOf(loaded).getSnapshot().step).toBe("signedIn"));
  },
};

/** Hebrew: right to left, the number and address read in their own direction. */
export const Hebrew: Story = {
  parameters: { ui: { language: he } },
  play: async ({ canvasElement }) => {
    const heading = await within(canvasElement).findByRole("heading", { name: "אימות האימייל או הטלפון שלך" });
    await expect(heading.closest("section")).toHaveAttribute("dir", "rtl");
    await expect(canvasElement.querySelectorAll("bdi")).toHaveLength(2);
  },
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" } },
  play: showsDark,
};
