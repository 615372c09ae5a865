import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ConfirmSignIn } from "../src/ui/index";
import { de } from "../src/ui/i18n/de";
import { withAuth } from "../src/testing/index";
import { devicesLoader, THIS_DEVICE, type DevicesAuth } from "./support/devices-auth";
import { showsDark } from "./support/plays";

/**
 * "Remember this device" under the MFA code, with `rememberDevices()` from
 * "cognito-react-kit/devices/ui" in the auth's add-ons (in a pool that lets the user choose).
 * Ticked, a right code confirms the device and remembers it: the next sign-in there skips MFA.
 */
const meta = {
  title: "MFA/Remember this device",
  component: ConfirmSignIn,
  render: (args, { loaded, parameters }) => withAuth((loaded as DevicesAuth).auth, parameters.ui ?? {}, <ConfirmSignIn {...args} />),
  loaders: devicesLoader("mfa"),
} satisfies Meta<typeof ConfirmSignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The box, unticked, under the code, with what ticking it means. */
export const Offered: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = await canvas.findByRole("checkbox", { name: "Remember this device" });
    await expect(box).not.toBeChecked();
    await expect(box).toHaveAccessibleDescription("Next time you sign in here, you won't be asked for a code.");
    // After the code field, before the button: the order a person reads and tabs in.
    const order = [canvas.getByLabelText("Code"), box, canvas.getByRole("button", { name: "Verify" })];
    for (let i = 1; i < order.length; i++) await expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  },
};

/** Ticked, then the right code: the device is confirmed (its verifier, never its secret) and remembered. */
export const TickedAndVerified: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { transport, auth } = loaded as DevicesAuth;
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("checkbox", { name: "Remember this device" }));
    await userEvent.type(canvas.getByLabelText("Code"), "123456");
    await userEvent.click(canvas.getByRole("button", { name: "Verify" }));
    await waitFor(() => expect(auth.getSnapshot().step).toBe("signedIn"));
    const [confirm] = transport.sent("ConfirmDevice");
    await expect(confirm?.input).toMatchObject({ DeviceKey: THIS_DEVICE, DeviceName: "Chrome on macOS", DeviceSecretVerifierConfig: { PasswordVerifier: expect.any(String), Salt: expect.any(String) } });
    await expect(transport.sent("UpdateDeviceStatus")[0]?.input).toMatchObject({ DeviceKey: THIS_DEVICE, DeviceRememberedStatus: "remembered" });
  },
};

/** Left unticked: the device is confirmed (Cognito tracks it) but not remembered. */
export const NotTicked: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { transport, auth } = loaded as DevicesAuth;
    const canvas = within(canvasElement);
    await canvas.findByRole("checkbox", { name: "Remember this device" });
    await userEvent.type(canvas.getByLabelText("Code"), "123456");
    await userEvent.click(canvas.getByRole("button", { name: "Verify" }));
    await waitFor(() => expect(auth.getSnapshot().step).toBe("signedIn"));
    await expect(transport.sent("ConfirmDevice")).toHaveLength(1);
    await expect(transport.sent("UpdateDeviceStatus")).toHaveLength(0);
  },
};

/** In German: the box's strings load with the language. */
export const German: Story = {
  parameters: { ui: { language: de } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("checkbox", { name: "Dieses Gerät merken" })).toBeVisible();
  },
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" } },
  play: async (context) => {
    await within(context.canvasElement).findByRole("checkbox", { name: "Remember this device" });
    await showsDark(context);
  },
};
