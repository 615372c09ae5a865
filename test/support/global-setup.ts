/**
 * Vitest global setup: the local Cognito (cognito-react-kit-local's start(), as an app's test set-up
 * would call it) on a free port in a fresh temporary directory, with the demo pools seeded, handed
 * to the tests (`inject("cognito")`). Nothing needs to be running beforehand; it stops when the run ends.
 */
import type { TestProject } from "vitest/node";
import { start, type DemoConfig } from "cognito-react-kit-local";

declare module "vitest" {
  export interface ProvidedContext {
    cognito: DemoConfig;
  }
}

export default async function setup(project: TestProject) {
  const cognito = await start({ demo: true, requestLog: true });
  project.provide("cognito", cognito.demo!);
  return () => cognito.stop();
}
