import type { DemoConfig } from "cognito-react-kit-local";

declare const __COGNITO_DEMO_CONFIG__: DemoConfig | null;

/**
 * The local Cognito the live stories talk to: the test run's own stack in `npm test` (put on
 * globalThis by .storybook/vitest-setup.ts), else the one `npm run demo` started (baked in by
 * .storybook/main.ts), else null.
 */
export const liveCognito: DemoConfig | null =
  (globalThis as { __CRK_LIVE_COGNITO__?: DemoConfig }).__CRK_LIVE_COGNITO__ ??
  (typeof __COGNITO_DEMO_CONFIG__ === "undefined" ? null : __COGNITO_DEMO_CONFIG__);
