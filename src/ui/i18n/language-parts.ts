import { useEffect, useState } from "react";
import type { enAccount } from "./en-account.js";
import type { Dictionary } from "./en.js";
import type { enOAuth } from "./en-oauth.js";

/** The strings of the account screens, by message id. */
export type AccountDictionary = Record<keyof typeof enAccount, string>;
/** The strings of the hosted-UI buttons, by message id. */
export type OAuthDictionary = Record<keyof typeof enOAuth, string>;
/** A language's strings for the sign-in screens: every message id but the account screens' and the hosted-UI buttons'. */
export type ScreensDictionary = Omit<Dictionary, keyof AccountDictionary | keyof OAuthDictionary>;

/** The parts of a language loaded by the components that need them, after its screens' strings. */
export interface LanguageParts {
  account: () => Promise<AccountDictionary>;
  oauth: () => Promise<OAuthDictionary>;
}
export type LanguagePart = keyof LanguageParts;

/** Languages loaded by `loadLanguage` (their screens' strings) → how to load the rest. */
const registry = new WeakMap<object, LanguageParts>();
const loads = new Map<() => Promise<object>, Promise<Partial<Dictionary>>>();
const loadedParts = new Map<() => Promise<object>, Partial<Dictionary>>();

/**
 * Marks a language's screens' strings as loaded without its other parts, which load when a
 * component needs them (`useLanguagePart`). Each `<tag>-screens.ts` module wraps its strings in it.
 *
 * @example
 * export const frScreens = withParts({ "meta.lang": "fr", ... }, () => import("./fr-account.js").then((m) => m.frAccount), loadFrOAuth);
 */
export function withParts<T extends ScreensDictionary>(screens: T, account: LanguageParts["account"], oauth: LanguageParts["oauth"]): T {
  registry.set(screens, { account, oauth });
  return screens;
}

const loaderOf = (language: object | undefined, part: LanguagePart) => (language ? registry.get(language)?.[part] : undefined);

/**
 * Loads one part of a language that came from `loadLanguage` (its own small chunk) and resolves to
 * its strings; `{}` for a dictionary that holds them already (a statically imported language,
 * English, the app's own).
 *
 * @example
 * const account = await loadLanguagePart(await pickLanguage(navigator.languages), "account");
 */
export function loadLanguagePart(language: Partial<Dictionary> | undefined, part: LanguagePart): Promise<Partial<Dictionary>> {
  const loader = loaderOf(language, part);
  if (!loader) return Promise.resolve({});
  let load = loads.get(loader);
  if (!load) {
    load = loader().then((strings) => (loadedParts.set(loader, strings), strings));
    // A failed fetch is tried again by the next component that needs the part.
    load.catch(() => loads.delete(loader));
    loads.set(loader, load);
  }
  return load;
}

/**
 * A part's strings for the current language: `{}` when the language holds them already, `null`
 * while they load (components render nothing meanwhile rather than flash another language).
 * Should the load fail, `{}`: English stands in.
 *
 * @example
 * const account = useLanguagePart(ui.options.language, "account");
 * if (!account) return null;
 */
export function useLanguagePart(language: Partial<Dictionary> | undefined, part: LanguagePart): Partial<Dictionary> | null {
  const loader = loaderOf(language, part);
  const ready = loader ? loadedParts.get(loader) : {};
  const [failed, setFailed] = useState<unknown>(null);
  const [, setLoaded] = useState<object | null>(null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadLanguagePart(language, part).then(
      (strings) => live && setLoaded(strings),
      () => live && setFailed(loader),
    );
    return () => void (live = false);
  }, [language, part, ready, loader]);
  return ready ?? (failed === loader ? {} : null);
}
