"use client";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { AuthUIProvider, useUI } from "../context.js";
import { enPasswordless, type PasswordlessDictionary } from "../i18n/en-passwordless.js";

/**
 * Each language's choice-sign-in strings, by its tag (`meta.lang`), each its own dynamic import:
 * only these screens load them, and only the language in use. (Not through the languages'
 * `<tag>-screens.ts` modules, which every app with the language loads.)
 */
const PARTS: Readonly<Record<string, () => Promise<{ [name: string]: PasswordlessDictionary }>>> = {
  es: () => import("../i18n/es-passwordless.js"),
  fr: () => import("../i18n/fr-passwordless.js"),
  de: () => import("../i18n/de-passwordless.js"),
  it: () => import("../i18n/it-passwordless.js"),
  "pt-BR": () => import("../i18n/pt-passwordless.js"),
  nl: () => import("../i18n/nl-passwordless.js"),
  sv: () => import("../i18n/sv-passwordless.js"),
  da: () => import("../i18n/da-passwordless.js"),
  nb: () => import("../i18n/nb-passwordless.js"),
  fi: () => import("../i18n/fi-passwordless.js"),
  pl: () => import("../i18n/pl-passwordless.js"),
  cs: () => import("../i18n/cs-passwordless.js"),
  tr: () => import("../i18n/tr-passwordless.js"),
  ru: () => import("../i18n/ru-passwordless.js"),
  uk: () => import("../i18n/uk-passwordless.js"),
  ja: () => import("../i18n/ja-passwordless.js"),
  ko: () => import("../i18n/ko-passwordless.js"),
  "zh-Hans": () => import("../i18n/zh-hans-passwordless.js"),
  "zh-Hant": () => import("../i18n/zh-hant-passwordless.js"),
  ar: () => import("../i18n/ar-passwordless.js"),
  he: () => import("../i18n/he-passwordless.js"),
  hi: () => import("../i18n/hi-passwordless.js"),
};

const loaded = new Map<string, PasswordlessDictionary>();
const loading = new Map<string, Promise<PasswordlessDictionary>>();

/**
 * The choice-sign-in strings of a language, by its tag ("fr", "pt-BR"): `{}` for English or a
 * tag the kit has no strings for (English stands in). Loaded once, whatever asks.
 *
 * @example
 * const strings = await loadPasswordlessStrings("fr"); // { "choice.title": "Choisissez comment vous connecter", … }
 */
export function loadPasswordlessStrings(tag: string): Promise<Partial<PasswordlessDictionary>> {
  const load = PARTS[tag];
  if (!load) return Promise.resolve({});
  let pending = loading.get(tag);
  if (!pending) {
    pending = load().then((m) => {
      const strings = Object.values(m)[0]!;
      loaded.set(tag, strings);
      return strings;
    });
    // A failed fetch is tried again by the next screen that needs it.
    pending.catch(() => loading.delete(tag));
    loading.set(tag, pending);
  }
  return pending;
}

/**
 * The screens below get the choice-sign-in strings of the language in use (loaded first when
 * needed; nothing shows meanwhile rather than a flash of English), under the app's own messages.
 * The kit's choice-sign-in screens wrap themselves in it; wrap a screen of your own that uses their ids.
 *
 * @example <PasswordlessStrings><MyMethodPicker /></PasswordlessStrings>
 */
export function PasswordlessStrings({ children }: { children: ReactNode }) {
  const { options } = useUI();
  const language = options.language;
  const tag = language?.["meta.lang"] ?? "en";
  // A whole language imported statically (or the app's own dictionary) may hold them already.
  const held = language && "choice.title" in language;
  const [failed, setFailed] = useState<string | null>(null);
  const [, setReady] = useState(0);
  const part = held || !PARTS[tag] ? {} : loaded.get(tag) ?? (failed === tag ? {} : null);
  useEffect(() => {
    if (part) return;
    let live = true;
    loadPasswordlessStrings(tag).then(() => live && setReady((n) => n + 1), () => live && setFailed(tag));
    return () => void (live = false);
  }, [part, tag]);
  const merged = useMemo(() => part && ({ ...enPasswordless, ...part, ...language }), [part, language]);
  if (!merged) return null;
  return <AuthUIProvider {...options} language={merged}>{children}</AuthUIProvider>;
}
