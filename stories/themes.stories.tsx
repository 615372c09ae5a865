import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Authenticator } from "../src/ui/index";
import "./themes/themes.css";
import { authOf, load } from "./support/loaders";
import type { CognitoAuth } from "../src/index";

/**
 * Three brands side by side, each set only with the documented CSS variables (`--crk-primary`,
 * `--crk-primary-text`, `--crk-radius`, `--crk-font`, `--crk-logo`): the kit's own look, a light
 * serif brand with square corners and a logo, and a dark brand with round corners and a logo.
 */
function Themes({ auths }: { auths: CognitoAuth[] }) {
  const [kit, forest, grape] = auths;
  return (
    <div className="themes">
      <div><h3>The kit's own</h3><Authenticator auth={kit} colorScheme="light" /></div>
      <div className="theme-forest">
        <h3>Fernwood: serif, square, logo</h3>
        <Authenticator auth={forest} colorScheme="light" messages={{ "signIn.title": "Sign in to Fernwood" }} />
      </div>
      <div className="theme-grape">
        <h3>Grapevine: dark, round, logo</h3>
        <Authenticator auth={grape} colorScheme="dark" messages={{ "signIn.title": "Sign in to Grapevine" }} />
      </div>
    </div>
  );
}

const meta = {
  title: "Drop-in/Three themes",
  component: Themes,
  parameters: { layout: "padded" },
  loaders: [async () => ({ auths: await Promise.all([0, 1, 2].map(async () => authOf(await load({})[0]!()))) })],
  render: (_args, { loaded }) => <Themes auths={(loaded as { auths: CognitoAuth[] }).auths} />,
} satisfies Meta<typeof Themes>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SideBySide: Story = {
  args: { auths: [] },
  play: async ({ canvasElement }) => {
    const buttons = within(canvasElement).getAllByRole("button", { name: "Sign in" });
    await expect(buttons).toHaveLength(3);
    const looks = buttons.map((b) => getComputedStyle(b)).map((s) => `${s.backgroundColor} ${s.borderTopLeftRadius} ${s.fontFamily}`);
    await expect(new Set(looks).size).toBe(3);
    // The two brands show their logos above the title; the kit's own has none.
    const logos = [...canvasElement.querySelectorAll(".crk-screen")].map((screen) => getComputedStyle(screen, "::before").content);
    await expect(logos[0]).toBe("none");
    await expect(logos[1]).toMatch(/^url/);
    await expect(logos[2]).toMatch(/^url/);
  },
};
