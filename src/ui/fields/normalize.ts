import type { FieldSpec } from "./field-spec.js";

/**
 * Sign-in identifiers as Cognito should get them (the `normalizeUsername` option, on by default):
 * an email — an email field, or a username field holding an "@" — trimmed and lowercased; a phone
 * number without spaces, dashes, dots or parentheses (its leading + kept), i.e. E.164 as typed
 * with the country code. Everything else, passwords above all, is left as it is.
 *
 * @example normalizeIdentifiers({ username: "Ana@Example.com" }, [{ name: "username", kind: "username" }]) // { username: "ana@example.com" }
 */
export function normalizeIdentifiers(values: Record<string, string>, fields: readonly FieldSpec[]): Record<string, string> {
  const out = { ...values };
  for (const { name, kind } of fields) {
    const value = out[name] ?? "";
    if (kind === "tel") out[name] = value.replace(/[\s().-]/g, "");
    if (kind === "email" || (kind === "username" && value.includes("@"))) out[name] = value.trim().toLowerCase();
  }
  return out;
}
