/**
 * Vitest global setup: starts the local Cognito on a free port in a fresh temporary directory,
 * seeds it, and hands the demo config to the tests (`inject("cognito")`). Nothing needs to be
 * running beforehand; the stack stops when the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { seed, startCognitoStack, type DemoConfig } from "cognito-react-kit-local";

declare module "vitest" {
  export interface ProvidedContext {
    cognito: DemoConfig;
  }
}

export default async function setup(project: TestProject) {
  const dataDirectory = mkdtempSync(join(tmpdir(), "cognito-react-kit-"));
  const stack = await startCognitoStack({ dataDirectory, exposeRequestLog: true });
  project.provide("cognito", await seed(stack));
  return async () => {
    await stack.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  };
}
