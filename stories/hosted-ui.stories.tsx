import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { hostedUi } from "../src/oauth/index";
import { HostedUiButtons, SignIn } from "../src/ui/index";
import { de } from "../src/ui/i18n/de";
import { ja } from "../src/ui/i18n/ja";
import { prepareAuth, withAuth } from "../src/testing/index";
import type { CognitoAuth } from "../src/index";
import { showsDark } from "./support/plays";

type Loaded = { auth: CognitoAuth; visited: string[] };
const config = { domain: "https://auth.example.com", redirectSignIn: "https://app.example.com/", redirectSignOut: "https://app.example.com/" };

/**
 * HostedUiButtons' JSDoc as react-docgen read it for Storybook, "<SAML or OIDC name>" kept as
 * text (a docs page reads it as markdown, where it would be a tag).
 */
const buttonsDoc = (HostedUiButtons as { __docgenInfo?: { description?: string } }).__docgenInfo?.description?.replace(/</g, "&lt;");

const meta = {
  title: "Hosted UI/Hosted UI buttons",
  // The docs page describes the buttons (shown here in the sign-in screen's footer).
  parameters: { docs: { description: { component: buttonsDoc } } },
  args: { providers: ["Google", "SignInWithApple", "Facebook", "LoginWithAmazon", "AcmeSAML"] as string[] },
  loaders: [async () => ({ auth: await prepareAuth({}), visited: [] as string[] })],
  render: ({ providers }, { loaded, parameters }) => {
    const { auth, visited } = loaded as Loaded;
    const hosted = hostedUi(auth, { ...config, providers }, { navigate: (url) => visited.push(url), storage: sessionStorage });
    return withAuth(auth, { ...(parameters.ui ?? {}), slots: { signIn: { footer: <HostedUiButtons hosted={hosted} /> } } }, <SignIn />);
  },
} satisfies Meta<{ providers: string[] }>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every brand, and a SAML/OIDC provider by name; a click leaves for /oauth2/authorize with PKCE. */
export const AllProviders: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    for (const name of ["Continue with Google", "Continue with Apple", "Continue with Facebook", "Continue with Amazon", "Continue with AcmeSAML"]) {
      await expect(canvas.getByRole("button", { name })).toBeVisible();
    }
    await userEvent.click(canvas.getByRole("button", { name: "Continue with Google" }));
    const { visited } = loaded as Loaded;
    await waitFor(() => expect(visited).toHaveLength(1));
    const url = new URL(visited[0]!);
    await expect(url.searchParams.get("identity_provider")).toBe("Google");
    await expect(url.searchParams.get("code_challenge_method")).toBe("S256");
  },
};

/** No providers configured: one button to the hosted page itself. */
export const HostedPageOnly: Story = {
  args: { providers: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Continue with the hosted UI" })).toBeVisible();
  },
};

/** The provider refused (the redirect came back with error=access_denied). */
export const ProviderRefused: Story = {
  args: { providers: ["Google"] },
  loaders: [async () => {
    history.replaceState(history.state, "", `${location.pathname}${location.search}&error=access_denied`);
    return { auth: await prepareAuth({}), visited: [] as string[] };
  }],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("The sign-in was cancelled or refused.")).toBeVisible();
    await expect(location.search).not.toContain("error=");
  },
};

/** Every button and the sign-in screen in German. */
export const German: Story = {
  parameters: { ui: { language: de } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2 })).toHaveTextContent(de["signIn.title"]);
    for (const id of ["oauth.Google", "oauth.SignInWithApple", "oauth.Facebook", "oauth.LoginWithAmazon"] as const) {
      await expect(canvas.getByRole("button", { name: de[id] })).toBeVisible();
    }
    await expect(canvas.getByRole("button", { name: de["oauth.provider"].replace("{name}", "AcmeSAML") })).toBeVisible();
  },
};

/** Two brands, in Japanese. */
export const Japanese: Story = {
  args: { providers: ["Google", "SignInWithApple"] },
  parameters: { ui: { language: ja } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: ja["oauth.Google"] })).toBeVisible();
    await expect(canvas.getByRole("button", { name: ja["oauth.SignInWithApple"] })).toBeVisible();
    await expect(canvas.queryByRole("button", { name: ja["oauth.Facebook"] })).toBeNull();
  },
};

export const Dark: Story = { parameters: { ui: { colorScheme: "dark" } }, play: showsDark };
