import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";

export default defineConfig({
  test: {
    projects: [
      {
        // Real sign-ins against the local Cognito this project's global setup starts.
        test: { name: "node", include: ["test/**/*.test.ts"], globalSetup: ["test/global-setup.ts"], testTimeout: 20_000 },
      },
      {
        // Stories and component tests on the scripted Cognito of cognito-react-kit/testing, in Chromium.
        plugins: [react()],
        optimizeDeps: { include: ["react", "react-dom", "react-dom/client", "react/jsx-dev-runtime", "react-hook-form", "zod/mini", "@testing-library/react", "@storybook/react"] },
        test: {
          name: "browser",
          include: ["src/**/*.test.tsx"],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
                args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
              },
            }),
            instances: [{ browser: "chromium" }],
          },
          testTimeout: 20_000,
        },
      },
    ],
  },
});
