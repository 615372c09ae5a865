/** Primary subtags of the kit's languages written right to left. */
export const RTL_LANGUAGES: ReadonlySet<string> = /* @__PURE__ */ new Set(["ar", "he"]);

/**
 * Whether a BCP 47 tag names a right-to-left language of this kit (by primary subtag).
 *
 * @example
 * isRtl("ar-EG"); // true
 * isRtl("fr-CA"); // false
 */
export function isRtl(tag: string): boolean {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return RTL_LANGUAGES.has(primary === "iw" ? "he" : primary);
}

/**
 * The text direction of a dictionary, from its `meta.lang` tag; undefined when it has none.
 *
 * @example
 * directionOf(he); // "rtl"
 * directionOf(fr); // "ltr"
 */
export function directionOf(dictionary: { "meta.lang"?: string } | undefined): "ltr" | "rtl" | undefined {
  const tag = dictionary?.["meta.lang"];
  return tag ? (isRtl(tag) ? "rtl" : "ltr") : undefined;
}
