/**
 * `npm run cognito`: the local Cognito on PORT (default 9229), seeded, with its config written to
 * .cognito/demo-config.json. Codes that would be emailed or texted are printed here.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { startCognitoStack, type CognitoStack } from "./front";
import { seed, type DemoConfig } from "./seed";

export const DEMO_DIRECTORY = resolve(process.cwd(), ".cognito");
export const DEMO_CONFIG_PATH = resolve(DEMO_DIRECTORY, "demo-config.json");

export async function startDemoCognito(port = Number(process.env.PORT ?? 9229)): Promise<{ stack: CognitoStack; config: DemoConfig }> {
  mkdirSync(DEMO_DIRECTORY, { recursive: true });
  const stack = await startCognitoStack({
    port,
    host: process.env.HOST ?? "127.0.0.1",
    dataDirectory: DEMO_DIRECTORY,
    onMessage: (m) => console.log(`[cognito] ${m.medium} to ${m.destination} (${m.username}): code ${m.code ?? "(none)"}`),
  });
  const config = await seed(stack);
  writeFileSync(DEMO_CONFIG_PATH, `${JSON.stringify(config, null, 2)}\n`);
  return { stack, config };
}

export function describeDemo(config: DemoConfig): string {
  const rows = [...config.users, ...config.mfaRequiredPool.users].map((u) =>
    `  ${u.scenario.padEnd(14)} ${u.username.padEnd(18)} ${u.email.padEnd(26)} ${u.password}`);
  return [
    `Local Cognito: ${config.endpoint}  (pool ${config.userPoolId}, client ${config.userPoolClientId})`,
    `Config: ${DEMO_CONFIG_PATH}`,
    "Seeded users (scenario, username, email alias, password):",
    ...rows,
    `Codes are printed here and listed at ${config.endpoint}/_dev/messages; TOTP codes at ${config.endpoint}/_dev/totp?secret=<totpSecret>.`,
  ].join("\n");
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { stack, config } = await startDemoCognito();
  console.log(describeDemo(config));
  const stop = () => void stack.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
