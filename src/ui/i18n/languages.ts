import type { Dictionary } from "./en.js";
import { en as enScreens } from "./en.js";
import { enAccount } from "./en-account.js";
import { enOAuth } from "./en-oauth.js";

/** English, every string (the sign-in screens', the account screens' and the hosted-UI buttons'). */
const en: Dictionary = { ...enScreens, ...enAccount, ...enOAuth };
import { es } from "./es.js";
import { fr } from "./fr.js";
import { de } from "./de.js";
import { it } from "./it.js";
import { pt } from "./pt.js";
import { nl } from "./nl.js";
import { sv } from "./sv.js";
import { da } from "./da.js";
import { nb } from "./nb.js";
import { fi } from "./fi.js";
import { pl } from "./pl.js";
import { cs } from "./cs.js";
import { tr } from "./tr.js";
import { ru } from "./ru.js";
import { uk } from "./uk.js";
import { ja } from "./ja.js";
import { ko } from "./ko.js";
import { zhHans } from "./zh-hans.js";
import { zhHant } from "./zh-hant.js";
import { ar } from "./ar.js";
import { he } from "./he.js";
import { hi } from "./hi.js";

export { en } from "./en.js";
export { es } from "./es.js";
export { fr } from "./fr.js";
export { de } from "./de.js";
export { it } from "./it.js";
export { pt } from "./pt.js";
export { nl } from "./nl.js";
export { sv } from "./sv.js";
export { da } from "./da.js";
export { nb } from "./nb.js";
export { fi } from "./fi.js";
export { pl } from "./pl.js";
export { cs } from "./cs.js";
export { tr } from "./tr.js";
export { ru } from "./ru.js";
export { uk } from "./uk.js";
export { ja } from "./ja.js";
export { ko } from "./ko.js";
export { zhHans } from "./zh-hans.js";
export { zhHant } from "./zh-hant.js";
export { ar } from "./ar.js";
export { he } from "./he.js";
export { hi } from "./hi.js";

/** Every bundled dictionary by BCP 47 tag. */
export const languages: Record<string, Dictionary> = {
  en,
  es,
  fr,
  de,
  it,
  "pt-BR": pt,
  pt,
  nl,
  sv,
  da,
  nb,
  fi,
  pl,
  cs,
  tr,
  ru,
  uk,
  ja,
  ko,
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  ar,
  he,
  hi,
};

const byLowerTag = new Map(Object.entries(languages).map(([tag, d]) => [tag.toLowerCase(), d]));

/** Chinese regions conventionally written in Traditional characters. */
const TRADITIONAL_REGIONS = new Set(["tw", "hk", "mo"]);

/** Older or macro tags that name a bundled language under another code. */
const ALIASES: Record<string, string> = { no: "nb", nn: "nb", iw: "he" };

function match(tag: string): Dictionary | undefined {
  const lower = tag.trim().toLowerCase().replace(/_/g, "-");
  if (!lower) return undefined;
  const exact = byLowerTag.get(lower);
  if (exact) return exact;
  const subtags = lower.split("-");
  const primary = subtags[0] ?? "";
  if (primary === "zh") {
    // zh-Hant-*, zh-TW, zh-HK, zh-MO → Traditional; everything else (zh, zh-CN, zh-SG, zh-Hans-*) → Simplified.
    const traditional = subtags.slice(1).some((s) => s === "hant" || TRADITIONAL_REGIONS.has(s));
    const simplified = subtags.slice(1).includes("hans");
    return traditional && !simplified ? zhHant : zhHans;
  }
  return byLowerTag.get(primary) ?? byLowerTag.get(ALIASES[primary] ?? "");
}

/**
 * The dictionary for the first tag that matches, exactly (case-insensitive) or by primary subtag,
 * e.g. `pickLanguage(navigator.languages)`. "fr-CA" → French, "zh-TW" → Traditional Chinese,
 * "pt-PT" → Portuguese. English when none match.
 */
export function pickLanguage(tags: readonly string[]): Dictionary {
  for (const tag of tags) {
    const d = match(tag);
    if (d) return d;
  }
  return en;
}

/** Primary subtags of the bundled languages written right to left. */
export const RTL_LANGUAGES = new Set(["ar", "he"]);

/** Whether a BCP 47 tag names a right-to-left language of this kit (by primary subtag). */
export function isRtl(tag: string): boolean {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return RTL_LANGUAGES.has(primary === "iw" ? "he" : primary);
}
