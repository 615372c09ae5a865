#!/usr/bin/env node
/**
 * `cognito-react-kit-local start [--config local-cognito.json] [--dir .cognito] [--port 9229] [--host 127.0.0.1] [--demo]`:
 * a local Cognito until Ctrl-C. What it created is written to <dir>/outputs.json (and, with --demo,
 * the demo pools to <dir>/demo-config.json); codes it would email or text are printed.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { start, type LocalCognitoServer } from "./server";
import { describeDemo } from "./demo";

const USAGE = `Usage: cognito-react-kit-local start [options]

  --config <file>   pools, app clients and users (JSON; see README)
  --dir <folder>    where they persist (default .cognito)
  --port <n>        default 9229 (0: any free port)
  --host <h>        default 127.0.0.1
  --demo            also seed the demo pools: one user per sign-in scenario
  --quiet           do not print the codes it sends`;

/** The pools, clients and users as a person reads them. */
export function describePools(server: LocalCognitoServer): string {
  const lines: string[] = [];
  for (const [name, pool] of Object.entries(server.pools)) {
    lines.push(`Pool ${name}: ${pool.userPoolId}  (JWKS ${pool.jwksUrl})`);
    for (const [client, id] of Object.entries(pool.clients)) lines.push(`  client ${client}: ${id}`);
    for (const u of pool.users) {
      const extra = [u.status !== "CONFIRMED" ? u.status : "", u.mfa.length ? `MFA ${u.mfa.join("+")}` : "", u.totpSecret ? `TOTP secret ${u.totpSecret}` : ""];
      lines.push(`  user ${u.username.padEnd(18)} ${(u.password ?? "(passwordless)").padEnd(20)} ${extra.filter(Boolean).join(", ")}`.trimEnd());
    }
  }
  return lines.join("\n");
}

/**
 * Runs the CLI with these arguments; resolves with the running server (null after printing help).
 *
 * @example
 * const server = await main(["start", "--config", "local-cognito.json", "--port", "0"]);
 */
export async function main(argv: string[]): Promise<LocalCognitoServer | null> {
  const { positionals, values } = parseArgs({
    args: argv, allowPositionals: true,
    options: {
      config: { type: "string" }, dir: { type: "string", default: ".cognito" }, port: { type: "string" },
      host: { type: "string" }, demo: { type: "boolean", default: false }, quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals[0] !== "start") {
    console.log(USAGE);
    if (!values.help) process.exitCode = 2;
    return null;
  }
  const port = Number(values.port ?? process.env.PORT ?? 9229);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port should be a port number, got ${values.port}`);
  const dir = resolve(values.dir);
  const server = await start({
    dir, port, host: values.host ?? process.env.HOST ?? "127.0.0.1", demo: values.demo,
    ...(values.config ? { config: resolve(values.config) } : {}),
    ...(values.quiet ? {} : { onMessage: (m) => console.log(`[cognito] ${m.medium} to ${m.destination} (${m.username}): code ${m.code ?? "(none)"}`) }),
  });
  const outputs = resolve(dir, "outputs.json");
  writeFileSync(outputs, `${JSON.stringify({ endpoint: server.url, pools: server.pools, demo: server.demo }, null, 2)}\n`);
  console.log(`Local Cognito: ${server.url}  (outputs ${outputs})`);
  if (Object.keys(server.pools).length) console.log(describePools(server));
  if (server.demo) {
    const demoPath = resolve(dir, "demo-config.json");
    writeFileSync(demoPath, `${JSON.stringify(server.demo, null, 2)}\n`);
    console.log(describeDemo(server.demo, demoPath));
  } else {
    console.log(`Codes are printed here and listed at ${server.url}/_dev/messages; TOTP codes at ${server.url}/_dev/totp?secret=<secret>.`);
  }
  return server;
}

const isMain = process.argv[1] && /(^|[/\\])(cli\.[cm]?[jt]s|cognito-react-kit-local)$/.test(process.argv[1]);
if (isMain) {
  const server = await main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
  if (server) {
    const stop = () => void server.stop().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  }
}
