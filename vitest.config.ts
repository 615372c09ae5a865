import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { fileURLToPath } from "node:url";
import { chromiumPath } from "./scripts/chromium-path.js";

/** The Chromium scripts/chromium-path finds (or `npm test`'s pretest installed), headless; no tool downloads a browser of its own. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      get executablePath() { return chromiumPath(); }, // looked up at launch: node-only runs need no browser
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  }),
  instances: [{ browser: "chromium" as const }],
});

/** The local Cognito tool (packages/local-cognito) by its package name, from source: no build before a test run. */
const resolve = { alias: { "cognito-react-kit-local": fileURLToPath(new URL("./packages/local-cognito/src/index.ts", import.meta.url)) } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "node",
          environment: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/e2e/**", "node_modules/**"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        resolve,
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        resolve,
        // Pre-bundled up front, so Vite does not reload the page mid-run when it discovers them.
        optimizeDeps: {
          include: ["react", "react-dom", "react-dom/client", "react/jsx-dev-runtime", "react-hook-form", "zod/mini", "lean-qr/nano", "@testing-library/react", "@testing-library/user-event", "@testing-library/jest-dom/vitest"],
        },
        test: {
          name: "browser",
          include: ["test/ui/**/*.test.tsx", "test/react/**/*.test.tsx"],
          setupFiles: ["test/support/browser-setup.ts"],
          // A live local Cognito for the tests that drive the UI against it.
          globalSetup: ["test/support/global-setup.ts"],
          browser: browser(),
          testTimeout: 20_000,
        },
      },
      {
        plugins: [storybookTest({ configDir: ".storybook" })],
        resolve,
        test: {
          name: "storybook",
          // The live stories sign in against this run's own seeded local Cognito.
          globalSetup: ["test/support/global-setup.ts"],
          setupFiles: [".storybook/vitest-setup.ts"],
          browser: browser(),
          testTimeout: 30_000,
        },
      },
    ],
  },
});
