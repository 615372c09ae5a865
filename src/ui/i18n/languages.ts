/**
 * cognito-react-kit/ui/i18n — the kit's languages on demand: pick the best one for the browser and
 * load only that one.
 */
import type { ScreensDictionary } from "./language-parts.js";

export { isRtl, RTL_LANGUAGES, directionOf } from "./direction.js";
export { loadLanguagePart } from "./language-parts.js";
export type { AccountDictionary, LanguagePart, OAuthDictionary, ScreensDictionary } from "./language-parts.js";

/** BCP 47 tags of the kit's 23 languages. */
export type LanguageTag =
  | "en" | "es" | "fr" | "de" | "it" | "pt-BR" | "nl" | "sv" | "da" | "nb" | "fi" | "pl" | "cs" | "tr"
  | "ru" | "uk" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "ar" | "he" | "hi";

/**
 * One loader per language, each a dynamic `import()` of that language's screens' strings alone:
 * bundlers give every language its own chunk and an app downloads only the one it loads. The
 * account screens' and the hosted-UI buttons' strings of that language are two more small chunks,
 * loaded by those components when they appear (apps without them never load them). A language
 * can also be imported whole, statically, by its subpath, e.g.
 * `import { fr } from "cognito-react-kit/ui/i18n/fr"`.
 */
export const LANGUAGE_LOADERS: Readonly<Record<LanguageTag, () => Promise<ScreensDictionary>>> = {
  en: () => import("./english.js").then((m) => m.english),
es: () => import("./es-screens.js").then((m) => m.esScreens),
fr: () => import("./fr-screens.js").then((m) => m.frScreens),
de: () => import("./de-screens.js").then((m) => m.deScreens),
it: () => import("./it-screens.js").then((m) => m.itScreens),
"pt-BR": () => import("./pt-screens.js").then((m) => m.ptScreens),
nl: () => import("./nl-screens.js").then((m) => m.nlScreens),
sv: () => import("./sv-screens.js").then((m) => m.svScreens),
da: () => import("./da-screens.js").then((m) => m.daScreens),
nb: () => import("./nb-screens.js").then((m) => m.nbScreens),
fi: () => import("./fi-screens.js").then((m) => m.fiScreens),
pl: () => import("./pl-screens.js").then((m) => m.plScreens),
cs: () => import("./cs-screens.js").then((m) => m.csScreens),
tr: () => import("./tr-screens.js").then((m) => m.trScreens),
ru: () => import("./ru-screens.js").then((m) => m.ruScreens),
uk: () => import("./uk-screens.js").then((m) => m.ukScreens),
ja: () => import("./ja-screens.js").then((m) => m.jaScreens),
ko: () => import("./ko-screens.js").then((m) => m.koScreens),
"zh-Hans": () => import("./zh-hans-screens.js").then((m) => m.zhHansScreens),
"zh-Hant": () => import("./zh-hant-screens.js").then((m) => m.zhHantScreens),
ar: () => import("./ar-screens.js").then((m) => m.arScreens),
he: () => import("./he-screens.js").then((m) => m.heScreens),
hi: () => import("./hi-screens.js").then((m) => m.hiScreens),
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
 * Loads one language's strings for the sign-in screens through its dynamic import (its own chunk
 * in the app's bundle); the account screens and hosted-UI buttons load their part of it themselves.
 *
 * @example
 * const language = await loadLanguage("he"); // Hebrew; the screens turn right to left
 */
export function loadLanguage(tag: LanguageTag): Promise<ScreensDictionary> {
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
export function pickLanguage(tags: readonly string[]): Promise<ScreensDictionary> {
  return loadLanguage(matchLanguage(tags));
}
