/**
 * The passkeys entry's conversions and error mapping without a browser: Node has no
 * PublicKeyCredential, so the base64url fallback is what runs here (the browser's own parsers and
 * toJSON run in the Chromium e2e test).
 */
import { describe, expect, it } from "vitest";
import { AuthFailure } from "../../src/core/errors";
import { CognitoError } from "../../src/core/transport/types";
import { creationOptions, credentialJson, passkeyFailure, passkeysSupported, requestOptions } from "../../src/passkeys/index";

const b64u = (bytes: number[]) => Buffer.from(bytes).toString("base64url");
const buffer = (bytes: number[]) => new Uint8Array(bytes).buffer;

describe("WebAuthn JSON fallback", () => {
  it("decodes Cognito's creation options (challenge, user id, excluded credentials) to bytes, other fields as sent", () => {
    const json = {
      challenge: b64u([1, 2, 3, 250, 251]), rp: { id: "example.com", name: "Example" },
      user: { id: b64u([9, 8, 7]), name: "ana", displayName: "Ana" },
      pubKeyCredParams: [{ type: "public-key", alg: -7 }],
      excludeCredentials: [{ type: "public-key", id: b64u([255, 254, 253, 252]), transports: ["internal"] }],
      authenticatorSelection: { residentKey: "required", userVerification: "preferred" }, timeout: 180000,
    };
    const options = creationOptions(JSON.stringify(json));
    expect([...new Uint8Array(options.challenge as Uint8Array)]).toEqual([1, 2, 3, 250, 251]);
    expect([...new Uint8Array(options.user.id as Uint8Array)]).toEqual([9, 8, 7]);
    expect([...new Uint8Array(options.excludeCredentials![0]!.id as Uint8Array)]).toEqual([255, 254, 253, 252]);
    expect(options.excludeCredentials![0]!.transports).toEqual(["internal"]);
    expect(options).toMatchObject({ rp: json.rp, timeout: 180000, authenticatorSelection: json.authenticatorSelection });
  });

  it("decodes request options: every padding length of base64url", () => {
    for (const bytes of [[1], [1, 2], [1, 2, 3], [1, 2, 3, 4], [0xfb, 0xff, 0xbf]]) {
      const options = requestOptions({ challenge: b64u(bytes), rpId: "localhost", allowCredentials: [{ type: "public-key", id: b64u(bytes) }] });
      expect([...new Uint8Array(options.challenge as Uint8Array)]).toEqual(bytes);
      expect([...new Uint8Array(options.allowCredentials![0]!.id as Uint8Array)]).toEqual(bytes);
    }
  });

  it("encodes an assertion and an attestation without toJSON as the JSON forms Cognito takes", () => {
    const assertion = {
      id: b64u([5, 6]), rawId: buffer([5, 6]), type: "public-key", authenticatorAttachment: "platform",
      getClientExtensionResults: () => ({}),
      response: { clientDataJSON: buffer([123, 125]), authenticatorData: buffer([1, 2, 3]), signature: buffer([0xfb, 0xff]), userHandle: buffer([7]) },
    };
    expect(credentialJson(assertion as unknown as PublicKeyCredential)).toEqual({
      id: "BQY", rawId: "BQY", type: "public-key", authenticatorAttachment: "platform", clientExtensionResults: {},
      response: { clientDataJSON: "e30", authenticatorData: "AQID", signature: "-_8", userHandle: "Bw" },
    });
    const attestation = { ...assertion, response: { clientDataJSON: buffer([123, 125]), attestationObject: buffer([0xa0]), getTransports: () => ["internal", "hybrid"] } };
    expect(credentialJson(attestation as unknown as PublicKeyCredential).response).toEqual({ clientDataJSON: "e30", attestationObject: "oA", transports: ["internal", "hybrid"] });
    // A browser's own toJSON wins.
    expect(credentialJson({ toJSON: () => ({ own: true }) } as unknown as PublicKeyCredential)).toEqual({ own: true });
  });
});

describe("passkey errors", () => {
  const code = (error: unknown) => (error instanceof AuthFailure ? error.error : error);
  it("names what happened, with a message id of its own", () => {
    expect(code(passkeyFailure(new DOMException("cancelled", "NotAllowedError")))).toEqual({ code: "PasskeyCancelled", messageId: "error.PasskeyCancelled" });
    expect(code(passkeyFailure(new DOMException("bad rp", "SecurityError")))).toMatchObject({ code: "PasskeyWrongOrigin" });
    expect(code(passkeyFailure(new DOMException("excluded", "InvalidStateError")))).toMatchObject({ code: "PasskeyExists" });
    expect(code(passkeyFailure(new DOMException("no", "NotSupportedError")))).toMatchObject({ code: "PasskeyUnsupported" });
    expect(code(passkeyFailure(new CognitoError("WebAuthnNotEnabledException", "")))).toMatchObject({ code: "PasskeysNotEnabled" });
    expect(code(passkeyFailure(new CognitoError("WebAuthnOriginNotAllowedException", "")))).toMatchObject({ code: "PasskeyWrongOrigin" });
    expect(code(passkeyFailure(new CognitoError("WebAuthnChallengeNotFoundException", "")))).toMatchObject({ code: "PasskeyExpired" });
    // NotAuthorized means an unknown passkey only in answer to WEB_AUTHN; elsewhere it stays as it is.
    expect(code(passkeyFailure(new CognitoError("NotAuthorizedException", ""), true))).toMatchObject({ code: "PasskeyNotRecognized" });
    const other = new CognitoError("NotAuthorizedException", "");
    expect(passkeyFailure(other)).toBe(other);
    const network = new TypeError("Failed to fetch");
    expect(passkeyFailure(network)).toBe(network);
  });

  it("knows Node has no passkeys", () => {
    expect(passkeysSupported()).toBe(false);
  });
});
