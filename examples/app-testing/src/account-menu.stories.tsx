/**
 * The app's stories on a scripted Cognito: no backend, any state. Copy this file's pattern:
 * a loader puts the machine in a step, the decorator provides it to the story.
 */
import type { Meta, StoryObj } from "@storybook/react";
import { expect, within } from "storybook/test";
import { authDecorator, authLoader } from "cognito-react-kit/testing";
import { AccountMenu } from "./account-menu";

const meta = {
  title: "App/Account menu",
  component: AccountMenu,
  decorators: [authDecorator],
} satisfies Meta<typeof AccountMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signed in as Ana, an admin. */
export const SignedInAsAdmin: Story = {
  loaders: [authLoader("signedIn", { user: { email: "ana@example.com", groups: ["admin"] } })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Signed in as ana@example.com/)).toHaveTextContent("(admin)");
  },
};

/** The password was right; the SMS code is still to be typed. */
export const MfaPending: Story = {
  loaders: [authLoader("confirmSignIn", { method: "SMS" })],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/\+\*{7}0101/)).toBeTruthy();
  },
};
