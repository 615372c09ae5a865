/**
 * E2E global setup: a fresh local Cognito, seeded, and the e2e page served against it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startCognitoStack } from "../support/cognito/front";
import { seed, type DemoConfig } from "../support/cognito/seed";
import { serveApp } from "./serve-app";

declare module "vitest" {
  export interface ProvidedContext {
    cognito: DemoConfig;
    appUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDirectory = mkdtempSync(join(tmpdir(), "cognito-react-kit-e2e-"));
  const stack = await startCognitoStack({ dataDirectory, exposeRequestLog: true });
  const config = await seed(stack);
  const app = await serveApp({
    endpoint: config.endpoint,
    pools: { main: config, mfaRequired: config.mfaRequiredPool },
  }, new URL(config.endpoint).origin);
  project.provide("cognito", config);
  project.provide("appUrl", app.url);
  return async () => {
    await app.close();
    await stack.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  };
}
