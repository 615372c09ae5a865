/**
 * The wire test's detector must itself be right: for random passwords (any Unicode, quotes,
 * backslashes, spaces, emoji) hidden in random payloads and encoded every way a client could
 * encode them, it finds the password; for a payload without it, it finds nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findLeaks } from "./leak-detector";

const RUNS = { numRuns: 200 };

/** Passwords that make encodings differ: printable, with the awkward characters mixed in. */
const password = fc
  .tuple(
    fc.string({ unit: "grapheme", minLength: 6, maxLength: 40 }),
    fc.array(fc.constantFrom('"', "\\", " ", "é", "😀", "/", "+", "&", "=", "%", "\u2028", "\n"), { maxLength: 6 }),
  )
  .map(([base, extras]) => {
    const chars = [...base];
    extras.forEach((c, i) => chars.splice((i * 7) % (chars.length + 1), 0, c));
    return chars.join("");
  })
  .filter((p) => p.trim().length >= 6);

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const b64url = (text: string) => b64(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** Ways a request could carry a JSON payload (or the bare password). */
const ENCODERS: Record<string, (payload: Record<string, unknown>, secret: string) => string> = {
  json: (p) => JSON.stringify(p),
  asciiJson: (p) => asciiJson(p),
  urlQuery: (_p, s) => `https://cognito.example/?u=ana&password=${encodeURIComponent(s)}&x=1`,
  formBody: (p) => new URLSearchParams(Object.entries(p).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)])).toString(),
  base64Json: (p) => `{"Token":"${b64(JSON.stringify(p))}"}`,
  base64UrlJson: (p) => `{"Token":"${b64url(JSON.stringify(p))}"}`,
  hexJson: (p) => `{"Blob":"${Buffer.from(JSON.stringify(p)).toString("hex")}"}`,
  base64Bare: (_p, s) => `{"B":"${b64(s)}"}`,
  base64UrlBare: (_p, s) => `{"B":"${b64url(s)}"}`,
  hexBare: (_p, s) => `{"H":"${Buffer.from(s).toString("hex").toUpperCase()}"}`,
  uriOfJson: (p) => `/?state=${encodeURIComponent(JSON.stringify(p))}`,
  base64OfUriJson: (p) => b64(encodeURIComponent(JSON.stringify(p))),
};

/** A payload holding the secret at a random place among random fields. */
const payload = (secret: string) =>
  fc.tuple(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 30 }), { maxKeys: 5 }), fc.string({ minLength: 1, maxLength: 12 }), fc.boolean())
    .map(([fields, key, nested]) => ({ ...fields, ...(nested ? { AuthParameters: { [key]: secret } } : { [key]: secret }) }));

describe("findLeaks", () => {
  it("finds a random password in every encoding of a random payload", () => {
    fc.assert(
      fc.property(password.chain((s) => fc.tuple(fc.constant(s), payload(s), fc.constantFrom(...Object.keys(ENCODERS)))), ([secret, body, encoder]) => {
        const wire = ENCODERS[encoder]!(body, secret);
        expect(findLeaks(wire, secret), `${encoder}: ${wire}`).not.toEqual([]);
      }),
      RUNS,
    );
  });

  it("finds nothing in a payload of other random strings", () => {
    fc.assert(
      fc.property(password, fc.array(fc.string({ maxLength: 40 }), { maxLength: 6 }), fc.constantFrom(...Object.keys(ENCODERS)), (secret, others, encoder) => {
        // Unrelated values that do not contain the secret in any text form.
        fc.pre(others.every((o) => !o.includes(secret)));
        const body = Object.fromEntries(others.map((o, i) => [`f${i}`, o]));
        const wire = ENCODERS[encoder]!(body, "");
        expect(findLeaks(wire, secret)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("names what it found", () => {
    const secret = 'Ab1 "q\\ü😀';
    expect(findLeaks(JSON.stringify({ PASSWORD: secret }), secret).map((l) => l.encoding)).toContain("json");
    expect(findLeaks(`p=${encodeURIComponent(secret)}`, secret).map((l) => l.encoding)).toContain("uri-component(raw)");
    expect(findLeaks(new URLSearchParams({ p: secret }).toString(), secret).map((l) => l.encoding)).toContain("form(raw)");
    expect(findLeaks("nothing here", secret)).toEqual([]);
  });
});
