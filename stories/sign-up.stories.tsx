import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SignUp } from "../src/ui/index";
import { pt } from "../src/ui/i18n/pt";
import type { CognitoAuth } from "../src/index";
import { withAuth, type Answer } from "../src/testing/index";
import { authOf, EMAIL_DELIVERY, load } from "./support/loaders";
import { showsDark, showsUnstyled } from "./support/plays";

const SIGNED_UP = { UserConfirmed: false, UserSub: "4f1c-demo", CodeDeliveryDetails: EMAIL_DELIVERY };
const NEW_USER = { username: "ana", password: "Correct-Horse-1!", attributes: { email: "ana@example.com" } };

/** On the sign-up screen, then a sign-up sent that Cognito answers with `answer`. */
const afterSubmit = (answer: Answer, status: "error" | "pending") =>
  load(
    { operations: { SignUp: answer } },
    async (a: CognitoAuth) => {
      a.navigate("signUp");
      await a.signUp(NEW_USER);
    },
    (s) => s.step === "signUp" && s.status === status,
  );

const meta = {
  title: "Sign up/Sign-up screen",
  component: SignUp,
  args: { attributes: ["email"] },
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <SignUp {...args} />),
  loaders: load({ operations: { SignUp: SIGNED_UP } }, async (a) => a.navigate("signUp")),
} satisfies Meta<typeof SignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Username, email and a new password with the policy checklist. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Create an account" })).toBeVisible();
    await expect(canvas.getByLabelText("Username")).toHaveAttribute("autocomplete", "username");
    await expect(canvas.getByLabelText("Email")).toHaveAttribute("type", "email");
    await expect(canvas.getByLabelText("Password")).toHaveAttribute("autocomplete", "new-password");
    await expect(canvas.getByText("Your password needs")).toBeVisible();
  },
};

/** Standard and custom attributes: email is required, name, phone and company are marked optional. */
export const WithAttributes: Story = {
  args: { attributes: ["email", "name", "phone_number", "custom:company"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // A standard attribute's control loads on demand (a small chunk).
    await expect(await canvas.findByLabelText("Full name (optional)")).toHaveAttribute("aria-required", "false");
    await expect(canvas.getByLabelText("Full name (optional)")).toHaveAttribute("autocomplete", "name");
    await expect(canvas.getByLabelText("Email")).toHaveAttribute("aria-required", "true");
    await expect(canvas.getByLabelText("Phone number (optional)")).toHaveAttribute("type", "tel");
    // A custom attribute reads as words, not as its raw name.
    await expect(canvas.getByLabelText("Company (optional)")).toHaveAttribute("type", "text");
  },
};

/** Users sign in with their email: no separate username field. */
export const EmailAsUsername: Story = {
  args: { loginMechanism: "email", attributes: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByLabelText("Username")).toBeNull();
    await expect(canvas.getByLabelText("Email")).toHaveAttribute("aria-required", "true");
  },
};

export const UsernameExists: Story = {
  loaders: afterSubmit({ error: "UsernameExistsException" }, "error"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent("That username is taken.");
    // What was typed stays, except the password.
    await expect(canvas.getByLabelText("Username")).toHaveValue("ana");
    await expect(canvas.getByLabelText("Password")).toHaveValue("");
  },
};

export const InvalidPassword: Story = {
  loaders: afterSubmit({ error: "InvalidPasswordException" }, "error"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("That password does not meet the requirements.");
  },
};

export const Pending: Story = {
  loaders: afterSubmit("pending", "pending"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Please wait…" })).toBeDisabled();
  },
};

/** The app puts the password first (order among all fields). */
export const PasswordFirst: Story = {
  parameters: { ui: { fields: { signUp: { password: { order: -1 } } } } },
  play: async ({ canvasElement }) => {
    const names = [...canvasElement.querySelectorAll("[data-field]")].map((f) => f.getAttribute("data-field"));
    await expect(names).toEqual(["password", "username", "email"]);
  },
};

export const Dark: Story = {
  args: { attributes: ["email", "name"] },
  parameters: { ui: { colorScheme: "dark" } },
  play: showsDark,
};

export const Portuguese: Story = {
  parameters: { ui: { language: pt } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { level: 2 })).toHaveTextContent(pt["signUp.title"]);
  },
};

export const Unstyled: Story = { parameters: { ui: { unstyled: true } }, play: showsUnstyled };

/** Empty submit: each required field gets its error, linked to the input; focus on the first. */
export const RequiredFields: Story = {
  args: { attributes: ["email", "name"] },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    const username = canvas.getByLabelText("Username");
    await waitFor(() => expect(username).toHaveAttribute("aria-invalid", "true"));
    await expect(username).toHaveAccessibleDescription("Fill in this field.");
    await expect(username).toHaveFocus();
    await expect(canvas.getByLabelText("Email")).toHaveAccessibleDescription("Fill in this field.");
    const password = canvas.getByLabelText("Password");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription(/Fill in this field\./);
    await expect(authOf(loaded).getSnapshot()).toMatchObject({ step: "signUp", status: "idle" });
  },
};

/** A malformed email and phone are caught before any request. */
export const InvalidFormats: Story = {
  args: { attributes: ["email", "phone_number"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Email"), "ana@");
    await userEvent.type(canvas.getByLabelText("Phone number (optional)"), "0101");
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(canvas.getByLabelText("Email")).toHaveAccessibleDescription("Enter a valid email address."));
    await expect(canvas.getByLabelText("Phone number (optional)")).toHaveAccessibleDescription("Enter the number with its country code, e.g. +14155550123.");
  },
};

/** Filled in and submitted: the machine moves on to confirming the account. */
export const FillAndSubmit: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const auth = authOf(loaded);
    await userEvent.type(canvas.getByLabelText("Username"), "ana");
    await userEvent.type(canvas.getByLabelText("Email"), "ana@example.com");
    await userEvent.type(canvas.getByLabelText("Password"), "Correct-Horse-1!");
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(auth.getSnapshot()).toMatchObject({
      step: "confirmSignUp", username: "ana", delivery: { medium: "EMAIL", destination: "a***@e***.com" },
    }));
    await waitFor(() => expect(canvas.queryByRole("heading", { name: "Create an account" })).toBeNull());
  },
};
