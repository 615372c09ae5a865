/** The demo preset's summary, as the CLI prints it: endpoint, pools, and one user per sign-in scenario. */
import type { DemoConfig } from "./seed";

/**
 * The seeded demo users as a table a person reads (scenario, username, email alias, password).
 *
 * @example
 * console.log(describeDemo((await start({ demo: true })).demo!));
 */
export function describeDemo(config: DemoConfig, configPath?: string): string {
  const rows = [...config.users, ...config.mfaRequiredPool.users, ...config.devicesPool.users].map((u) =>
    `  ${u.scenario.padEnd(14)} ${u.username.padEnd(18)} ${u.email.padEnd(26)} ${u.password}`);
  return [
    `Local Cognito: ${config.endpoint}  (pool ${config.userPoolId}, client ${config.userPoolClientId})`,
    ...(configPath ? [`Config: ${configPath}`] : []),
    "Seeded users (scenario, username, email alias, password):",
    ...rows,
    `Choice-based sign-in (USER_AUTH): pool ${config.passwordlessPool.userPoolId}, client ${config.passwordlessPool.userPoolClientId}; email MFA required: pool ${config.emailMfaRequiredPool.userPoolId}, client ${config.emailMfaRequiredPool.userPoolClientId}`,
    ...[...config.passwordlessPool.users, ...config.emailMfaRequiredPool.users].map((u) =>
      // Four columns, as the README's seeded-user table has them; a phone follows after a dash.
      `  ${u.scenario.padEnd(14)} ${u.username.padEnd(18)} ${u.email.padEnd(26)} ${u.password ?? "(passwordless)"}${u.phone ? `  — phone ${u.phone}` : ""}`),
    `Remembered devices: pool ${config.devicesPool.userPoolId}, client ${config.devicesPool.userPoolClientId} (device tracking "user opt-in", optional MFA).`,
    `Identity pools: ${config.identityPools.signedIn} (signed-in users), ${config.identityPools.withGuests} (guests too); SigV4-checking stand-in AWS service at ${config.endpoint}/aws-service/.`,
    `Codes are printed here and listed at ${config.endpoint}/_dev/messages; TOTP codes at ${config.endpoint}/_dev/totp?secret=<totpSecret>.`,
  ].join("\n");
}
