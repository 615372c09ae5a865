/** Starts the local Cognito for the run: the pool, client and user of local-cognito.json, on a free port. */
import { start } from "cognito-react-kit-local";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    cognito: { endpoint: string; userPoolId: string; userPoolClientId: string };
  }
}

export default async function setup(project: TestProject) {
  const cognito = await start({ config: "local-cognito.json" });
  const pool = cognito.pools.example!;
  project.provide("cognito", { endpoint: cognito.url, userPoolId: pool.userPoolId, userPoolClientId: pool.clients.web! });
  return () => cognito.stop();
}
