import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SetupTotp } from "../src/ui/index";
import { ko } from "../src/ui/i18n/ko";
import type { AuthState, CognitoAuth } from "../src/index";
import { challenge, settle, TEST_USER as USER, withAuth, type Answer } from "../src/testing/index";
import { authOf, load } from "./support/loaders";
import { showsDark, showsUnstyled } from "./support/plays";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const MFA_SETUP = challenge("MFA_SETUP", { MFAS_CAN_SETUP: JSON.stringify(["SOFTWARE_TOKEN_MFA"]) });
const ASSOCIATED = { SecretCode: SECRET, Session: "story-session-2" };

const ready = (s: AuthState) => s.step === "setupTotp" && s.secret !== null;

/** The secret shown, then a code sent back that VerifySoftwareToken answers with `answer`. */
const afterCode = (answer: Answer, until: (s: AuthState) => boolean) =>
  load(
    { afterPassword: MFA_SETUP, operations: { AssociateSoftwareToken: ASSOCIATED, VerifySoftwareToken: answer } },
    async (a: CognitoAuth) => {
      await a.signIn(USER);
      await settle(a, ready);
      await a.verifyTotpSetup({ code: "123456" });
    },
    until,
  );

const meta = {
  title: "MFA/Set up TOTP",
  component: SetupTotp,
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <SetupTotp {...args} />),
  loaders: load({ afterPassword: MFA_SETUP, operations: { AssociateSoftwareToken: ASSOCIATED } }, (a) => a.signIn(USER), ready),
} satisfies Meta<typeof SetupTotp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The secret is on its way (AssociateSoftwareToken has not answered). */
export const Loading: Story = {
  loaders: load({ afterPassword: MFA_SETUP, operations: { AssociateSoftwareToken: "pending" } }, (a) => a.signIn(USER), (s) => s.step === "setupTotp"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("Preparing your setup key…");
    await expect(canvas.queryByRole("img")).toBeNull();
    // Nothing to verify yet: the code field appears with the key.
    await expect(canvas.queryByRole("textbox", { name: "Code" })).toBeNull();
  },
};

/** QR code and setup key, ready to scan or type. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The key shows at once; the QR encoder is fetched on demand, so the image may come a moment later.
    const secret = canvas.getByTestId("totp-secret");
    await expect(secret.textContent?.replace(/\s/g, "")).toBe(SECRET);
    const qr = await canvas.findByRole("img", { name: "QR code for adding ana to an authenticator app" });
    await expect(qr.tagName.toLowerCase()).toBe("svg");
    await expect(qr).toHaveAccessibleName("QR code for adding ana to an authenticator app");
    await expect(canvas.getByRole("button", { name: "Copy key" })).toBeEnabled();
    await expect(canvas.getByRole("button", { name: "Verify" })).toBeEnabled();
  },
};

export const WrongCode: Story = {
  loaders: afterCode({ Status: "ERROR" }, (s) => s.step === "setupTotp" && s.status === "error"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent("That code is not right. Check it and try again.");
    // The secret stays on screen for another try.
    await expect(canvas.getByTestId("totp-secret").textContent?.replace(/\s/g, "")).toBe(SECRET);
  },
};

/** Cognito's own name for a refused first code reads the same. */
export const EnableSoftwareTokenRefused: Story = {
  loaders: afterCode({ error: "EnableSoftwareTokenMFAException" }, (s) => s.step === "setupTotp" && s.status === "error"),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("That code is not right. Check it and try again.");
  },
};

/** The code is being checked. */
export const Verifying: Story = {
  loaders: afterCode("pending", (s) => s.step === "setupTotp" && s.status === "pending" && s.secret !== null),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Please wait…" })).toBeDisabled();
  },
};

/** AssociateSoftwareToken failed: the error is shown (and nothing to scan). */
export const SetupKeyFailed: Story = {
  loaders: load({ afterPassword: MFA_SETUP, operations: { AssociateSoftwareToken: { error: "InternalErrorException" } } }, (a) => a.signIn(USER),
    (s) => s.step === "setupTotp" && s.status === "error"),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent("Something went wrong on our side. Try again later.");
    await expect(canvas.queryByRole("img")).toBeNull();
    await expect(canvas.queryByText("Preparing your setup key…")).toBeNull();
  },
};

export const Dark: Story = { parameters: { ui: { colorScheme: "dark" } }, play: showsDark };

export const Korean: Story = {
  parameters: { ui: { language: ko } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2 })).toHaveTextContent(ko["setupTotp.title"]);
    await expect(await canvas.findByRole("img")).toHaveAccessibleName(ko["setupTotp.qr"].replace("{account}", "ana"));
  },
};

export const Unstyled: Story = { parameters: { ui: { unstyled: true } }, play: showsUnstyled };

/** A correct code finishes the challenge and signs in. */
export const VerifyAndSignIn: Story = {
  loaders: load({ afterPassword: MFA_SETUP, operations: { AssociateSoftwareToken: ASSOCIATED, VerifySoftwareToken: { Status: "SUCCESS" } } }, (a) => a.signIn(USER), ready),
  play: async ({ canvasElement, loaded }) => {
    await userEvent.type(within(canvasElement).getByLabelText("Code"), "123456");
    await waitFor(() => expect(authOf(loaded).getSnapshot().step).toBe("signedIn"));
  },
};
