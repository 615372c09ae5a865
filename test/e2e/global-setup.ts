/**
 * E2E global setup: a fresh local Cognito, seeded, and the e2e page served against it.
 */
import type { TestProject } from "vitest/node";
import { cognitoCall, hostedUiSettings, start, type DemoConfig } from "cognito-react-kit-local";
import { serveApp } from "./serve-app";

declare module "vitest" {
  export interface ProvidedContext {
    cognito: DemoConfig;
    appUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cognito = await start({ demo: true, requestLog: true });
  const config = cognito.demo!;
  const pools: Record<string, { userPoolId: string; userPoolClientId: string }> = { main: config, mfaRequired: config.mfaRequiredPool, devices: config.devicesPool };
  const app = await serveApp({ endpoint: config.endpoint, pools, identityPools: config.identityPools }, new URL(config.endpoint).origin);
  // An app client for the hosted UI, whose callback is the page just served (its port is only known now).
  const { UserPoolClient } = await cognitoCall<{ UserPoolClient: { ClientId: string } }>(config.endpoint, "CreateUserPoolClient", {
    UserPoolId: config.userPoolId, ClientName: "e2e-hosted", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    ...hostedUiSettings([`${app.url}?pool=hosted`]),
  });
  pools.hosted = { userPoolId: config.userPoolId, userPoolClientId: UserPoolClient.ClientId };
  project.provide("cognito", config);
  project.provide("appUrl", app.url);
  return async () => {
    await app.close();
    await cognito.stop();
  };
}
