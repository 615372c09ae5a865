/**
 * The choice-based sign-in screens' strings (src/ui/i18n/<tag>-passwordless.ts): every kit language
 * has them, loaded by its tag through their own dynamic import — exactly the English ids,
 * translated, placeholders kept — and no language's screens' strings (what every app with the
 * language loads) carry any of them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { enPasswordless, type PasswordlessDictionary } from "../src/ui/i18n/en-passwordless.js";
import { LANGUAGE_LOADERS, loadLanguage, type LanguageTag } from "../src/ui/i18n/languages.js";
import { loadPasswordlessStrings } from "../src/ui/passwordless/strings.js";

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const ids = Object.keys(enPasswordless) as (keyof PasswordlessDictionary)[];
const tags = (Object.keys(LANGUAGE_LOADERS) as LanguageTag[]).filter((tag) => tag !== "en");
const parts = Object.fromEntries(await Promise.all(tags.map(async (tag) => [tag, await loadPasswordlessStrings(tag)] as const))) as Record<string, PasswordlessDictionary>;

describe("choice-based sign-in strings", () => {
  it("22 languages beyond English, each loaded by its tag through its own dynamic import", () => {
    expect(tags).toHaveLength(22);
    expect(new Set(Object.values(parts)).size).toBe(22);
    const source = readFileSync(new URL("../src/ui/passwordless/strings.tsx", import.meta.url), "utf8");
    expect(source.match(/=> import\("\.\.\/i18n\/[a-z-]+-passwordless\.js"\)/g)).toHaveLength(22);
  });

  it("English and unknown tags load nothing (English is the screens' own fallback)", async () => {
    expect(await loadPasswordlessStrings("en")).toEqual({});
    expect(await loadPasswordlessStrings("xx")).toEqual({});
  });

  it("a part loads once, however many screens ask", async () => {
    const [a, b] = await Promise.all([loadPasswordlessStrings("uk"), loadPasswordlessStrings("uk")]);
    expect(a).toBe(b);
    expect(a).toBe(parts.uk);
  });

  it("no language's screens' strings carry them (they are not loaded by apps without the add-on)", async () => {
    for (const tag of Object.keys(LANGUAGE_LOADERS) as LanguageTag[]) {
      const screens = await loadLanguage(tag);
      expect(Object.keys(screens).filter((id) => id in enPasswordless), tag).toEqual([]);
    }
  });

  describe.each(tags)("%s", (tag) => {
    const dict = () => parts[tag]!;
    it("has exactly the English ids", () => {
      expect(Object.keys(dict()).sort()).toEqual([...ids].sort());
    });

    it("has no empty strings and keeps every placeholder", () => {
      for (const id of ids) {
        expect(dict()[id].trim(), id).not.toBe("");
        expect(placeholders(dict()[id]), id).toEqual(placeholders(enPasswordless[id]));
      }
    });

    it("is translated (at least 80% of strings differ from English)", () => {
      const same = ids.filter((id) => dict()[id] === enPasswordless[id]);
      expect(1 - same.length / ids.length, `untranslated: ${same.join(", ")}`).toBeGreaterThanOrEqual(0.8);
    });
  });
});
