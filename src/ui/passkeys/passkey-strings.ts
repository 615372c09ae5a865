"use client";
/**
 * The passkey screens' strings in the current language: English built in, every other language
 * its own small chunk (`<tag>-passkeys.ts`) loaded when a passkey screen first appears — never by
 * the sign-in screens' language chunks, so apps without passkeys load none of it.
 */
import { useEffect, useMemo, useState } from "react";
import { useUI } from "../context.js";
import type { Dictionary } from "../i18n/en.js";
import { enPasskeys, type PasskeyMessageId, type PasskeysDictionary } from "../i18n/en-passkeys.js";
import { createTranslator, type Translate } from "../i18n/translate.js";

/** One loader per language tag (the language's "meta.lang"), each a dynamic import of its own chunk. */
export const PASSKEY_STRINGS: Readonly<Record<string, () => Promise<PasskeysDictionary>>> = {
  es: () => import("../i18n/es-passkeys.js").then((m) => m.esPasskeys),
  fr: () => import("../i18n/fr-passkeys.js").then((m) => m.frPasskeys),
  de: () => import("../i18n/de-passkeys.js").then((m) => m.dePasskeys),
  it: () => import("../i18n/it-passkeys.js").then((m) => m.itPasskeys),
  "pt-BR": () => import("../i18n/pt-passkeys.js").then((m) => m.ptPasskeys),
  nl: () => import("../i18n/nl-passkeys.js").then((m) => m.nlPasskeys),
  sv: () => import("../i18n/sv-passkeys.js").then((m) => m.svPasskeys),
  da: () => import("../i18n/da-passkeys.js").then((m) => m.daPasskeys),
  nb: () => import("../i18n/nb-passkeys.js").then((m) => m.nbPasskeys),
  fi: () => import("../i18n/fi-passkeys.js").then((m) => m.fiPasskeys),
  pl: () => import("../i18n/pl-passkeys.js").then((m) => m.plPasskeys),
  cs: () => import("../i18n/cs-passkeys.js").then((m) => m.csPasskeys),
  tr: () => import("../i18n/tr-passkeys.js").then((m) => m.trPasskeys),
  ru: () => import("../i18n/ru-passkeys.js").then((m) => m.ruPasskeys),
  uk: () => import("../i18n/uk-passkeys.js").then((m) => m.ukPasskeys),
  ja: () => import("../i18n/ja-passkeys.js").then((m) => m.jaPasskeys),
  ko: () => import("../i18n/ko-passkeys.js").then((m) => m.koPasskeys),
  "zh-Hans": () => import("../i18n/zh-hans-passkeys.js").then((m) => m.zhHansPasskeys),
  "zh-Hant": () => import("../i18n/zh-hant-passkeys.js").then((m) => m.zhHantPasskeys),
  ar: () => import("../i18n/ar-passkeys.js").then((m) => m.arPasskeys),
  he: () => import("../i18n/he-passkeys.js").then((m) => m.hePasskeys),
  hi: () => import("../i18n/hi-passkeys.js").then((m) => m.hiPasskeys),
};

const loaded = new Map<string, PasskeysDictionary>();

/**
 * Loads the passkey strings of a language tag (resolves `{}` for English or a tag without them).
 * @example await loadPasskeyStrings("fr");
 */
export async function loadPasskeyStrings(tag: string | undefined): Promise<Partial<PasskeysDictionary>> {
  const loader = tag ? PASSKEY_STRINGS[tag] : undefined;
  if (!loader) return {};
  const strings = loaded.get(tag!) ?? (await loader());
  loaded.set(tag!, strings);
  return strings;
}

/** A translator over the passkey ids and every other id of the kit. */
export type PasskeyTranslate = (id: PasskeyMessageId | Parameters<Translate>[0], values?: Record<string, string | number>) => string;

/**
 * The kit's UI helpers with the passkey strings of the current language (`ready` is false while
 * they load; should the load fail, English stands in). `language`: the language with them merged,
 * for an AuthUIProvider around screens whose alerts show passkey errors.
 */
export function usePasskeyUI() {
  const ui = useUI();
  const tag = ui.options.language?.["meta.lang"];
  const [, setLoaded] = useState<object | null>(null);
  const part: Partial<PasskeysDictionary> | null = !tag || !PASSKEY_STRINGS[tag] ? {} : loaded.get(tag) ?? null;
  useEffect(() => {
    if (part) return;
    let live = true;
    // A failed load leaves English in place (and is not tried again on this page).
    void loadPasskeyStrings(tag).catch(() => loaded.set(tag!, enPasskeys)).finally(() => live && setLoaded({}));
    return () => void (live = false);
  }, [tag, part]);
  return useMemo(() => {
    const language = { ...enPasskeys, ...part, ...ui.options.language } as Partial<Dictionary>;
    return { ...ui, ready: part !== null, language, t: createTranslator(ui.options.messages, language) as PasskeyTranslate };
  }, [ui, part]);
}
