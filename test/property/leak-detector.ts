/**
 * Finds a secret in captured wire text in any of the encodings a careless client (or a proxy)
 * could put it in: raw, JSON-escaped (with or without \uXXXX for non-ASCII), URL-encoded
 * (encodeURIComponent, form-encoding with +), and base64 / base64url / hex of the secret or of any
 * JSON or URL text holding it — base64 at every byte alignment, so a secret in the middle of an
 * encoded payload is found too. Tokens in the text that decode as base64 or hex are searched
 * again (nested encodings).
 */

/** One way the secret was found: which encoding, and where in the text. */
export interface Leak {
  encoding: string;
  at: number;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const toUrl = (b64: string) => b64.replace(/\+/g, "-").replace(/\//g, "_");

/** JSON string escaping as JSON.stringify does it, then with every non-ASCII unit as \uXXXX (both cases). */
function jsonForms(secret: string): [string, string][] {
  const json = JSON.stringify(secret).slice(1, -1);
  const ascii = json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  // A \u-escaping encoder may also escape "/" and any ASCII; the common ones are covered here.
  const slash = ascii.replace(/\//g, "\\/");
  return [["json", json], ["json-ascii", ascii], ["json-ascii-upper", ascii.replace(/\\u([0-9a-f]{4})/g, (_m, h: string) => `\\u${h.toUpperCase()}`)], ["json-ascii-slash", slash]];
}

/**
 * The textual forms of the secret: what would sit inside a JSON body, a URL or a form — the raw
 * and JSON-escaped texts, each also URL-encoded and form-encoded.
 */
export function textForms(secret: string): [string, string][] {
  // A lone surrogate cannot be URI-encoded (encodeURIComponent throws): those forms are then skipped.
  const uri = (encode: (s: string) => string, s: string) => { try { return encode(s); } catch { return ""; } };
  const out: [string, string][] = [];
  for (const [name, text] of [["raw", secret] as [string, string], ...jsonForms(secret)]) {
    out.push(
      [name, text],
      [`uri-component(${name})`, uri(encodeURIComponent, text)],
      [`uri(${name})`, uri(encodeURI, text)],
      [`form(${name})`, new URLSearchParams({ s: text }).toString().slice(2)],
    );
  }
  return out;
}

/**
 * The base64 characters of `bytes` that do not depend on what surrounds them, when they sit at
 * byte offset `offset` (0–2) of a larger base64 stream.
 */
function base64Core(bytes: Uint8Array, offset: number): string {
  const padded = new Uint8Array(offset + bytes.length);
  padded.set(bytes, offset);
  const encoded = base64(padded).replace(/=+$/, "");
  const start = offset === 0 ? 0 : Math.ceil((offset * 8) / 6);
  const end = Math.floor(((offset + bytes.length) * 8) / 6);
  return encoded.slice(start, end);
}

/** Every needle to look for, named by how it was made. */
export function needles(secret: string): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, text] of textForms(secret)) {
    out.push([name, text]);
    const bytes = utf8(text);
    out.push([`hex(${name})`, hex(bytes)], [`HEX(${name})`, hex(bytes).toUpperCase()]);
    for (let offset = 0; offset < 3; offset++) {
      const core = base64Core(bytes, offset);
      if (core.length < 4) continue;
      out.push([`base64@${offset}(${name})`, core], [`base64url@${offset}(${name})`, toUrl(core)]);
    }
  }
  return out.filter(([, needle]) => needle.length > 0);
}

const BASE64_TOKEN = /[A-Za-z0-9+/_-]{12,}={0,2}/g;
const HEX_TOKEN = /(?:[0-9a-fA-F]{2}){6,}/g;

/** Tokens of `text` that decode (as base64, base64url or hex) to something else worth searching. */
function decodedTokens(text: string): string[] {
  const out: string[] = [];
  for (const token of text.match(BASE64_TOKEN) ?? []) {
    out.push(Buffer.from(token.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8"));
  }
  for (const token of text.match(HEX_TOKEN) ?? []) out.push(Buffer.from(token, "hex").toString("utf8"));
  return out;
}

/**
 * Where `secret` occurs in `text`, in any encoding (searching decoded tokens `depth` levels deep).
 * @example findLeaks(requestBody, password) // [] when the password is nowhere in the body
 */
export function findLeaks(text: string, secret: string, depth = 2): Leak[] {
  const leaks: Leak[] = [];
  for (const [encoding, needle] of needles(secret)) {
    const at = text.indexOf(needle);
    if (at >= 0) leaks.push({ encoding, at });
  }
  if (leaks.length === 0 && depth > 0) {
    for (const decoded of decodedTokens(text)) {
      const nested = findLeaks(decoded, secret, depth - 1);
      if (nested.length > 0) return nested.map((l) => ({ ...l, encoding: `decoded(${l.encoding})` }));
    }
  }
  return leaks;
}
