/**
 * The 23 languages: each loads through the loader table (its own dynamic import) with exactly the
 * English keys, translated, placeholders kept and its own tag; the picker chooses the right one
 * from navigator.languages-like lists; the screens' direction follows the language.
 */
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuthUIProvider, useUI, type AuthUIOptions } from "../src/ui/context.js";
import { directionOf, isRtl, RTL_LANGUAGES } from "../src/ui/i18n/direction.js";
import type { Dictionary } from "../src/ui/i18n/en.js";
import { english } from "../src/ui/i18n/english.js";
import { LANGUAGE_LOADERS, loadLanguage, matchLanguage, pickLanguage, type LanguageTag } from "../src/ui/i18n/languages.js";
import { ar } from "../src/ui/i18n/ar.js";
import { de } from "../src/ui/i18n/de.js";
import { fr } from "../src/ui/i18n/fr.js";
import { he } from "../src/ui/i18n/he.js";
import { pt } from "../src/ui/i18n/pt.js";
import { zhHans } from "../src/ui/i18n/zh-hans.js";
import { zhHant } from "../src/ui/i18n/zh-hant.js";

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const enKeys = Object.keys(english) as (keyof Dictionary)[];
const tags = Object.keys(LANGUAGE_LOADERS) as LanguageTag[];
const loaded = Object.fromEntries(await Promise.all(tags.map(async (tag) => [tag, await loadLanguage(tag)] as const))) as Record<LanguageTag, Dictionary>;
const others = tags.filter((tag) => tag !== "en").map((tag) => [tag, loaded[tag]] as const);

describe("ui i18n dictionaries", () => {
  it("23 languages, each a distinct dictionary from its own module", () => {
    expect(tags).toHaveLength(23);
    expect(new Set(Object.values(loaded)).size).toBe(23);
    // The loader table is the only way in: a dynamic import() per language, no dictionary imported statically.
    const source = readFileSync(new URL("../src/ui/i18n/languages.ts", import.meta.url), "utf8");
    expect(source.match(/=> import\("\.\/[a-z-]+\.js"\)/g)).toHaveLength(23);
    expect(source.match(/^(import|export) .* from /gm)).toEqual(['import type { Dictionary } from ', 'export { isRtl, RTL_LANGUAGES, directionOf } from ']);
  });

  it("the loaders give the same objects as the languages' own modules", () => {
    expect(loaded.fr).toBe(fr);
    expect(loaded.de).toBe(de);
    expect(loaded["pt-BR"]).toBe(pt);
    expect(loaded["zh-Hans"]).toBe(zhHans);
    expect(loaded["zh-Hant"]).toBe(zhHant);
    expect(loaded.ar).toBe(ar);
    expect(loaded.he).toBe(he);
    expect(loaded.en).toBe(english);
  });

  it("each names its own tag (meta.lang), which gives its direction", () => {
    for (const tag of tags) expect(loaded[tag]["meta.lang"], tag).toBe(tag);
    expect(tags.filter((tag) => directionOf(loaded[tag]) === "rtl").sort()).toEqual(["ar", "he"]);
  });

  describe.each(others)("%s", (_tag, dict: Dictionary) => {
    it("has exactly the English keys", () => {
      expect(Object.keys(dict).sort()).toEqual([...enKeys].sort());
    });

    it("has no empty strings", () => {
      for (const key of enKeys) {
        expect(typeof dict[key], key).toBe("string");
        expect(dict[key].trim(), key).not.toBe("");
      }
    });

    it("is translated (at least 80% of strings differ from English)", () => {
      const same = enKeys.filter((key) => dict[key] === english[key]);
      expect(1 - same.length / enKeys.length, `untranslated: ${same.join(", ")}`).toBeGreaterThanOrEqual(0.8);
    });

    it("keeps every placeholder of English", () => {
      for (const key of enKeys) expect(placeholders(dict[key]), key).toEqual(placeholders(english[key]));
    });
  });
});

describe("matchLanguage / pickLanguage", () => {
  it.each([
    [["fr"], "fr"],
    [["FR"], "fr"],
    [["fr-CA", "en"], "fr"],
    [["de-AT", "fr"], "de"],
    [["zh-TW"], "zh-Hant"],
    [["zh-HK"], "zh-Hant"],
    [["zh-Hant"], "zh-Hant"],
    [["zh-hant-TW"], "zh-Hant"],
    [["zh-CN"], "zh-Hans"],
    [["zh-SG"], "zh-Hans"],
    [["zh"], "zh-Hans"],
    [["zh-Hans"], "zh-Hans"],
    [["pt-BR"], "pt-BR"],
    [["pt-PT"], "pt-BR"],
    [["pt"], "pt-BR"],
    [["no"], "nb"],
    [["nn-NO"], "nb"],
    [["iw"], "he"],
    [["ar-EG"], "ar"],
    [["he"], "he"],
    [["xx", "fr-FR"], "fr"],
    [["de_CH"], "de"],
    [["  "], "en"],
    [["en-GB", "fr"], "en"],
    [["xx-YY"], "en"],
    [[], "en"],
  ] as const)("%j → %s", async (list, expected) => {
    expect(matchLanguage(list)).toBe(expected);
    expect(await pickLanguage(list)).toBe(loaded[expected]);
  });
});

describe("direction", () => {
  it("isRtl follows the primary subtag", () => {
    expect([...RTL_LANGUAGES].sort()).toEqual(["ar", "he"]);
    for (const tag of ["ar", "ar-SA", "he-IL", "HE", "iw"]) expect(isRtl(tag), tag).toBe(true);
    for (const tag of ["en", "fr-CA", "hi", "zh-Hant"]) expect(isRtl(tag), tag).toBe(false);
  });

  /** The `dir` the screens put on their root, as useUI() gives it under these options. */
  function dirUnder(options: AuthUIOptions): string {
    const Probe = () => createElement("i", null, useUI().dir ?? "inherit");
    return renderToString(createElement(AuthUIProvider, options, createElement(Probe))).replace(/<\/?i>/g, "");
  }

  it("the screens follow the language unless the app says otherwise", () => {
    expect(dirUnder({ language: ar })).toBe("rtl");
    expect(dirUnder({ language: he })).toBe("rtl");
    expect(dirUnder({ language: fr })).toBe("ltr");
    expect(dirUnder({ language: he, dir: "ltr" })).toBe("ltr");
    expect(dirUnder({ language: { ...he, "signIn.title": "כניסה" } })).toBe("rtl");
    expect(dirUnder({})).toBe("inherit");
    expect(dirUnder({ messages: { "signIn.title": "Hi" } })).toBe("inherit");
  });
});
