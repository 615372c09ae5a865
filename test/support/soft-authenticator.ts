/**
 * A software passkey authenticator for node tests: ES256 keys from node:crypto, "none"
 * attestation, a signature counter, and the WebAuthn JSON forms a browser's `toJSON()` gives.
 * It follows the request it is handed (challenge, rpId) and signs whatever origin it is told to,
 * so tests can also play a phishing page or replay an old assertion.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | { [key: string]: Cbor };

/** The few CBOR major types a "none" attestation object and a COSE key need. */
function cbor(value: Cbor): Buffer {
  const head = (major: number, length: number) => {
    if (length < 24) return Buffer.from([(major << 5) | length]);
    if (length < 256) return Buffer.from([(major << 5) | 24, length]);
    const b = Buffer.alloc(3);
    b[0] = (major << 5) | 25;
    b.writeUInt16BE(length, 1);
    return b;
  };
  if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === "string") return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), Buffer.from(value)]);
  if (Array.isArray(value)) return Buffer.concat([head(4, value.length), ...value.map(cbor)]);
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([k, v]) => [cbor(k), cbor(v)])]);
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const b64u = (data: Buffer | Uint8Array) => Buffer.from(data).toString("base64url");

export interface SoftPasskey {
  id: string;
  rpId: string;
  userHandle: string;
  privateKey: KeyObject;
  counter: number;
}

interface CreationOptions {
  challenge: string;
  rp: { id?: string; name: string };
  user: { id: string; name: string };
  excludeCredentials?: { id: string }[];
}

interface RequestOptions {
  challenge: string;
  rpId?: string;
  allowCredentials?: { id: string }[];
}

export function softAuthenticator() {
  const passkeys: SoftPasskey[] = [];
  const FLAGS_UP_UV = 0x01 | 0x04;
  const authData = (rpId: string, flags: number, counter: number, attested?: Buffer) => {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([sha256(rpId), Buffer.from([flags]), count, ...(attested ? [attested] : [])]);
  };

  return {
    passkeys,
    /** navigator.credentials.create() + toJSON(): a RegistrationResponseJSON. */
    create(options: CreationOptions, origin: string) {
      const rpId = options.rp.id ?? new URL(origin).hostname;
      if (options.excludeCredentials?.some((c) => passkeys.some((p) => p.id === c.id))) throw new Error("InvalidStateError: already registered");
      const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
      const jwk = publicKey.export({ format: "jwk" });
      const cose = cbor(new Map<Cbor, Cbor>([[1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x!, "base64url")], [-3, Buffer.from(jwk.y!, "base64url")]]));
      const rawId = randomBytes(16);
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(rawId.length);
      const attested = Buffer.concat([Buffer.alloc(16), idLength, rawId, cose]);
      const data = authData(rpId, FLAGS_UP_UV | 0x40, 0, attested);
      const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.create", challenge: options.challenge, origin, crossOrigin: false }));
      const passkey = { id: b64u(rawId), rpId, userHandle: options.user.id, privateKey, counter: 0 };
      passkeys.push(passkey);
      return {
        id: passkey.id, rawId: passkey.id, type: "public-key", authenticatorAttachment: "platform", clientExtensionResults: {},
        response: {
          clientDataJSON: b64u(clientDataJSON), attestationObject: b64u(cbor({ fmt: "none", attStmt: {}, authData: data })),
          transports: ["internal"], publicKeyAlgorithm: -7, authenticatorData: b64u(data),
        },
      };
    },
    /** navigator.credentials.get() + toJSON(): an AuthenticationResponseJSON signed over authData ‖ SHA-256(clientDataJSON). */
    get(options: RequestOptions, origin: string, pick?: SoftPasskey) {
      const rpId = options.rpId ?? new URL(origin).hostname;
      const allowed = options.allowCredentials?.map((c) => c.id);
      const passkey = pick ?? passkeys.find((p) => p.rpId === rpId && (!allowed?.length || allowed.includes(p.id)));
      if (!passkey) throw new Error("NotAllowedError: no passkey for this request");
      passkey.counter += 1;
      const data = authData(passkey.rpId, FLAGS_UP_UV, passkey.counter);
      const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge: options.challenge, origin, crossOrigin: false }));
      const signature = sign("sha256", Buffer.concat([data, sha256(clientDataJSON)]), passkey.privateKey);
      return {
        id: passkey.id, rawId: passkey.id, type: "public-key", authenticatorAttachment: "platform", clientExtensionResults: {},
        response: { clientDataJSON: b64u(clientDataJSON), authenticatorData: b64u(data), signature: b64u(signature), userHandle: passkey.userHandle },
      };
    },
  };
}
