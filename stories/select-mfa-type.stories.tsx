import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SelectMfaType } from "../src/ui/index";
import { es } from "../src/ui/i18n/es";
import type { CognitoAuth } from "../src/index";
import { challenge, TEST_USER as USER, withAuth, type Answer } from "../src/testing/index";
import { authOf, load } from "./support/loaders";
import { showsDark, showsUnstyled } from "./support/plays";

const select = (...methods: string[]) => challenge("SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: JSON.stringify(methods) });
const SMS_TOTP = select("SMS_MFA", "SOFTWARE_TOKEN_MFA");

/** At the choice, then SMS chosen and answered with `answer`. */
const afterChoice = (answer: Answer, status: "error" | "pending") =>
  load(
    { afterPassword: SMS_TOTP, challenges: { SELECT_MFA_TYPE: answer } },
    async (a: CognitoAuth) => {
      await a.signIn(USER);
      await a.selectMfaType({ method: "SMS" });
    },
    (s) => s.step === "selectMfaType" && s.status === status,
  );

const meta = {
  title: "MFA/Select MFA type",
  component: SelectMfaType,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <SelectMfaType {...args} />),
  loaders: load({ afterPassword: SMS_TOTP }, (a) => a.signIn(USER)),
} satisfies Meta<typeof SelectMfaType>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SmsAndTotp: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole("group", { name: "How do you want to get your sign-in code?" });
    const radios = within(group).getAllByRole("radio");
    await expect(radios).toHaveLength(2);
    await expect(canvas.getByLabelText("Text message (SMS)")).toBeChecked();
    await expect(canvas.getByLabelText("Authenticator app")).not.toBeChecked();
  },
};

export const SmsTotpAndEmail: Story = {
  loaders: load({ afterPassword: select("SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP") }, (a) => a.signIn(USER)),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("radio")).toHaveLength(3);
    await expect(canvas.getByLabelText("Email")).toBeVisible();
  },
};

/** The chosen method is not set up for the user. */
export const MethodNotFound: Story = {
  loaders: afterChoice({ error: "MFAMethodNotFoundException" }, "error"),
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole("alert");
    await expect(alert).toHaveTextContent("That verification method is not set up.");
    await waitFor(() => expect(alert).toHaveFocus());
  },
};

export const Offline: Story = {
  loaders: afterChoice({ error: "NetworkError" }, "error"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).not.toBeEmptyDOMElement();
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("You seem to be offline. Check your connection and try again.");
  },
};

export const Pending: Story = {
  loaders: afterChoice("pending", "pending"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Please wait…" })).toBeDisabled();
  },
};

export const Dark: Story = { parameters: { ui: { colorScheme: "dark" } }, play: showsDark };

export const Spanish: Story = {
  parameters: { ui: { language: es } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2 })).toHaveTextContent(es["selectMfaType.title"]);
    await expect(canvas.getByLabelText(es["mfa.TOTP"])).toBeVisible();
  },
};

export const Unstyled: Story = { parameters: { ui: { unstyled: true } }, play: showsUnstyled };

/** Keyboard only: Tab into the group, arrow to the authenticator app, Tab to Continue, Enter. */
export const KeyboardChooseTotp: Story = {
  loaders: load({ afterPassword: SMS_TOTP, challenges: { SELECT_MFA_TYPE: challenge("SOFTWARE_TOKEN_MFA") } }, (a) => a.signIn(USER)),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const auth = authOf(loaded);
    await expect(canvas.getByRole("heading", { name: "Choose how to verify" })).toBeVisible();
    await userEvent.tab();
    await expect(canvas.getByLabelText("Text message (SMS)")).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    const totp = canvas.getByLabelText("Authenticator app");
    await expect(totp).toHaveFocus();
    await expect(totp).toBeChecked();
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Continue" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(auth.getSnapshot()).toMatchObject({ step: "confirmSignIn", method: "TOTP" }));
  },
};
