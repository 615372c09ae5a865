/**
 * Small helpers shared by the screen stories: a loader that prepares the machine, and the
 * `loaded` auth read back in render and play functions.
 */
import type { AuthState, CognitoAuth } from "../../src/index";
import { prepareAuth, type Script as Scenario } from "../../src/testing/index";

export type Loaded = { auth: CognitoAuth };

/** `loaders: load(scenario, setup, until)` — one loader giving `{ auth }`. */
export const load = (scenario: Scenario, setup?: (auth: CognitoAuth) => unknown, until?: (s: AuthState) => boolean) => [
  async (): Promise<Loaded> => ({ auth: await prepareAuth(scenario, setup, until) }),
];

/** The machine a story's loader prepared. */
export const authOf = (loaded: unknown): CognitoAuth => (loaded as Loaded).auth;

/** A masked email delivery, as Cognito returns it. */
export const EMAIL_DELIVERY = { DeliveryMedium: "EMAIL", Destination: "a***@e***.com", AttributeName: "email" };
