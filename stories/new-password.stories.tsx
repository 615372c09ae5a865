import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { NewPassword } from "../src/ui/index";
import { it as italian } from "../src/ui/i18n/it";
import type { CognitoAuth } from "../src/index";
import { challenge, TEST_USER as USER, withAuth, type Answer } from "../src/testing/index";
import { authOf, load } from "./support/loaders";
import { showsDark, showsUnstyled } from "./support/plays";

const invited = (requiredAttributes: string[] = []) =>
  challenge("NEW_PASSWORD_REQUIRED", {
    userAttributes: JSON.stringify({ email: "ana@example.com", email_verified: "true", sub: "4f1c-demo" }),
    requiredAttributes: JSON.stringify(requiredAttributes),
  });

/** At the new-password step, then a password sent that Cognito answers with `answer`. */
const afterSubmit = (answer: Answer, status: "error" | "pending") =>
  load(
    { afterPassword: invited(), challenges: { NEW_PASSWORD_REQUIRED: answer } },
    async (a: CognitoAuth) => {
      await a.signIn(USER);
      await a.completeNewPassword({ password: "Weak-but-valid-1!" });
    },
    (s) => s.step === "newPasswordRequired" && s.status === status,
  );

const meta = {
  title: "Sign in/New password",
  component: NewPassword,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <NewPassword {...args} />),
  loaders: load({ afterPassword: invited() }, (a) => a.signIn(USER)),
} satisfies Meta<typeof NewPassword>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Plain: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
    const password = canvas.getByLabelText("New password");
    await expect(password).toHaveAttribute("autocomplete", "new-password");
    await expect(canvas.queryByLabelText("Full name")).toBeNull();
  },
};

/** The pool requires a name the invitation did not have. */
export const WithRequiredAttributes: Story = {
  loaders: load({ afterPassword: invited(["userAttributes.name"]) }, (a) => a.signIn(USER)),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = await canvas.findByLabelText("Full name"); // its control loads on demand
    await expect(name).toHaveAttribute("aria-required", "true");
    await expect(name).toHaveAttribute("autocomplete", "name");
    await expect(name).toHaveValue("");
  },
};

/** A required attribute the invitation already holds is filled in. */
export const RequiredAttributePrefilled: Story = {
  loaders: load({ afterPassword: invited(["userAttributes.email"]) }, (a) => a.signIn(USER)),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText("Email")).toHaveValue("ana@example.com");
  },
};

export const InvalidPassword: Story = {
  loaders: afterSubmit({ error: "InvalidPasswordException" }, "error"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("That password does not meet the requirements.");
  },
};

export const PasswordUsedBefore: Story = {
  loaders: afterSubmit({ error: "PasswordHistoryPolicyViolationException" }, "error"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("You used that password recently. Choose another one.");
  },
};

export const Pending: Story = {
  loaders: afterSubmit("pending", "pending"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Please wait…" })).toBeDisabled();
  },
};

export const Dark: Story = { parameters: { ui: { colorScheme: "dark" } }, play: showsDark };

export const Italian: Story = {
  parameters: { ui: { language: italian } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { level: 2 })).toHaveTextContent(italian["newPassword.title"]);
  },
};

export const Unstyled: Story = { parameters: { ui: { unstyled: true } }, play: showsUnstyled };

/** A pool with a longer, symbol-free policy: the checklist follows it. */
export const CustomPolicy: Story = {
  parameters: { ui: { passwordPolicy: { minLength: 12, lowercase: true, uppercase: false, numbers: true, symbols: false } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const items = within(canvas.getByText("Your password needs").parentElement!).getAllByRole("listitem");
    await expect(items.map((li) => li.firstChild?.textContent)).toEqual(["At least 12 characters", "A lowercase letter", "A number"]);
  },
};

/** The live checklist: each requirement switches to met as a strong password is typed. */
export const PolicyChecklist: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const password = canvas.getByLabelText("New password");
    const item = (text: string) => canvas.getByText(text).closest("li")!;
    const all = ["At least 8 characters", "A lowercase letter", "An uppercase letter", "A number", "A symbol"];
    for (const text of all) await expect(item(text)).toHaveAttribute("data-state", "unmet");
    await expect(password).toHaveAccessibleDescription(/Your password needs/);

    await userEvent.type(password, "c");
    await waitFor(() => expect(item("A lowercase letter")).toHaveAttribute("data-state", "met"));
    await expect(item("An uppercase letter")).toHaveAttribute("data-state", "unmet");
    await userEvent.type(password, "H");
    await waitFor(() => expect(item("An uppercase letter")).toHaveAttribute("data-state", "met"));
    await userEvent.type(password, "4");
    await waitFor(() => expect(item("A number")).toHaveAttribute("data-state", "met"));
    await userEvent.type(password, "!");
    await waitFor(() => expect(item("A symbol")).toHaveAttribute("data-state", "met"));
    await expect(item("At least 8 characters")).toHaveAttribute("data-state", "unmet");
    await userEvent.type(password, "orse-");
    await waitFor(() => expect(item("At least 8 characters")).toHaveAttribute("data-state", "met"));
    for (const text of all) await expect(item(text)).toHaveAttribute("data-state", "met");
    await expect(item("A symbol")).toHaveTextContent("(done)");
  },
};

/** A password that misses the policy is refused before any request. */
export const WeakPasswordRefused: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const password = canvas.getByLabelText("New password");
    await userEvent.type(password, "short{Enter}");
    await waitFor(() => expect(password).toHaveAttribute("aria-invalid", "true"));
    await expect(password).toHaveAccessibleDescription(/The password does not meet all the requirements\./);
    await expect(authOf(loaded).getSnapshot().status).toBe("idle");
  },
};

/** A valid password with the required name signs in. */
export const CompleteAndSignIn: Story = {
  loaders: load({ afterPassword: invited(["userAttributes.name"]) }, (a) => a.signIn(USER)),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    // The screen waits for its required attribute's control (loaded on demand) before it renders.
    await userEvent.type(await canvas.findByLabelText("New password"), "Brand-New-Pass-2!");
    await userEvent.type(canvas.getByLabelText("Full name"), "Ana Example");
    await userEvent.click(canvas.getByRole("button", { name: "Set password" }));
    await waitFor(() => expect(authOf(loaded).getSnapshot().step).toBe("signedIn"));
  },
};
