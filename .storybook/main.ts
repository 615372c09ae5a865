import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { StorybookConfig } from "@storybook/react-vite";

/** The live local Cognito written by `npm run demo` / `npm run cognito`, when there is one. */
function demoConfig(): unknown {
  const path = resolve(process.cwd(), ".cognito/demo-config.json");
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

const config: StorybookConfig = {
  stories: ["../stories/**/*.stories.@(ts|tsx)"],
  framework: { name: "@storybook/react-vite", options: {} },
  addons: ["@storybook/addon-a11y", "@storybook/addon-vitest"],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      define: { ...viteConfig.define, __COGNITO_DEMO_CONFIG__: JSON.stringify(demoConfig()) },
    };
  },
};

export default config;
