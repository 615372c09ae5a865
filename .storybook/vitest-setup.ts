/**
 * Storybook's Vitest project: hands the seeded local Cognito its global setup started
 * (test/support/global-setup.ts) to the live stories, so in `npm test` they run against the test
 * run's own stack instead of rendering "no local Cognito". Storybook itself (npm run storybook /
 * npm run demo) reads .cognito/demo-config.json instead (see main.ts and stories/demo-config.ts).
 * Here a local Cognito is expected: a live story without one fails instead of showing the
 * "No local Cognito" stand-in (stories/support/no-local-cognito.tsx).
 */
import { inject } from "vitest";

(globalThis as { __CRK_LIVE_COGNITO__?: unknown }).__CRK_LIVE_COGNITO__ = inject("cognito");
(globalThis as { __CRK_EXPECT_LIVE_COGNITO__?: boolean }).__CRK_EXPECT_LIVE_COGNITO__ = true;
