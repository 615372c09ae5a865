/**
 * cognito-react-kit/ui/i18n — the kit's languages on demand: pick the best one for the browser and
 * load only that one.
 */
import type { Dictionary } from "./en.js";

export { isRtl, RTL_LANGUAGES, directionOf } from "./direction.js";

/** BCP 47 tags of the kit's 23 languages. */
export type LanguageTag =
  | "en" | "es" | "fr" | "de" | "it" | "pt-BR" | "nl" | "sv" | "da" | "nb" | "fi" | "pl" | "cs" | "tr"
  | "ru" | "uk" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "ar" | "he" | "hi";

/**
 * One loader per language, each a dynamic `import()` of that language's module alone: bundlers
 * give every language its own chunk and an app downloads only the one it loads. A language can
 * also be imported statically by its subpath, e.g. `import { fr } from "cognito-react-kit/ui/i18n/fr"`.
 */
export const LANGUAGE_LOADERS: Readonly<Record<LanguageTag, () => Promise<Dictionary>>> = {
  en: () => import("./english.js").then((m) => m.english),
  es: () => import("./es.js").then((m) => m.es),
  fr: () => import("./fr.js").then((m) => m.fr),
  de: () => import("./de.js").then((m) => m.de),
  it: () => import("./it.js").then((m) => m.it),
  "pt-BR": () => import("./pt.js").then((m) => m.pt),
  nl: () => import("./nl.js").then((m) => m.nl),
  sv: () => import("./sv.js").then((m) => m.sv),
  da: () => import("./da.js").then((m) => m.da),
  nb: () => import("./nb.js").then((m) => m.nb),
  fi: () => import("./fi.js").then((m) => m.fi),
  pl: () => import("./pl.js").then((m) => m.pl),
  cs: () => import("./cs.js").then((m) => m.cs),
  tr: () => import("./tr.js").then((m) => m.tr),
  ru: () => import("./ru.js").then((m) => m.ru),
  uk: () => import("./uk.js").then((m) => m.uk),
  ja: () => import("./ja.js").then((m) => m.ja),
  ko: () => import("./ko.js").then((m) => m.ko),
  "zh-Hans": () => import("./zh-hans.js").then((m) => m.zhHans),
  "zh-Hant": () => import("./zh-hant.js").then((m) => m.zhHant),
  ar: () => import("./ar.js").then((m) => m.ar),
  he: () => import("./he.js").then((m) => m.he),
  hi: () => import("./hi.js").then((m) => m.hi),
};

/** Chinese regions conventionally written in Traditional characters. */
const TRADITIONAL_REGIONS = ["tw", "hk", "mo"];

/** Older, macro or bare tags that name a kit language under another tag. */
const ALIASES: Readonly<Record<string, LanguageTag>> = { no: "nb", nn: "nb", iw: "he", pt: "pt-BR" };

let byLowerTag: Map<string, LanguageTag> | undefined;

function match(tag: string): LanguageTag | undefined {
  const lower = tag.trim().toLowerCase().replace(/_/g, "-");
  if (!lower) return undefined;
  // Built on first use: nothing runs when the module is imported.
  byLowerTag ??= new Map(Object.keys(LANGUAGE_LOADERS).map((t) => [t.toLowerCase(), t as LanguageTag]));
  const exact = byLowerTag.get(lower);
  if (exact) return exact;
  const [primary = "", ...rest] = lower.split("-");
  if (primary === "zh") {
    // zh-Hant-*, zh-TW, zh-HK, zh-MO → Traditional; everything else (zh, zh-CN, zh-SG, zh-Hans-*) → Simplified.
    const traditional = rest.some((s) => s === "hant" || TRADITIONAL_REGIONS.includes(s));
    return traditional && !rest.includes("hans") ? "zh-Hant" : "zh-Hans";
  }
  return byLowerTag.get(primary) ?? ALIASES[primary];
}

/**
 * The tag of the kit language that best matches the first tag it can, exactly (case-insensitive)
 * or by primary subtag: "fr-CA" → "fr", "zh-TW" → "zh-Hant", "pt-PT" → "pt-BR", "no" → "nb".
 * "en" when none match. Loads nothing.
 *
 * @example
 * matchLanguage(["de-AT", "en"]); // "de"
 */
export function matchLanguage(tags: readonly string[]): LanguageTag {
  for (const tag of tags) {
    const found = match(tag);
    if (found) return found;
  }
  return "en";
}

/**
 * Loads one language's dictionary through its dynamic import (its own chunk in the app's bundle).
 *
 * @example
 * const language = await loadLanguage("he"); // Hebrew; the screens turn right to left
 */
export function loadLanguage(tag: LanguageTag): Promise<Dictionary> {
  return LANGUAGE_LOADERS[tag]();
}

/**
 * The best of the kit's 23 languages for the browser's preferences, loaded on its own:
 * `matchLanguage` then `loadLanguage`. English when none match.
 *
 * @example
 * const language = await pickLanguage(navigator.languages); // fr-CA → French
 * root.render(<Authenticator auth={auth} language={language} />);
 */
export function pickLanguage(tags: readonly string[]): Promise<Dictionary> {
  return loadLanguage(matchLanguage(tags));
}
