import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { AccountSettings, ChangePassword, MfaPreferences, ProfileAttributes, SignOutButtons } from "../src/ui/index";
import { tr } from "../src/ui/i18n/tr";
import { TEST_USER as USER, withAuth, type Script as Scenario } from "../src/testing/index";
import { authOf, EMAIL_DELIVERY, load } from "./support/loaders";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/** GetUser as Cognito answers it for ana. */
const getUser = ({ emailVerified = true, mfa = [] as string[], preferred = undefined as string | undefined } = {}) => ({
  Username: "ana",
  UserAttributes: [
    { Name: "sub", Value: "4f1c-demo" },
    { Name: "name", Value: "Ana Example" },
    { Name: "email", Value: "ana@example.com" },
    { Name: "email_verified", Value: String(emailVerified) },
    { Name: "phone_number", Value: "+14155550101" },
    { Name: "phone_number_verified", Value: "true" },
  ],
  UserMFASettingList: mfa,
  ...(preferred ? { PreferredMfaSetting: preferred } : {}),
});

/** Signed in as ana, with `operations` answering the account requests. */
const signedIn = (operations: Scenario["operations"] = {}) => load({ operations: { GetUser: getUser(), ...operations } }, (a) => a.signIn(USER));

const meta = {
  title: "Account/Account settings",
  component: AccountSettings,
  // Its parts, each usable alone: their props on the docs page.
  subcomponents: { ProfileAttributes, ChangePassword, MfaPreferences, SignOutButtons },
  parameters: { layout: "padded" },
  render: (args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <AccountSettings {...args} />),
  loaders: signedIn(),
} satisfies Meta<typeof AccountSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

const profileLoaded = async (canvasElement: HTMLElement) => {
  await within(canvasElement).findByRole("heading", { name: "Profile" });
};

/** Everything together: profile, password, two-step verification, sign-out. */
export const Everything: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await profileLoaded(canvasElement);
    await canvas.findByRole("heading", { level: 2, name: "Two-step verification" });
    await expect(canvas.getByRole("heading", { level: 2, name: "Change password" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Sign out on all devices" })).toBeVisible();
  },
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await profileLoaded(canvasElement);
    await canvas.findByRole("heading", { name: "Two-step verification" });
    await expect(canvas.getByRole("heading", { name: "Profile" }).closest("section")).toHaveAttribute("data-theme", "dark");
    await expect(canvas.getByRole("heading", { level: 1 }).closest(".crk-account")).toHaveAttribute("data-theme", "dark");
  },
};

export const Turkish: Story = {
  parameters: { ui: { language: tr } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1 })).toHaveTextContent(tr["account.title"]);
    await canvas.findByRole("heading", { name: tr["account.profile"] });
    await canvas.findByRole("heading", { name: tr["account.mfa"] });
  },
};

export const Unstyled: Story = {
  parameters: { ui: { unstyled: true } },
  play: async ({ canvasElement }) => {
    await profileLoaded(canvasElement);
    await within(canvasElement).findByRole("heading", { name: "Two-step verification" });
    await expect(canvasElement.querySelector("[class*='crk-']")).toBeNull();
  },
};

/* ——— ProfileAttributes ——— */

/** Attributes load on demand (one GetUser). */
export const ProfileLoading: Story = {
  loaders: signedIn({ GetUser: "pending" }),
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ProfileAttributes />),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent("Please wait…");
  },
};

export const ProfileVerifiedEmail: Story = {
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ProfileAttributes />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The user's own email can be changed, not emptied: not "(optional)".
    await expect(await canvas.findByLabelText("Email")).toHaveValue("ana@example.com");
    await expect(canvas.getByLabelText("Full name (optional)")).toHaveValue("Ana Example");
    await expect(canvas.getByLabelText("Phone number (optional)")).toHaveValue("+14155550101");
    await expect(canvas.queryByText(/Not verified/)).toBeNull();
    await expect(canvas.getAllByText("Verified")).toHaveLength(2);
    await expect(canvas.queryByRole("button", { name: "Verify Email" })).toBeNull();
  },
};

export const ProfileUnverifiedEmail: Story = {
  loaders: signedIn({ GetUser: getUser({ emailVerified: false }) }),
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ProfileAttributes />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The status as a badge, its action beside it.
    const badge = await canvas.findByText("Not verified");
    await expect(badge).toHaveAttribute("data-state", "unverified");
    await expect(badge.parentElement).toHaveTextContent(/^EmailNot verifiedVerify Email$/);
    await expect(canvas.getByRole("button", { name: "Verify Email" })).toBeEnabled();
  },
};

/** Verify the email: a code is sent, then typed in. */
export const ProfileVerifyEmail: Story = {
  loaders: signedIn({ GetUser: getUser({ emailVerified: false }), GetUserAttributeVerificationCode: { CodeDeliveryDetails: EMAIL_DELIVERY } }),
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ProfileAttributes />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Verify Email" }));
    const code = await canvas.findByLabelText("Code for Email");
    await userEvent.type(code, "123456");
    await waitFor(() => expect(canvas.queryByLabelText("Code for Email")).toBeNull());
  },
};

/** Cognito's delivery details without AttributeName (e.g. from a custom sender): the code field still names the email. */
export const ProfileVerifyCodeWithoutAttributeName: Story = {
  loaders: signedIn({
    GetUser: getUser({ emailVerified: false }),
    GetUserAttributeVerificationCode: { CodeDeliveryDetails: { DeliveryMedium: "EMAIL", Destination: "a***@e***.com" } },
  }),
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ProfileAttributes />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Verify Email" }));
    await expect(await canvas.findByLabelText(/^Code for/)).toBeVisible();
    await expect(canvas.getByLabelText("Code for Email")).toBeVisible();
  },
};

/** A changed name is saved. */
export const ProfileSaved: Story = {
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ProfileAttributes />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = await canvas.findByLabelText("Full name (optional)");
    await userEvent.clear(name);
    await userEvent.type(name, "Ana María Example");
    await userEvent.click(canvas.getByRole("button", { name: "Save changes" }));
    await expect(await canvas.findByText("Saved.")).toBeVisible();
  },
};

/* ——— ChangePassword ——— */

export const ChangePasswordIdle: Story = {
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ChangePassword />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText("Current password")).toHaveAttribute("autocomplete", "current-password");
    await expect(canvas.getByLabelText("New password")).toHaveAttribute("autocomplete", "new-password");
  },
};

/** ChangePassword answers NotAuthorized: the current password is wrong (and the session stays). */
export const ChangePasswordWrongCurrent: Story = {
  loaders: signedIn({ ChangePassword: { error: "NotAuthorizedException" } }),
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ChangePassword />),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Current password"), "Wrong-Pass-1!");
    await userEvent.type(canvas.getByLabelText("New password"), "Brand-New-Pass-2!");
    await userEvent.click(canvas.getByRole("button", { name: "Change password" }));
    const alert = await canvas.findByText("Your current password is not right.");
    await waitFor(() => expect(alert).toHaveFocus());
    await expect(canvas.getByLabelText("Current password")).toHaveValue("");
    await expect(authOf(loaded).getSnapshot().step).toBe("signedIn");
  },
};

export const ChangePasswordDone: Story = {
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <ChangePassword />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Current password"), "Correct-Horse-1!");
    await userEvent.type(canvas.getByLabelText("New password"), "Brand-New-Pass-2!");
    await userEvent.click(canvas.getByRole("button", { name: "Change password" }));
    await expect(await canvas.findByText("Your password was changed.")).toBeVisible();
    await expect(canvas.getByLabelText("Current password")).toHaveValue("");
  },
};

/* ——— MfaPreferences ——— */

export const MfaOff: Story = {
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <MfaPreferences />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByLabelText("Off")).toBeChecked();
    await expect(canvas.getByRole("group", { name: "Two-step verification" })).toBeVisible();
  },
};

export const MfaTotpPreferred: Story = {
  loaders: signedIn({ GetUser: getUser({ mfa: ["SOFTWARE_TOKEN_MFA"], preferred: "SOFTWARE_TOKEN_MFA" }) }),
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <MfaPreferences methods={["TOTP", "SMS", "EMAIL"]} />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByLabelText("Use Authenticator app to sign in")).toBeChecked();
    await expect(canvas.getByRole("button", { name: "Save changes" })).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Set up an authenticator app" })).toBeNull();
  },
};

/** Choosing the app when it is not set up: set it up here (QR code and key), then prove it with a code. */
export const MfaSettingUpTotp: Story = {
  loaders: signedIn({ AssociateSoftwareToken: { SecretCode: SECRET }, VerifySoftwareToken: { Status: "SUCCESS" } }),
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <MfaPreferences />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByLabelText("Use Authenticator app to sign in"));
    await userEvent.click(canvas.getByRole("button", { name: "Set up an authenticator app" }));
    const qr = await canvas.findByRole("img", { name: "QR code for adding ana to an authenticator app" });
    await expect(qr.tagName.toLowerCase()).toBe("svg");
    await expect(canvas.getByTestId("totp-secret").textContent?.replace(/\s/g, "")).toBe(SECRET);
    await userEvent.type(canvas.getByLabelText("Code"), "123456");
    await expect(await canvas.findByText("Your sign-in settings were saved.")).toBeVisible();
  },
};

export const MfaSaveSms: Story = {
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <MfaPreferences />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByLabelText("Use Text message (SMS) to sign in"));
    await userEvent.click(canvas.getByRole("button", { name: "Save changes" }));
    await expect(await canvas.findByText("Your sign-in settings were saved.")).toBeVisible();
  },
};

/* ——— SignOutButtons ——— */

export const SignOut: Story = {
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <SignOutButtons />),
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Sign out" }));
    await waitFor(() => expect(authOf(loaded).getSnapshot().step).toBe("signIn"));
  },
};

export const SignOutEverywhere: Story = {
  render: (_args, { loaded, parameters }) => withAuth(authOf(loaded), parameters.ui ?? {}, <SignOutButtons />),
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Sign out on all devices" }));
    await waitFor(() => expect(authOf(loaded).getSnapshot().step).toBe("signIn"));
  },
};
