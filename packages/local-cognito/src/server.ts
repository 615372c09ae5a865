/**
 * The programmatic surface: `start()` a local Cognito (pools, clients and users from a config),
 * read what it created and the codes it "sent", `stop()` it. What the CLI and our own tests use.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generate } from "cognito-local/lib/services/totp";
import { startCognitoStack, type LoggedRequest } from "./front";
import type { SentMessage } from "./local-cognito";
import { readConfig, validateConfig, type LocalCognitoConfig } from "./config";
import { provision, type ProvisionedPool } from "./provision";
import { seed, type DemoConfig } from "./seed";

export interface StartOptions {
  /** Pools, clients and users: the object, or the path of a JSON file. */
  config?: LocalCognitoConfig | string;
  /** Where pools and users persist (created if missing). Default: a fresh temporary folder, removed by stop(). */
  dir?: string;
  /** Default 0: a free port (read `url`). The CLI's default is 9229. */
  port?: number;
  /** Default "127.0.0.1"; "0.0.0.0" to reach it from other machines or containers. */
  host?: string;
  /** Also seed the demo pools: one user per sign-in scenario (see README). */
  demo?: boolean;
  /** Called for each email or SMS it would have sent (the CLI prints them). */
  onMessage?: (message: SentMessage) => void;
  /** Serve every request at /_dev/requests (they hold sign-up and admin passwords: tests only). */
  requestLog?: boolean;
}

export interface LocalCognitoServer {
  /** The endpoint to give the kit (`endpoint`) or an SDK (`endpoint` override), e.g. http://127.0.0.1:41234. */
  url: string;
  /** What the config created, by pool name: pool id, client ids by name, JWKS URL, seeded users. */
  pools: Record<string, ProvisionedPool>;
  /** The demo pools and users, when started with `demo: true`. */
  demo: DemoConfig | null;
  /** Every email and SMS it would have sent, oldest first (also at GET /_dev/messages). */
  messages: readonly SentMessage[];
  /** Requests received, when started with `requestLog: true` (else empty). */
  requests: readonly LoggedRequest[];
  /** The newest code sent to a username, email or phone number, or null. */
  latestCode(to: string): string | null;
  /** The current TOTP code for a secret (a seeded user's `totpSecret`, or one set up in the app). */
  totp(secret: string): string;
  /** Stops the server (and removes the folder if start() made a temporary one). */
  stop(): Promise<void>;
}

/**
 * A local Cognito on a free port, with the config's pools, clients and users.
 *
 * @example
 * const cognito = await start({ config: { pools: [{ name: "app", clients: [{ name: "web" }],
 *   users: [{ username: "ana", email: "ana@example.com", password: "Correct-Horse-1!" }] }] } });
 * const { userPoolId, clients } = cognito.pools.app!;
 * // createCognitoAuth({ userPoolId, userPoolClientId: clients.web, endpoint: cognito.url })
 * await cognito.stop();
 */
export async function start(options: StartOptions = {}): Promise<LocalCognitoServer> {
  const config = typeof options.config === "string" ? readConfig(options.config) : validateConfig(options.config ?? { pools: [] });
  const temporary = options.dir === undefined;
  const dataDirectory = temporary ? mkdtempSync(join(tmpdir(), "local-cognito-")) : resolve(options.dir!);
  mkdirSync(dataDirectory, { recursive: true });
  const stack = await startCognitoStack({
    dataDirectory,
    port: options.port ?? 0,
    host: options.host ?? "127.0.0.1",
    ...(options.requestLog ? { exposeRequestLog: true } : {}),
    ...(options.onMessage ? { onMessage: options.onMessage } : {}),
  });
  const stop = async () => {
    await stack.close();
    if (temporary) rmSync(dataDirectory, { recursive: true, force: true });
  };
  try {
    const pools = await provision(stack, config);
    const demo = options.demo ? await seed(stack) : null;
    return {
      url: stack.url,
      pools,
      demo,
      messages: stack.messages,
      requests: options.requestLog ? stack.requests : [],
      latestCode: (to) => stack.messages.filter((m) => m.code && (m.username === to || m.destination === to)).at(-1)?.code ?? null,
      totp: (secret) => generate(secret),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
