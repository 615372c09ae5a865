import type { Meta, StoryObj } from "@storybook/react-vite";
import { userEvent, within } from "storybook/test";
import { ConfirmForgotPassword } from "../src/ui/index";
import { withAuth } from "./support/story-auth";
import { authOf, EMAIL_DELIVERY, load } from "./support/loaders";

const meta = {
  title: "Debug",
  component: ConfirmForgotPassword,
  render: (args, { loaded }) => withAuth(authOf(loaded), {}, <ConfirmForgotPassword {...args} />),
  loaders: load({ operations: { ForgotPassword: { CodeDeliveryDetails: EMAIL_DELIVERY } } }, async (a) => { a.navigate("forgotPassword"); await a.forgotPassword({ username: "ana" }); }),
  parameters: { a11y: { test: "off" } },
} satisfies Meta<typeof ConfirmForgotPassword>;
export default meta;
type Story = StoryObj<typeof meta>;
const wait = () => new Promise((r) => setTimeout(r, 300));
export const CodeFirst: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Code"), "123456");
    await wait();
    console.log("A", JSON.stringify(authOf(loaded).getSnapshot()), canvasElement.querySelector("form")?.textContent);
  },
};
export const PasswordThenCode: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("New password"), "Brand-New-Pass-2!");
    await userEvent.type(canvas.getByLabelText("Code"), "123456");
    await wait();
    console.log("B", JSON.stringify(authOf(loaded).getSnapshot()), canvasElement.querySelector("form")?.textContent);
  },
};
export const PasswordThenPaste: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("New password"), "Brand-New-Pass-2!");
    await userEvent.click(canvas.getByLabelText("Code"));
    await userEvent.paste("123456");
    await wait();
    console.log("C", JSON.stringify(authOf(loaded).getSnapshot()), canvasElement.querySelector("form")?.textContent);
  },
};
export const CodeTwice: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Code"), "123456");
    await wait();
    await userEvent.type(canvas.getByLabelText("New password"), "Brand-New-Pass-2!");
    await userEvent.clear(canvas.getByLabelText("Code"));
    await userEvent.type(canvas.getByLabelText("Code"), "123456");
    await wait();
    console.log("D", JSON.stringify(authOf(loaded).getSnapshot()), canvasElement.querySelector("form")?.textContent);
  },
};
