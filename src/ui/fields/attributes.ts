/**
 * The OIDC standard attributes' controls and checks: loaded on demand (a chunk of its own) by the
 * screens that ask for attributes beyond email and phone, so apps that do not pay nothing.
 */
import type { FieldKind, FieldSpec } from "./field-spec.js";

/**
 * The standard attributes a user may set (updated_at is Cognito's own): kind, and the
 * autocomplete token where it is not the kind's.
 */
const ATTRIBUTES: Readonly<Record<string, [FieldKind, string?]>> = {
  name: ["text", "name"], given_name: ["text", "given-name"], family_name: ["text", "family-name"],
  middle_name: ["text", "additional-name"], nickname: ["text", "nickname"], preferred_username: ["text", "nickname"],
  profile: ["url"], picture: ["url", "photo"], website: ["url"], email: ["email"], gender: ["text", "sex"],
  birthdate: ["date", "bday"], zoneinfo: ["timeZone"], locale: ["locale"], phone_number: ["tel"], address: ["text", "street-address"],
};

/** A time zone Intl knows (IANA names such as Europe/Paris, and UTC). */
function isTimeZone(value: string): boolean {
  try {
    return !!Intl.DateTimeFormat("en", { timeZone: value });
  } catch {
    return false;
  }
}

/** The format checks of the attribute kinds, each with an example of the right format for its message. */
const FORMATS: Partial<Record<FieldKind, NonNullable<FieldSpec["format"]>>> = {
  url: [(v) => /^https?:\/\/[^\s/.]+\.\S+$/i.test(v), "https://example.com"],
  // What Cognito stores: YYYY-MM-DD (the date control's value), or 0000-MM-DD without the year.
  date: [(v) => /^\d{4}-\d\d-\d\d$/.test(v), "1990-12-31"],
  timeZone: [isTimeZone, "Europe/Paris"],
  locale: [(v) => /^[a-z]{2,3}([-_][a-z\d]{2,8})*$/i.test(v), "en-US"],
};

/**
 * The field of a user attribute: a standard one gets its control, autocomplete token and format
 * check; any other (`custom:` ones) is text.
 *
 * @example attributeField("birthdate") // { name: "birthdate", kind: "date", autoComplete: "bday", format: [test, "1990-12-31"] }
 */
export function attributeField(name: string): FieldSpec {
  const [kind, autoComplete] = ATTRIBUTES[name] ?? ["text"];
  const format = FORMATS[kind];
  return { name, kind, ...(autoComplete && { autoComplete }), ...(format && { format }) };
}
