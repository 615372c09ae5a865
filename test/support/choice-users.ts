/** The demo preset's choice-based sign-in pools and users (see packages/local-cognito/README.md, "Demo users"). */
import type { ChoiceDemoPool, ChoiceDemoUser, ChoiceScenario } from "cognito-react-kit-local";
import { stackConfig } from "./dev-api";

/** The seeded user for a choice-based scenario, with the pool it lives in. */
export function choiceUser(scenario: ChoiceScenario): ChoiceDemoUser & { pool: ChoiceDemoPool } {
  const config = stackConfig();
  for (const pool of [config.passwordlessPool, config.emailMfaRequiredPool]) {
    const user = pool.users.find((u) => u.scenario === scenario);
    if (user) return { ...user, pool };
  }
  throw new Error(`No seeded user for ${scenario}`);
}
