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
import { LANGUAGE_LOADERS, loadLanguage, loadLanguagePart, matchLanguage, pickLanguage, type LanguageTag } from "../src/ui/i18n/languages.js";
import { enAccount } from "../src/ui/i18n/en-account.js";
import { enOAuth } from "../src/ui/i18n/en-oauth.js";
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
/** What loadLanguage gives (the screens' strings), and each language whole: with its account and hosted-UI parts loaded. */
const screensOf = Object.fromEntries(await Promise.all(tags.map(async (tag) => [tag, await loadLanguage(tag)] as const))) as Record<LanguageTag, Partial<Dictionary>>;
const whole = async (tag: LanguageTag) => {
  const screens = screensOf[tag];
  return { ...screens, ...(await loadLanguagePart(screens, "account")), ...(await loadLanguagePart(screens, "oauth")) } as Dictionary;
};
const loaded = Object.fromEntries(await Promise.all(tags.map(async (tag) => [tag, await whole(tag)] as const))) as Record<LanguageTag, Dictionary>;
const others = tags.filter((tag) => tag !== "en").map((tag) => [tag, loaded[tag]] as const);
const partIds = [...Object.keys(enAccount), ...Object.keys(enOAuth)];

describe("ui i18n dictionaries", () => {
  it("23 languages, each a distinct dictionary from its own module", () => {
    expect(tags).toHaveLength(23);
    expect(new Set(Object.values(screensOf)).size).toBe(23);
    // The loader table is the only way in: a dynamic import() per language (its screens' strings,
    // which load their account and hosted-UI parts on demand; English whole), none statically.
    const source = readFileSync(new URL("../src/ui/i18n/languages.ts", import.meta.url), "utf8");
    expect(source.match(/=> import\("\.\/[a-z-]+-screens\.js"\)/g)).toHaveLength(22);
    expect(source.match(/=> import\("\.\/english\.js"\)/g)).toHaveLength(1);
    expect(source.match(/^(import|export) .* from /gm)).toEqual([
      'import type { ScreensDictionary } from ', 'export { isRtl, RTL_LANGUAGES, directionOf } from ',
      'export { loadLanguagePart } from ', 'export type { AccountDictionary, LanguagePart, OAuthDictionary, ScreensDictionary } from ',
    ]);
  });

  it("loadLanguage gives a language's screens' strings (no account or hosted-UI ids); with its parts, the language's own module", async () => {
    for (const tag of tags.filter((t) => t !== "en")) {
      expect(Object.keys(screensOf[tag]).filter((id) => partIds.includes(id)), tag).toEqual([]);
      expect(Object.keys(screensOf[tag]).length, tag).toBe(Object.keys(english).length - partIds.length);
    }
    expect(loaded.fr).toEqual(fr);
    expect(loaded.de).toEqual(de);
    expect(loaded["pt-BR"]).toEqual(pt);
    expect(loaded["zh-Hans"]).toEqual(zhHans);
    expect(loaded["zh-Hant"]).toEqual(zhHant);
    expect(loaded.ar).toEqual(ar);
    expect(loaded.he).toEqual(he);
    // English is whole from the start: its parts are the components' own fallbacks.
    expect(screensOf.en).toBe(english);
    expect(await loadLanguagePart(english, "account")).toEqual({});
    expect(await loadLanguagePart(fr, "account")).toEqual({});
  });

  it("a part is loaded once, however many components ask", async () => {
    const [a, b] = await Promise.all([loadLanguagePart(screensOf.uk, "account"), loadLanguagePart(screensOf.uk, "account")]);
    expect(a).toBe(b);
    expect(await loadLanguagePart(screensOf.uk, "account")).toBe(a);
    expect(Object.keys(a).sort()).toEqual(Object.keys(enAccount).sort());
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
    expect(await pickLanguage(list)).toBe(screensOf[expected]);
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

describe("passkey strings (their own part, loaded by the passkey screens only)", async () => {
  const { enPasskeys } = await import("../src/ui/i18n/en-passkeys.js");
  const { loadPasskeyStrings, PASSKEY_STRINGS } = await import("../src/ui/passkeys/passkey-strings.js");
  const ids = Object.keys(enPasskeys) as (keyof typeof enPasskeys)[];
  const parts = Object.fromEntries(await Promise.all(tags.filter((t) => t !== "en").map(async (tag) => [tag, await loadPasskeyStrings(tag)] as const)));

  it("one loader per language beyond English, each a dynamic import of its own <tag>-passkeys module; none in the screens' chunks", () => {
    expect(Object.keys(PASSKEY_STRINGS).sort()).toEqual(tags.filter((t) => t !== "en").sort());
    const source = readFileSync(new URL("../src/ui/passkeys/passkey-strings.ts", import.meta.url), "utf8");
    expect(source.match(/=> import\("\.\.\/i18n\/[a-z-]+-passkeys\.js"\)/g)).toHaveLength(22);
    for (const tag of tags) expect(Object.keys(loaded[tag]).filter((id) => id in enPasskeys), tag).toEqual([]);
  });

  it.each(tags.filter((t) => t !== "en"))("%s: exactly the English ids, translated, placeholders kept", (tag) => {
    const part = parts[tag] as Record<string, string>;
    expect(Object.keys(part).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(part[id]!.trim(), id).not.toBe("");
      expect(placeholders(part[id]!), id).toEqual(placeholders(enPasskeys[id]));
    }
    const same = ids.filter((id) => part[id] === enPasskeys[id]);
    expect(1 - same.length / ids.length, `untranslated: ${same.join(", ")}`).toBeGreaterThanOrEqual(0.9);
  });

  it("English and unknown tags load nothing (the built-in English stands)", async () => {
    expect(await loadPasskeyStrings("en")).toEqual({});
    expect(await loadPasskeyStrings(undefined)).toEqual({});
  });
});
