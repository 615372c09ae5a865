import type { Country } from "./countries.js";

/** A phone number as the picker holds it: the chosen country and the number as typed. */
export interface PhoneParts {
  country: Country;
  national: string;
}

/** A number in E.164 (what Cognito stores): "+", then 7 to 15 digits. */
export const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * The country and national part of an international number ("+33 6 12…", "0033 6 12…"): the
 * longest calling code that starts it; among regions sharing it, `preferred` if it is one of
 * them, else the first in the list. Null when no country of the list matches.
 *
 * @example
 * splitPhone("+1 415 555 0101", COUNTRIES, ca); // { country: ca, national: "4155550101" }
 */
export function splitPhone(text: string, countries: readonly Country[], preferred?: Country): PhoneParts | null {
  const digits = text.replace(/^\s*00/, "+").replace(/[^\d+]/g, "");
  if (!digits.startsWith("+")) return null;
  let best: Country | undefined;
  for (const country of countries) {
    if (!digits.startsWith(country.dial, 1)) continue;
    const longer = !best || country.dial.length > best.dial.length;
    if (longer || (country === preferred && country.dial.length === best!.dial.length)) best = country;
  }
  return best ? { country: best, national: digits.slice(best.dial.length + 1) } : null;
}

/**
 * The E.164 number of a country and a national number as typed: spaces, dots, dashes and
 * brackets dropped, and a trunk 0 ("06 12 34 56 78" in France) unless the country keeps it. A
 * number typed with "+" is taken as it is. "" when nothing was typed.
 *
 * @example
 * joinPhone({ country: { code: "FR", dial: "33" }, national: "06 12 34 56 78" }); // "+33612345678"
 */
export function joinPhone({ country, national }: PhoneParts): string {
  const typed = national.replace(/[\s().-]/g, "");
  if (!typed || typed.startsWith("+")) return typed;
  return `+${country.dial}${country.keepZero ? typed : typed.replace(/^0/, "")}`;
}
