import type { DemoConfig } from "../test/support/cognito/seed";

declare const __COGNITO_DEMO_CONFIG__: DemoConfig | null;

/** The local Cognito that `npm run demo` started, or null when Storybook runs without it. */
export const liveCognito: DemoConfig | null = typeof __COGNITO_DEMO_CONFIG__ === "undefined" ? null : __COGNITO_DEMO_CONFIG__;
