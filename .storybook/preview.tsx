/**
 * The Storybook designers review: stories grouped by journey in flow order (the titles'
 * convention is in .storybook/README.md), a docs page per component (autodocs), toolbar switches
 * for theme, language and direction (./toolbar.ts), and a canvas that follows the theme
 * (./story-frame.tsx).
 */
import type { Preview } from "@storybook/react-vite";
import type { CognitoAuth } from "../src/index";
import type { AuthUIOptions } from "../src/ui/index";
import "../src/ui/styles.css";
import "./preview.css";
import { mountWhenShown, StoryFrame } from "./story-frame";
import { globalTypes, initialGlobals, mergeUi, toolbarUi, type ToolbarGlobals } from "./toolbar";

const preview: Preview = {
  tags: ["autodocs"],
  globalTypes,
  initialGlobals,
  parameters: {
    layout: "centered",
    // Every story is checked with axe; a violation fails its test.
    a11y: { test: "error" },
    options: {
      // Journeys in the order a person meets them, each one's screens in flow order (new
      // components of a journey come after the ones listed). Must stay a literal: Storybook reads
      // it from this file without running it.
      storySort: {
        order: [
          "Drop-in", ["Authenticator", "Authenticator options", "Three themes"],
          "Sign in", ["Sign-in screen", "New password", "Choice sign-in", "Choose how to sign in", "One-time code", "Verify contact"],
          "Sign up", ["Sign-up screen", "Passwordless sign-up", "Custom sign-up fields", "Phone numbers", "Confirm password", "Confirm sign-up", "Confirm and sign in"],
          "MFA", ["Select MFA type", "Confirm sign-in", "Set up TOTP", "Choose MFA set-up", "Set up email MFA"],
          "Recovery", ["Forgot password", "Confirm forgot password"],
          "Account", ["Account settings"],
          "Hosted UI", ["Hosted UI buttons"],
          "Local Cognito", ["Seeded users", "Live flows"],
        ],
      },
    },
  },
  // The toolbar's theme, language and direction, under what the story sets itself; the stories'
  // renders hand `parameters.ui` to the screens.
  beforeEach: async (context) => {
    const toolbar = await toolbarUi(context.globals as ToolbarGlobals);
    context.parameters = { ...context.parameters, ui: mergeUi(toolbar, context.parameters.ui as AuthUIOptions | undefined) };
  },
  decorators: [
    (Story, context) => {
      const ui = (context.parameters.ui ?? {}) as AuthUIOptions;
      const args = context.args as { colorScheme?: AuthUIOptions["colorScheme"] };
      const theme = (args.colorScheme ?? ui.colorScheme) === "dark" ? "dark" : "light";
      return (
        <StoryFrame
          theme={theme}
          auth={(context.loaded as { auth?: CognitoAuth } | undefined)?.auth}
          ui={ui}
          endScreen={(context.parameters.endScreen as boolean | "always" | undefined) ?? true}
          storyView={context.viewMode === "story"}
          canvasElement={context.canvasElement}
        >
          <Story />
        </StoryFrame>
      );
    },
  ],
  mount: (context) => mountWhenShown(context),
};

export default preview;
