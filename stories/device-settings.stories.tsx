import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { DeviceSettings } from "../src/devices/ui/index";
import { ar } from "../src/ui/i18n/ar";
import { withAuth } from "../src/testing/index";
import { deviceList, devicesLoader, OTHER_DEVICE, THIS_DEVICE, type DevicesAuth } from "./support/devices-auth";
import { showsDark } from "./support/plays";

/**
 * The account's Devices section (`<DeviceSettings>` from "cognito-react-kit/devices/ui"): the
 * user's devices, most recently used first, this one marked; "Forget" asks first. Forgetting this
 * device removes its keys here too, so the next sign-in asks for MFA.
 */
const meta = {
  title: "Account/Device settings",
  component: DeviceSettings,
  parameters: { layout: "padded" },
  render: (_args, { loaded, parameters }) => withAuth((loaded as DevicesAuth).auth, parameters.ui ?? {}, <DeviceSettings />),
  loaders: devicesLoader("signedIn"),
} satisfies Meta<typeof DeviceSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

const rows = async (canvasElement: HTMLElement) => within(canvasElement).findAllByRole("listitem");

/** Two devices: this one (remembered, marked) and a phone used a week ago. */
export const List: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Devices" })).toBeVisible();
    const [first, second] = await rows(canvasElement);
    await expect(first).toHaveTextContent(/Chrome on macOS.*This device.*Remembered.*Last used/);
    await expect(second).toHaveTextContent(/Safari on iOS.*Remembered.*Last used/);
    await expect(within(second!).queryByText("This device")).toBeNull();
    await expect(within(first!).getByRole("button", { name: "Forget: Chrome on macOS" })).toBeVisible();
  },
};

/** No device confirmed yet. */
export const Empty: Story = {
  loaders: devicesLoader("signedIn", { ListDevices: { Devices: [] } }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("No devices yet.")).toBeVisible();
  },
};

/** This device is tracked but not remembered: it can be remembered from here. */
export const ThisDeviceNotRemembered: Story = {
  loaders: devicesLoader("signedIn", { ListDevices: deviceList({ thisRemembered: false }) }),
  play: async ({ canvasElement, loaded }) => {
    const [first] = await rows(canvasElement);
    await expect(first).toHaveTextContent("Not remembered");
    await userEvent.click(within(first!).getByRole("button", { name: "Remember this device" }));
    await within(canvasElement).findByText("This device is remembered.");
    await expect((loaded as DevicesAuth).transport.sent("UpdateDeviceStatus")[0]?.input).toMatchObject({ DeviceKey: THIS_DEVICE, DeviceRememberedStatus: "remembered" });
  },
};

/** "Forget" asks first; the confirmation takes focus, and Cancel gives it back. */
export const ForgetAsksFirst: Story = {
  play: async ({ canvasElement, loaded }) => {
    const [, second] = await rows(canvasElement);
    const row = within(second!);
    await userEvent.click(row.getByRole("button", { name: "Forget: Safari on iOS" }));
    await expect(row.getByText("Forget Safari on iOS? Signing in on it will ask for a code again.")).toBeVisible();
    await waitFor(() => expect(row.getByRole("button", { name: "Forget device" })).toHaveFocus());
    await expect((loaded as DevicesAuth).transport.sent("ForgetDevice")).toHaveLength(0);
  },
};

/** Confirmed: the device is forgotten, the list reloads, and a status says so. */
export const Forgotten: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { transport } = loaded as DevicesAuth;
    const [, second] = await rows(canvasElement);
    await userEvent.click(within(second!).getByRole("button", { name: "Forget: Safari on iOS" }));
    await userEvent.click(within(second!).getByRole("button", { name: "Forget device" }));
    await expect(await within(canvasElement).findByRole("status")).toHaveTextContent("Safari on iOS was forgotten.");
    await expect(transport.sent("ForgetDevice")[0]?.input).toMatchObject({ DeviceKey: OTHER_DEVICE });
    await waitFor(() => expect(transport.sent("ListDevices")).toHaveLength(2));
  },
};

/** The list cannot be read (offline): the error in an alert. */
export const LoadFailed: Story = {
  loaders: devicesLoader("signedIn", { ListDevices: { error: "NetworkError" } }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("alert")).toHaveTextContent("You seem to be offline. Check your connection and try again.");
  },
};

/** While the list loads. */
export const Loading: Story = {
  loaders: devicesLoader("signedIn", { ListDevices: "pending" }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("Please wait…")).toBeVisible();
  },
};

/** Arabic, right to left: the section's strings load with the language. */
export const Arabic: Story = {
  parameters: { ui: { language: ar } },
  play: async ({ canvasElement }) => {
    const heading = await within(canvasElement).findByRole("heading", { name: "الأجهزة" });
    await expect(heading.closest("section")).toHaveAttribute("dir", "rtl");
    await within(canvasElement).findByText("هذا الجهاز");
  },
};

export const Dark: Story = {
  parameters: { ui: { colorScheme: "dark" } },
  play: showsDark,
};
