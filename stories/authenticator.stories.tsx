import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Authenticator } from "../src/ui/index";
import { ja } from "../src/ui/i18n/ja";
import { useAuth, useCognitoAuth } from "../src/react/index";
import { challenge, TEST_USER as USER } from "../src/testing/index";
import { authOf, load } from "./support/loaders";

const signedIn = load({}, (a) => a.signIn(USER));

const meta = {
  title: "Drop-in/Authenticator",
  component: Authenticator,
  // The toolbar's theme, language and direction (parameters.ui) under the story's own props.
  render: (args, { loaded, parameters }) => <Authenticator {...parameters.ui} {...args} auth={authOf(loaded)} />,
  loaders: load({}),
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first screen does not take focus from the page. */
export const InitialSignIn: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = canvas.getByRole("heading", { level: 2, name: "Sign in" });
    await expect(heading).not.toHaveFocus();
    await expect(canvas.getByRole("button", { name: "Create an account" })).toBeVisible();
  },
};

export const InitialSignUp: Story = {
  args: { initialScreen: "signUp", signUpAttributes: ["email", "name"] },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const heading = await canvas.findByRole("heading", { level: 2, name: "Create an account" });
    await expect(heading).toBeVisible();
    await expect(heading).not.toHaveFocus();
    await expect(canvas.getByLabelText("Full name (optional)")).toBeVisible();
    const auth = authOf(loaded);
    const steps: string[] = [];
    const unsubscribe = auth.subscribe(() => steps.push(auth.getSnapshot().step));
    await userEvent.click(canvas.getByRole("button", { name: "Have an account? Sign in" }));
    await waitFor(() => expect(steps).toContain("signIn"));
    unsubscribe();
    await expect(await canvas.findByRole("heading", { level: 2, name: "Sign in" })).toBeVisible();
  },
};

export const InitialForgotPassword: Story = {
  args: { initialScreen: "forgotPassword" },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("heading", { level: 2, name: "Reset your password" })).toBeVisible();
  },
};

/** Sign-up is off: no link to it. */
export const HideSignUp: Story = {
  args: { hideSignUp: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("button", { name: "Create an account" })).toBeNull();
    await expect(canvas.getByRole("button", { name: "Forgot your password?" })).toBeVisible();
  },
};

/** Email as the login: the sign-in field is an email field. */
export const EmailLogin: Story = {
  args: { loginMechanism: "email" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText("Email")).toHaveAttribute("type", "email");
  },
};

/** Signed in with no children: the default greeting and a sign-out button. */
export const SignedInDefault: Story = {
  loaders: signedIn,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Signed in as ana@example.com")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Sign out" }));
    await expect(await canvas.findByRole("heading", { level: 2, name: "Sign in" })).toBeVisible();
    await expect(authOf(loaded).getSnapshot().step).toBe("signIn");
  },
};

/** Children as a function: the app gets the user and signOut. */
export const RenderPropChildren: Story = {
  loaders: signedIn,
  render: (args, { loaded, parameters }) => (
    <Authenticator {...parameters.ui} {...args} auth={authOf(loaded)}>
      {({ user, signOut }) => (
        <div>
          <p>Hello {user.username} ({user.email})</p>
          <button type="button" onClick={signOut}>Leave</button>
        </div>
      )}
    </Authenticator>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Hello ana (ana@example.com)")).toBeVisible();
    await expect(canvas.queryByText(/Signed in as/)).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Leave" }));
    await expect(await canvas.findByRole("heading", { level: 2, name: "Sign in" })).toBeVisible();
  },
};

/** The app's own sign-in screen, written with the hooks. */
function MySignIn({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const pending = useCognitoAuth((s) => s.status === "pending");
  return (
    <section aria-labelledby="my-sign-in">
      <h2 id="my-sign-in">Acme single sign-on</h2>
      <p>autoFocus: {String(Boolean(autoFocus))}</p>
      <button type="button" disabled={pending} onClick={() => void auth.signIn(USER)}>
        {pending ? "Signing in…" : "Continue as ana"}
      </button>
    </section>
  );
}

export const ReplacedSignIn: Story = {
  args: { components: { signIn: MySignIn } },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Acme single sign-on" })).toBeVisible();
    await expect(canvas.queryByLabelText("Password")).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Continue as ana" }));
    await expect(await canvas.findByText("Signed in as ana@example.com")).toBeVisible();
    await expect(authOf(loaded).getSnapshot().step).toBe("signedIn");
  },
};

export const Dark: Story = {
  args: { colorScheme: "dark" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { level: 2 }).closest("section")).toHaveAttribute("data-theme", "dark");
  },
};

export const Japanese: Story = {
  args: { language: ja },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2 })).toHaveTextContent(ja["signIn.title"]);
    await expect(canvas.getByRole("button", { name: ja["signIn.submit"] })).toBeVisible();
  },
};

/**
 * The main path: username and password, the TOTP screen (its heading takes focus), six digits
 * submit by themselves, and the signed-in greeting.
 */
export const MainPathWithTotp: Story = {
  loaders: load({ afterPassword: challenge("SOFTWARE_TOKEN_MFA") }),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Username or email"), "ana@example.com");
    await userEvent.type(canvas.getByLabelText("Password"), USER.password);
    await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
    const heading = await canvas.findByRole("heading", { level: 2, name: "Enter your code" });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByText("Enter the code from your authenticator app.")).toBeVisible();
    await userEvent.type(canvas.getByLabelText("Code"), "123456");
    await expect(await canvas.findByText("Signed in as ana@example.com")).toBeVisible();
    await expect(authOf(loaded).getSnapshot().step).toBe("signedIn");
  },
};

/** A wrong password stays on sign-in with the message focused; the next screen's heading is not involved. */
export const WrongPassword: Story = {
  loaders: load({ afterPassword: { error: "NotAuthorizedException" } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Username or email"), "ana");
    await userEvent.type(canvas.getByLabelText("Password"), "Wrong-Pass-1!{Enter}");
    const alert = await canvas.findByText("Incorrect username or password.");
    await waitFor(() => expect(alert).toHaveFocus());
  },
};

/** Navigating between screens moves focus to each new heading. */
export const FocusFollowsScreens: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Forgot your password?" }));
    const reset = await canvas.findByRole("heading", { level: 2, name: "Reset your password" });
    await waitFor(() => expect(reset).toHaveFocus());
    await userEvent.click(canvas.getByRole("button", { name: "Back to sign in" }));
    const signIn = await canvas.findByRole("heading", { level: 2, name: "Sign in" });
    await waitFor(() => expect(signIn).toHaveFocus());
  },
};
