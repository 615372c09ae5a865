import { describe, it, expect } from "vitest";
import { en as enScreens, type Dictionary } from "../src/ui/i18n/en.js";
import { enAccount } from "../src/ui/i18n/en-account.js";
import { enOAuth } from "../src/ui/i18n/en-oauth.js";

const en = { ...enScreens, ...enAccount, ...enOAuth };
import {
  languages,
  pickLanguage,
  isRtl,
  RTL_LANGUAGES,
  fr,
  de,
  pt,
  zhHans,
  zhHant,
  ar,
  he,
} from "../src/ui/i18n/languages.js";

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

const enKeys = Object.keys(en);
const others = Object.entries(languages).filter(([tag]) => tag !== "en");

describe("ui i18n dictionaries", () => {
  it("ships at least 20 languages besides English", () => {
    const distinct = new Set(others.map(([, d]) => d));
    expect(distinct.size).toBeGreaterThanOrEqual(20);
  });

  describe.each(others)("%s", (_tag, dict: Dictionary) => {
    it("has exactly the English keys", () => {
      expect(Object.keys(dict).sort()).toEqual([...enKeys].sort());
    });

    it("has no empty strings", () => {
      for (const key of enKeys) {
        const text = dict[key as keyof Dictionary];
        expect(typeof text, key).toBe("string");
        expect(text.trim(), key).not.toBe("");
      }
    });

    it("is translated (at least 80% of strings differ from English)", () => {
      const same = enKeys.filter((key) => dict[key as keyof Dictionary] === en[key as keyof typeof en]);
      expect(1 - same.length / enKeys.length, `untranslated: ${same.join(", ")}`).toBeGreaterThanOrEqual(0.8);
    });

    it("keeps every placeholder of English", () => {
      for (const key of enKeys) {
        expect(placeholders(dict[key as keyof Dictionary]), key).toEqual(placeholders(en[key as keyof typeof en]));
      }
    });
  });
});

describe("pickLanguage", () => {
  it.each([
    [["fr"], fr],
    [["FR"], fr],
    [["fr-CA"], fr],
    [["de-AT", "fr"], de],
    [["zh-TW"], zhHant],
    [["zh-HK"], zhHant],
    [["zh-Hant"], zhHant],
    [["zh-hant-TW"], zhHant],
    [["zh-CN"], zhHans],
    [["zh-SG"], zhHans],
    [["zh"], zhHans],
    [["zh-Hans"], zhHans],
    [["pt-BR"], pt],
    [["pt-PT"], pt],
    [["ar-EG"], ar],
    [["he"], he],
    [["xx", "fr-FR"], fr],
    [["en-GB"], en],
    [["xx-YY"], en],
    [[], en],
  ] as const)("%j", (tags, expected) => {
    expect(pickLanguage(tags)).toEqual(expected);
  });
});

describe("isRtl", () => {
  it("follows the primary subtag", () => {
    expect([...RTL_LANGUAGES].sort()).toEqual(["ar", "he"]);
    expect(isRtl("ar")).toBe(true);
    expect(isRtl("ar-SA")).toBe(true);
    expect(isRtl("he-IL")).toBe(true);
    expect(isRtl("HE")).toBe(true);
    expect(isRtl("en")).toBe(false);
    expect(isRtl("fr-CA")).toBe(false);
    expect(isRtl("hi")).toBe(false);
  });
});
