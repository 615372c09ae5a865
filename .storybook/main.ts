import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { StorybookConfig } from "@storybook/react-vite";

/**
 * The live local Cognito written by `npm run demo` / `npm run cognito`, when there is one.
 * `CRK_STORYBOOK_DEMO_CONFIG=off` builds without it (the static-build check does: the live
 * stories must then say how to get one, as on any machine that did not run `npm run demo`).
 */
function demoConfig(): unknown {
  const path = resolve(process.cwd(), ".cognito/demo-config.json");
  if (process.env.CRK_STORYBOOK_DEMO_CONFIG === "off") return null;
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

const config: StorybookConfig = {
  stories: ["../stories/**/*.stories.@(ts|tsx)"],
  framework: { name: "@storybook/react-vite", options: {} },
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The canvas follows the Theme switch of the toolbar (.storybook/preview.tsx): no second switch.
  features: { backgrounds: false },
  // Docs pages (autodocs) show each component's JSDoc and its props, read by react-docgen (the
  // copy @storybook/react-vite brings); it follows the props' types into the files they come from.
  typescript: { reactDocgen: "react-docgen" },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      define: { ...viteConfig.define, __COGNITO_DEMO_CONFIG__: JSON.stringify(demoConfig()) },
    };
  },
};

export default config;
