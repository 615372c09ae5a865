import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import * as z from "zod/mini";
import { customFields, SignUp, type CustomField } from "../src/ui/index";
import type { CognitoAuth } from "../src/index";
import { withAuth } from "../src/testing/index";
import { authOf, EMAIL_DELIVERY, load } from "./support/loaders";
import { showsDark } from "./support/plays";

const COMPANY: CustomField = {
  name: "custom:company", label: "Company", hint: "As on your invoices.",
  schema: z.string().check(z.regex(/^[A-Z]/, "Start with a capital letter.")),
};
const TERMS: CustomField = { type: "checkbox", name: "terms", label: <>I accept the <a href="#terms">terms of use</a></> };

/** What the sign-up screen asked the machine to send (the machine's own signUp, spied on). */
function signUpCalls(auth: CognitoAuth) {
  const calls: Parameters<CognitoAuth["signUp"]>[0][] = [];
  const signUp = auth.signUp;
  Object.assign(auth, { signUp: (input: Parameters<CognitoAuth["signUp"]>[0]) => (calls.push(input), signUp(input)) });
  return calls;
}

async function fillStockFields(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText("Username"), "ana");
  await userEvent.type(canvas.getByLabelText("Email"), "ana@example.com");
  await userEvent.type(canvas.getByLabelText("Password"), "Correct-Horse-1!");
}

const meta = {
  title: "Sign up/Custom sign-up fields",
  component: SignUp,
  parameters: { fields: [COMPANY, TERMS] as CustomField[] },
  render: (args, { loaded, parameters }) =>
    withAuth(authOf(loaded), { formOptions: [customFields("signUp", parameters.fields)], ...parameters.ui }, <SignUp {...args} />),
  loaders: load({ operations: { SignUp: { UserConfirmed: false, UserSub: "4f1c-demo", CodeDeliveryDetails: EMAIL_DELIVERY } } }, (a) => a.navigate("signUp")),
} satisfies Meta<typeof SignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The app's company field (its label and hint) and a terms box with a link, inside the stock form, after the password. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const names = [...canvasElement.querySelectorAll("[data-field]")].map((f) => f.getAttribute("data-field"));
    await expect(names).toEqual(["username", "email", "password", "custom:company", "terms"]);
    await expect(canvas.getByLabelText("Company")).toHaveAccessibleDescription("As on your invoices.");
    const terms = canvas.getByRole("checkbox", { name: "I accept the terms of use" });
    await expect(terms).not.toBeChecked();
    await expect(terms).toHaveAttribute("aria-required", "true");
    await expect(canvas.getByRole("link", { name: "terms of use" })).toBeVisible();
  },
};

/** Submitted empty: each of the app's fields says what it needs, tied to it; nothing is sent. */
export const Required: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await fillStockFields(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    const company = canvas.getByLabelText("Company");
    await waitFor(() => expect(company).toHaveAttribute("aria-invalid", "true"));
    await expect(company).toHaveAccessibleDescription("Fill in this field. As on your invoices.");
    await expect(company).toHaveFocus();
    const terms = canvas.getByRole("checkbox", { name: "I accept the terms of use" });
    await expect(terms).toHaveAttribute("aria-invalid", "true");
    await expect(terms).toHaveAccessibleDescription("Check this box to continue.");
    await expect(authOf(loaded).getSnapshot()).toMatchObject({ step: "signUp", status: "idle" });
  },
};

/** The app's zod rule with its own message; the form stays unsent until it passes. */
export const RuleBroken: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await fillStockFields(canvasElement);
    await userEvent.type(canvas.getByLabelText("Company"), "acme");
    await userEvent.click(canvas.getByRole("checkbox", { name: "I accept the terms of use" }));
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(canvas.getByLabelText("Company")).toHaveAccessibleDescription("Start with a capital letter. As on your invoices."));
    await expect(canvas.getByRole("checkbox", { name: "I accept the terms of use" })).not.toHaveAttribute("aria-invalid");
    await expect(authOf(loaded).getSnapshot()).toMatchObject({ step: "signUp", status: "idle" });
  },
};

/** All passes: custom:company goes as an attribute, the terms box is not sent; on to the code. */
export const Submitted: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const calls = signUpCalls(authOf(loaded));
    await fillStockFields(canvasElement);
    await userEvent.type(canvas.getByLabelText("Company"), "Acme");
    await userEvent.click(canvas.getByRole("checkbox", { name: "I accept the terms of use" }));
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(calls).toEqual([{ username: "ana", password: "Correct-Horse-1!", attributes: { email: "ana@example.com", "custom:company": "Acme" } }]));
    await waitFor(() => expect(authOf(loaded).getSnapshot().step).toBe("confirmSignUp"));
  },
};

/** A free choice stored as an attribute ("true" when ticked), placed first (a `fields` override), and a required box with the app's message. */
export const OptionalAttributeBox: Story = {
  parameters: {
    fields: [
      { type: "checkbox", name: "custom:newsletter", label: "Send me the monthly newsletter", required: false },
      { type: "checkbox", name: "adult", label: "I am 18 or older", message: "You must be 18 or older to sign up." },
    ] as CustomField[],
    ui: { fields: { signUp: { "custom:newsletter": { order: 0 } } } },
  },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const calls = signUpCalls(authOf(loaded));
    await expect(canvasElement.querySelector("[data-field]")).toHaveAttribute("data-field", "custom:newsletter");
    await expect(canvas.getByRole("checkbox", { name: "Send me the monthly newsletter" })).toHaveAttribute("aria-required", "false");
    await fillStockFields(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(canvas.getByRole("checkbox", { name: "I am 18 or older" })).toHaveAccessibleDescription("You must be 18 or older to sign up."));
    await expect(canvas.getByRole("checkbox", { name: "I am 18 or older" })).toHaveFocus(); // the first (only) field in error
    await userEvent.click(canvas.getByRole("checkbox", { name: "Send me the monthly newsletter" }));
    await userEvent.click(canvas.getByRole("checkbox", { name: "I am 18 or older" }));
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(calls[0]?.attributes).toEqual({ "custom:newsletter": "true", email: "ana@example.com" }));
  },
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" }, backgrounds: { default: "dark" } },
  play: showsDark,
};
