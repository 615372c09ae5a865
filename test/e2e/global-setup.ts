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
    /** The pool set up for passkeys (relying party "localhost"). */
    passkeyPool: { userPoolId: string; userPoolClientId: string };
  }
}

/** A pool set up for passkeys as the README says: WEB_AUTHN allowed, relying party "localhost", a client with ALLOW_USER_AUTH. */
async function passkeyPool(endpoint: string) {
  const { UserPool } = await cognitoCall<{ UserPool: { Id: string } }>(endpoint, "CreateUserPool", {
    PoolName: "e2e-passkeys", AliasAttributes: ["email"], AutoVerifiedAttributes: ["email"],
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"] } },
  });
  await cognitoCall(endpoint, "SetUserPoolMfaConfig", { UserPoolId: UserPool.Id, WebAuthnConfiguration: { RelyingPartyId: "localhost", UserVerification: "preferred" } });
  const { UserPoolClient } = await cognitoCall<{ UserPoolClient: { ClientId: string } }>(endpoint, "CreateUserPoolClient", {
    UserPoolId: UserPool.Id, ClientName: "e2e-passkeys", ExplicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
  });
  return { userPoolId: UserPool.Id, userPoolClientId: UserPoolClient.ClientId };
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
  pools.passkeys = await passkeyPool(config.endpoint);
  project.provide("cognito", config);
  project.provide("appUrl", app.url);
  project.provide("passkeyPool", pools.passkeys);
  return async () => {
    await app.close();
    await cognito.stop();
  };
}
