/**
 * The remembered-devices UI's strings (src/ui/i18n/<tag>-devices.ts), checked as the languages'
 * other parts are in ui-i18n.test.ts: one loader per language beyond English (its own dynamic
 * import, by the language's tag), exactly the English keys, translated, placeholders kept; and none
 * of them in a language's screens part (their chunk budget is full).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGUAGE_LOADERS, loadLanguage, type LanguageTag } from "../src/ui/i18n/languages.js";
import { enDevices } from "../src/ui/i18n/en-devices.js";
import { DEVICES_LOADERS, loadDevicesStrings } from "../src/ui/i18n/devices-language.js";

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const enKeys = Object.keys(enDevices) as (keyof typeof enDevices)[];
const tags = (Object.keys(LANGUAGE_LOADERS) as LanguageTag[]).filter((tag) => tag !== "en");

describe("remembered-devices strings", () => {
  it("a loader for each of the 22 languages beyond English, by its tag, each its own dynamic import", () => {
    expect(Object.keys(DEVICES_LOADERS).sort()).toEqual([...tags].sort());
    const source = readFileSync(new URL("../src/ui/i18n/devices-language.ts", import.meta.url), "utf8");
    expect(source.match(/=> import\("\.\/[a-z-]+-devices\.js"\)/g)).toHaveLength(22);
  });

  for (const tag of tags) {
    it(`${tag}: exactly the English keys, none empty, translated, placeholders kept`, async () => {
      const dict = (await loadDevicesStrings(tag)) as Record<string, string>;
      expect(Object.keys(dict).sort()).toEqual([...enKeys].sort());
      for (const key of enKeys) {
        expect(dict[key]!.trim(), key).not.toBe("");
        expect(placeholders(dict[key]!), key).toEqual(placeholders(enDevices[key]));
      }
      const same = enKeys.filter((key) => dict[key] === enDevices[key]);
      expect(same, `untranslated in ${tag}`).toEqual([]);
    });
  }

  it("the devices loader of a language is the one its screens' strings name (meta.lang)", async () => {
    for (const tag of tags) expect((await loadLanguage(tag))["meta.lang"], tag).toBe(tag);
  });

  it("no devices string is in a language's screens part or English's main dictionary", async () => {
    for (const tag of [...tags, "en" as LanguageTag]) {
      const screens = await loadLanguage(tag);
      expect(Object.keys(screens).filter((id) => id.startsWith("devices.")), tag).toEqual([]);
    }
  });
});
