/**
 * cognito-local 5.3, assembled in-process (no Docker, no child process) so the front can reach
 * its services: users (for SRP verifiers), the token generator (for MFA_SETUP), and the messages
 * it "sends" (confirmation and MFA codes), which we capture for tests and for a person at the demo.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { Router } from "cognito-local/lib/server/Router";
import { createServer } from "cognito-local/lib/server/server";
import { DefaultConfig, type Config } from "cognito-local/lib/server/config";
import { StormDBDataStoreFactory } from "cognito-local/lib/services/dataStore/stormDb";
import { CognitoServiceFactoryImpl } from "cognito-local/lib/services/cognitoService";
import { UserPoolServiceFactoryImpl } from "cognito-local/lib/services/userPoolService";
import { DateClock, LambdaService, MessagesService, TriggersService } from "cognito-local/lib/services";
import { CryptoService } from "cognito-local/lib/services/crypto";
import { MessageDeliveryService } from "cognito-local/lib/services/messageDelivery/messageDelivery";
import { JwtTokenGenerator } from "cognito-local/lib/services/tokenGenerator";
import type { Services } from "cognito-local/lib/services";
import type { MessageSender } from "cognito-local/lib/services/messageDelivery/messageSender";
import type { Context } from "cognito-local/lib/services/context";
import { randomInt } from "node:crypto";
import { withContactClaims } from "./id-token-claims";

/** A message cognito-local would have emailed or texted: what a person would read. */
export interface SentMessage {
  at: number;
  medium: "EMAIL" | "SMS";
  username: string;
  destination: string;
  code: string | null;
  subject: string | null;
}

export interface LocalCognito {
  url: string;
  services: Services;
  ctx: Context;
  messages: SentMessage[];
  close(): Promise<void>;
}

const requireFromCognitoLocal = createRequire(createRequire(import.meta.url).resolve("cognito-local"));

type PinoLogger = Parameters<typeof createServer>[1];

export function createQuietLogger(level = process.env.COGNITO_LOG ?? "silent"): PinoLogger {
  // pino is cognito-local's own logger; resolving it from there keeps it out of our dependencies.
  const pino = requireFromCognitoLocal("pino") as (options: { level: string }) => PinoLogger;
  return pino({ level });
}

export interface LocalCognitoOptions {
  /** Where cognito-local keeps its JSON database (pools, users, clients). */
  dataDirectory: string;
  /** The public URL tokens are issued under (the front's), e.g. http://localhost:9229. */
  issuerUrl: string;
  /** Called for each message, e.g. to print codes for a person trying the demo. */
  onMessage?: (message: SentMessage) => void;
}

export async function startLocalCognito(options: LocalCognitoOptions): Promise<LocalCognito> {
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= "1";
  const logger = createQuietLogger();
  const ctx: Context = { logger };
  mkdirSync(`${options.dataDirectory}/db`, { recursive: true });
  const config: Config = {
    ...DefaultConfig,
    UserPoolDefaults: {},
    TokenConfig: { IssuerDomain: options.issuerUrl },
    ServerConfig: { port: 0, hostname: "127.0.0.1", https: false, development: false },
  };
  const clock = new DateClock();
  const dataStoreFactory = new StormDBDataStoreFactory(`${options.dataDirectory}/db`);
  const cognito = await new CognitoServiceFactoryImpl(
    `${options.dataDirectory}/db`,
    dataStoreFactory,
    new UserPoolServiceFactoryImpl(clock, dataStoreFactory),
  ).create(ctx, config.UserPoolDefaults);
  // Lambda triggers are not configured; the service is still required by the constructor.
  const triggers = new TriggersService(clock, cognito, new LambdaService({}, null as never), new CryptoService({}));

  const messages: SentMessage[] = [];
  const record = (medium: SentMessage["medium"]): MessageSender[keyof MessageSender] =>
    async (_ctx, user, destination, message) => {
      const sent: SentMessage = {
        at: Date.now(),
        medium,
        username: user.Username,
        destination,
        code: message.__code ?? null,
        subject: message.emailSubject ?? null,
      };
      messages.push(sent);
      options.onMessage?.(sent);
    };
  const sender: MessageSender = { sendEmail: record("EMAIL"), sendSms: record("SMS") };

  const services: Services = {
    clock,
    cognito,
    config,
    messages: new MessagesService(triggers, new MessageDeliveryService(sender)),
    otp: () => String(randomInt(0, 1_000_000)).padStart(6, "0"),
    tokenGenerator: new JwtTokenGenerator(clock, withContactClaims(triggers), config.TokenConfig),
    triggers,
  };
  const server: Server = await createServer(Router(services), logger, config.ServerConfig, services).start();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    services,
    ctx,
    messages,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
