/**
 * A stand-in AWS service at /aws-service/…: any method, any path below it. A request signed with
 * SigV4 by credentials this stack's identity pools minted is answered 200 with who signed it
 * (`{ identityId, authenticated, method, path, body }`); anything else gets AWS's 400/403 error
 * shapes (IncompleteSignature, InvalidSignature, UnrecognizedClient, ExpiredToken).
 */
import type { IncomingMessage } from "node:http";
import type { Json } from "./fault";
import type { IdentityService } from "./identity-pool";
import { verifySigV4 } from "./sigv4-verifier";

export const SIGNED_SERVICE_PATH = "/aws-service/";

export function serveSignedRequest(req: IncomingMessage, raw: Buffer, identity: IdentityService, now = Date.now()): { status: number; body: Json } {
  const verdict = verifySigV4(
    { method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, body: raw },
    (accessKeyId) => identity.credentials(accessKeyId),
    now,
  );
  if (!verdict.ok) return { status: verdict.status, body: { __type: verdict.type, message: verdict.message } };
  return {
    status: 200,
    body: {
      identityId: verdict.credentials.identityId,
      authenticated: verdict.credentials.authenticated,
      region: verdict.region,
      service: verdict.service,
      method: req.method ?? "GET",
      path: (req.url ?? "/").split("?")[0]!,
      body: raw.toString("utf8"),
    },
  };
}
