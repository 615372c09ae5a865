/**
 * The local Cognito: one port that speaks the Cognito JSON protocol. It answers the operations
 * cognito-local lacks (see sign-in-ops.ts, account-ops.ts) and forwards everything else to
 * cognito-local unchanged. Dev-only routes under /_dev/ let tests and a person read the codes
 * that would have been emailed or texted.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { generate as totpCode } from "cognito-local/lib/services/totp";
import { startLocalCognito, type LocalCognito, type SentMessage } from "./local-cognito";
import { createSealer } from "./seal";
import { CognitoFault, type Json } from "./fault";
import { maskDestination } from "./users";
import { respondEmailOtp } from "./email-otp-ops";
import { changePassword, getAttributeVerificationCode } from "./profile-ops";
import { adminResetUserPassword, assertPolicy, confirmForgotPassword, forgotPassword } from "./recovery-ops";
import type { FrontContext, OpResult } from "./front-context";
import { initiatePassword, initiateSrp, respondPasswordVerifier } from "./sign-in-ops";
import { createIdentityService, type IdentityService } from "./identity-pool";
import { serveSignedRequest, SIGNED_SERVICE_PATH } from "./signed-service";
import { createDeviceStore, deviceOperations, namedDevice, refreshWithDevice, respondDeviceChallenge, trackDevice } from "./devices";
import {
  assertNotRevoked, associateWithSession, globalSignOut, resendConfirmationCode, respondMfaSetup,
  setUserMfaPreference, storeIssuedRefreshToken, verifyWithSession,
} from "./account-ops";
import { answerChoiceChallenge, confirmSignUpWithSession, getUserAuthFactors, getUserPoolMfaConfig, initiateUserAuth, passwordlessSignUp, setUserPoolMfaConfig } from "./user-auth-ops";
import { respondWebAuthn, webAuthnOperations } from "./webauthn-ops";

/** One request as it reached the front: what tests inspect to prove no password left the page. */
export interface LoggedRequest {
  at: number;
  method: string;
  path: string;
  target: string | null;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface CognitoStack {
  /** The endpoint apps and SDKs use, e.g. http://localhost:9229. */
  url: string;
  local: LocalCognito;
  requests: LoggedRequest[];
  messages: SentMessage[];
  /** The identity pools (AWSCognitoIdentityService) and the credentials they minted. */
  identity: IdentityService;
  close(): Promise<void>;
}

export interface StackOptions {
  port?: number;
  host?: string;
  dataDirectory: string;
  /** Serve the request log at /_dev/requests (tests only: it holds sign-up passwords). */
  exposeRequestLog?: boolean;
  onMessage?: (message: SentMessage) => void;
}

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET,POST,OPTIONS",
  "access-control-allow-headers": "content-type,x-amz-target,x-amz-user-agent,authorization,cache-control,amz-sdk-invocation-id,amz-sdk-request,x-amz-date,x-amz-security-token,x-amz-content-sha256",
  "access-control-max-age": "600",
};
const MAX_LOGGED_REQUESTS = 2000;

type Operation = (front: FrontContext, body: Json) => Promise<OpResult> | null;

/** Which requests the front answers itself; null hands the request to cognito-local. */
const operations: Record<string, Operation> = {
  InitiateAuth: (front, body) =>
    body.AuthFlow === "USER_SRP_AUTH" ? initiateSrp(front, body)
      : body.AuthFlow === "USER_PASSWORD_AUTH" ? initiatePassword(front, body)
        : body.AuthFlow === "USER_AUTH" ? initiateUserAuth(front, body)
          : body.AuthFlow === "REFRESH_TOKEN_AUTH" || body.AuthFlow === "REFRESH_TOKEN" ? refreshWithDevice(front, body) : null,
  RespondToAuthChallenge: async (front, body) => {
    const choice = answerChoiceChallenge(front, body);
    // After the password, sign-in-ops.ts tracks the device the sign-in named itself.
    if (!choice && body.ChallengeName === "PASSWORD_VERIFIER") return respondPasswordVerifier(front, body);
    const answer = choice ?? respondDeviceChallenge(front, body) ?? (body.ChallengeName === "MFA_SETUP" ? respondMfaSetup(front, body)
      : body.ChallengeName === "EMAIL_OTP" ? respondEmailOtp(front, body)
        : body.ChallengeName === "WEB_AUTHN" ? respondWebAuthn(front, body) : respondOther(front, body));
    return trackDevice(front, namedDevice(front, body), await answer);
  },
  ...deviceOperations,
  AssociateSoftwareToken: (front, body) => (body.AccessToken ? null : associateWithSession(front, body)),
  VerifySoftwareToken: (front, body) => (body.AccessToken ? null : verifyWithSession(front, body)),
  ResendConfirmationCode: resendConfirmationCode,
  GlobalSignOut: globalSignOut,
  SetUserMFAPreference: setUserMfaPreference,
  ForgotPassword: forgotPassword,
  ConfirmForgotPassword: confirmForgotPassword,
  AdminResetUserPassword: adminResetUserPassword,
  SignUp: passwordlessSignUp,
  ChangePassword: changePassword,
  GetUserAttributeVerificationCode: getAttributeVerificationCode,
  ConfirmSignUp: confirmSignUpWithSession,
  SetUserPoolMfaConfig: setUserPoolMfaConfig,
  GetUserPoolMfaConfig: getUserPoolMfaConfig,
  GetUserAuthFactors: getUserAuthFactors,
  ...webAuthnOperations,
};

async function respondOther(front: FrontContext, body: Json): Promise<OpResult> {
  const newPassword = (body.ChallengeResponses as Json | undefined)?.NEW_PASSWORD;
  if (body.ChallengeName === "NEW_PASSWORD_REQUIRED" && typeof newPassword === "string") {
    await assertPolicy(front, String(body.ClientId), newPassword);
  }
  const answer = await front.forward("RespondToAuthChallenge", body);
  await storeIssuedRefreshToken(front, body, answer);
  return answer;
}


export async function startCognitoStack(options: StackOptions): Promise<CognitoStack> {
  const host = options.host ?? "127.0.0.1";
  const server: Server = createServer();
  // Longer than any client's idle keep-alive: Node's fetch must never reuse a socket this server
  // has just closed ("other side closed", which reached the kit as a NetworkError in tests).
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  const local = await startLocalCognito({
    dataDirectory: options.dataDirectory,
    issuerUrl: url,
    ...(options.onMessage ? { onMessage: options.onMessage } : {}),
  });
  const requests: LoggedRequest[] = [];
  const identity = createIdentityService(url);

  const forwardRaw = async (req: IncomingMessage, body: Buffer) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || ["host", "connection", "content-length"].includes(name)) continue;
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    return fetch(`${local.url}${req.url ?? "/"}`, {
      method: req.method ?? "GET",
      headers,
      redirect: "manual",
      ...(body.length > 0 && req.method !== "GET" && req.method !== "HEAD" ? { body: new Uint8Array(body) } : {}),
    });
  };

  const front: FrontContext = {
    local,
    sealer: createSealer(),
    revokedUpTo: new Map(),
    devices: createDeviceStore(`${options.dataDirectory}/devices.json`),
    async forward(operation, body) {
      const response = await fetch(local.url, {
        method: "POST",
        headers: {
          "content-type": "application/x-amz-json-1.1",
          "x-amz-target": `AWSCognitoIdentityProviderService.${operation}`,
        },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as Json;
      if (response.status >= 400 && typeof json.__type === "string") {
        throw new CognitoFault(json.__type, String(json.message ?? ""), response.status);
      }
      return { status: response.status, body: json };
    },
  };

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      void handle(req, res, body).catch((error: unknown) => {
        const fault = error instanceof CognitoFault ? error
          : new CognitoFault("InternalErrorException", error instanceof Error ? error.message : String(error), 500);
        send(res, fault.status, { __type: fault.type, message: fault.message });
      });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, raw: Buffer) {
    const path = new URL(req.url ?? "/", url).pathname;
    const targetHeader = req.headers["x-amz-target"];
    const target = typeof targetHeader === "string" ? targetHeader.split(".")[1] ?? null : null;
    if (req.method === "OPTIONS") {
      res.writeHead(204, CORS).end();
      return;
    }
    requests.push({ at: Date.now(), method: req.method ?? "GET", path, target, headers: { ...req.headers }, body: raw.toString("utf8") });
    if (requests.length > MAX_LOGGED_REQUESTS) requests.splice(0, requests.length - MAX_LOGGED_REQUESTS);

    if (path === "/logout" && req.method === "GET") {
      await logout(res, new URL(req.url ?? "/", url).searchParams);
      return;
    }
    if (path.startsWith(SIGNED_SERVICE_PATH)) {
      const { status, body } = serveSignedRequest(req, raw, identity);
      send(res, status, body);
      return;
    }
    if (typeof targetHeader === "string" && targetHeader.startsWith("AWSCognitoIdentityService.") && req.method === "POST") {
      const operation = target ? identity.operations[target] : undefined;
      if (!operation) throw new CognitoFault("UnknownOperationException", `The local identity pool does not implement ${targetHeader}.`);
      const result = operation(parseJson(raw));
      send(res, result.status ?? 200, result.body);
      return;
    }
    if (path.startsWith("/_dev/")) {
      devRoute(res, path, new URL(req.url ?? "/", url).searchParams);
      return;
    }
    if (req.method === "POST" && path === "/" && target) {
      const body = parseJson(raw);
      assertNotRevoked(front, body);
      assertCodeNotExpired(body);
      const answer = operations[target]?.(front, body) ?? null;
      if (answer) {
        const result = maskDelivery(await answer);
        send(res, result.status ?? 200, result.body);
        return;
      }
    }
    const response = await forwardRaw(req, raw);
    const headers: Record<string, string> = { ...CORS };
    response.headers.forEach((value, name) => {
      if (!["content-length", "content-encoding", "transfer-encoding", "connection"].includes(name)) headers[name] = value;
    });
    res.writeHead(response.status, headers).end(Buffer.from(await response.arrayBuffer()));
  }

  /** The hosted UI's /logout (cognito-local has none): back to a registered sign-out URL. */
  async function logout(res: ServerResponse, query: URLSearchParams) {
    const client = await local.services.cognito.getAppClient(local.ctx, query.get("client_id") ?? "");
    const target = query.get("logout_uri") ?? "";
    if (!client || !(client.LogoutURLs ?? []).includes(target)) {
      send(res, 400, { error: "invalid_request", error_description: "logout_uri not registered for this client" });
      return;
    }
    res.writeHead(302, { ...CORS, location: target }).end();
  }

  /** Codes a test (or a person) declared expired with /_dev/expire-codes: Cognito's ExpiredCodeException. */
  const expiredCodes = new Set<string>();
  function assertCodeNotExpired(body: Json) {
    const responses = (body.ChallengeResponses ?? {}) as Json;
    const code = body.ConfirmationCode ?? body.Code ?? responses.SMS_MFA_CODE ?? responses.EMAIL_OTP_CODE ?? responses.SMS_OTP_CODE;
    if (typeof code === "string" && expiredCodes.has(code)) {
      throw new CognitoFault("ExpiredCodeException", "Invalid code provided, please request a code again.");
    }
  }

  function devRoute(res: ServerResponse, path: string, query: URLSearchParams) {
    if (path === "/_dev/expire-codes") {
      const username = query.get("username");
      const expired = local.messages.filter((m) => m.code && (m.username === username || m.destination === username));
      for (const m of expired) expiredCodes.add(m.code!);
      send(res, 200, { expired: expired.length });
    } else if (path === "/_dev/messages") {
      const username = query.get("username");
      send(res, 200, { messages: local.messages.filter((m) => !username || m.username === username || m.destination === username) });
    } else if (path === "/_dev/requests" && options.exposeRequestLog) {
      const since = Number(query.get("since") ?? 0);
      send(res, 200, { requests: requests.filter((r) => r.at >= since && !r.path.startsWith("/_dev/")) });
    } else if (path === "/_dev/expire-credentials") {
      send(res, 200, { expired: identity.expire(query.get("identityId") ?? undefined) });
    } else if (path === "/_dev/totp") {
      const secret = query.get("secret");
      if (!secret) send(res, 400, { message: "Pass ?secret=<base32 TOTP secret>" });
      else send(res, 200, { code: totpCode(secret) });
    } else {
      send(res, 404, { message: "Dev routes: /_dev/messages?username=…, /_dev/totp?secret=…, /_dev/expire-codes?username=…, /_dev/expire-credentials?identityId=…" });
    }
  }

  return {
    url,
    local,
    requests,
    messages: local.messages,
    identity,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await local.close();
    },
  };
}

/** Cognito shows where a code went only masked ("+*******0101"); cognito-local sends it plain. */
function maskDelivery(result: OpResult): OpResult {
  const parameters = result.body.ChallengeParameters as Record<string, string> | undefined;
  const destination = parameters?.CODE_DELIVERY_DESTINATION;
  if (!parameters || !destination || destination.includes("*")) return result;
  return { ...result, body: { ...result.body, ChallengeParameters: { ...parameters, CODE_DELIVERY_DESTINATION: maskDestination(destination) } } };
}

function parseJson(raw: Buffer): Json {
  try {
    return JSON.parse(raw.toString("utf8") || "{}") as Json;
  } catch {
    throw new CognitoFault("SerializationException", "The request body is not valid JSON.");
  }
}

function send(res: ServerResponse, status: number, body: Json) {
  res.writeHead(status, { ...CORS, "content-type": "application/x-amz-json-1.1" }).end(JSON.stringify(body));
}
