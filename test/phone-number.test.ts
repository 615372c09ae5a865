/** The phone picker's arithmetic: what a typed or pasted number becomes (E.164) and which country it picks. */
import { describe, expect, it } from "vitest";
import { COUNTRIES, type Country } from "../src/ui/fields/countries";
import { E164, joinPhone, splitPhone } from "../src/ui/fields/phone-number";

const country = (code: string) => COUNTRIES.find((c) => c.code === code)!;

describe("COUNTRIES", () => {
  it("244 regions, each once, each a calling code of 1 to 6 digits; Italy, the Vatican and Côte d'Ivoire keep their 0", () => {
    expect(COUNTRIES).toHaveLength(244);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(244);
    for (const c of COUNTRIES) expect(`${c.code}${c.dial}`).toMatch(/^[A-Z]{2}[1-9]\d{0,5}$/);
    expect(COUNTRIES.filter((c) => c.keepZero).map((c) => c.code).sort()).toEqual(["CI", "IT", "VA"]);
    expect([country("US").dial, country("FR").dial, country("GB").dial, country("AG").dial, country("GG").dial]).toEqual(["1", "33", "44", "1268", "441481"]);
  });

  it("every code is a region the browser can name", () => {
    const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    expect(COUNTRIES.filter((c) => !names.of(c.code))).toEqual([]);
  });
});

describe("joinPhone", () => {
  it.each([
    ["FR", "06 12 34 56 78", "+33612345678"],
    ["FR", "6.12.34.56.78", "+33612345678"],
    ["US", "(415) 555-0101", "+14155550101"],
    ["IT", "06 6982 1234", "+390669821234"], // Italy keeps the 0
    ["GB", "020 7946 0018", "+442079460018"],
    ["FR", "", ""],
    ["FR", "  ", ""],
    ["FR", "+14155550101", "+14155550101"], // a whole number is taken as typed
  ])("%s %j → %j", (code, national, e164) => {
    expect(joinPhone({ country: country(code), national })).toBe(e164);
  });

  it("keeps what is not a number, so the form can refuse it", () => {
    const value = joinPhone({ country: country("FR"), national: "06 12 ab" });
    expect(value).toBe("+33612ab");
    expect(E164.test(value)).toBe(false);
  });
});

describe("splitPhone", () => {
  it.each([
    ["+33 6 12 34 56 78", "FR", "612345678"],
    ["0033612345678", "FR", "612345678"],
    ["+44 20 7946 0018", "GB", "2079460018"],
    ["+44 1481 123456", "GG", "123456"], // the longest calling code wins
    ["+1 268 555 0101", "AG", "5550101"],
    ["+1 415 555 0101", "US", "4155550101"], // +1 goes to the first region of the list that has it
    ["+7 912 345 67 89", "RU", "9123456789"],
  ])("%j → %s %s", (text, code, national) => {
    expect(splitPhone(text, COUNTRIES)).toEqual({ country: country(code), national });
  });

  it("of the regions sharing a calling code, the chosen one stays", () => {
    expect(splitPhone("+1 604 555 0199", COUNTRIES, country("CA"))?.country.code).toBe("CA");
    expect(splitPhone("+1 604 555 0199", COUNTRIES, country("FR"))?.country.code).toBe("US");
    expect(splitPhone("+7 701 234 5678", COUNTRIES, country("KZ"))?.country.code).toBe("KZ");
  });

  it("null for a national number, or one of no country in the list", () => {
    expect(splitPhone("06 12 34 56 78", COUNTRIES)).toBeNull();
    const own: Country[] = [{ code: "FR", dial: "33" }, { code: "BE", dial: "32" }];
    expect(splitPhone("+1 415 555 0101", own)).toBeNull();
    expect(splitPhone("+32 470 12 34 56", own)).toEqual({ country: own[1], national: "470123456" });
  });

  it("split then joined again gives the same E.164", () => {
    for (const e164 of ["+33612345678", "+442079460018", "+14155550101", "+390669821234", "+2250712345678"]) {
      expect(joinPhone(splitPhone(e164, COUNTRIES)!)).toBe(e164);
    }
  });
});
