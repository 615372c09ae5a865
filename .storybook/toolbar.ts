/**
 * The toolbar's switches for designers: Theme (light/dark), Language (the kit's 23) and
 * Direction (auto/ltr/rtl). Each story's screens get them as AuthUIOptions; what a story sets
 * itself (its "Dark" or "French" state) wins over the toolbar.
 */
import type { AuthUIOptions } from "../src/ui/index";
import { LANGUAGE_LOADERS, loadLanguage, type LanguageTag } from "../src/ui/i18n/languages";

/** Each language by its own name, as a person looking for it reads it. */
export const LANGUAGE_NAMES: Readonly<Record<LanguageTag, string>> = {
  en: "English", es: "Español", fr: "Français", de: "Deutsch", it: "Italiano", "pt-BR": "Português (Brasil)",
  nl: "Nederlands", sv: "Svenska", da: "Dansk", nb: "Norsk bokmål", fi: "Suomi", pl: "Polski", cs: "Čeština",
  tr: "Türkçe", ru: "Русский", uk: "Українська", ja: "日本語", ko: "한국어", "zh-Hans": "简体中文",
  "zh-Hant": "繁體中文", ar: "العربية", he: "עברית", hi: "हिन्दी",
};

export type Theme = "light" | "dark";
export type Direction = "auto" | "ltr" | "rtl";

export interface ToolbarGlobals {
  theme?: Theme;
  locale?: string;
  direction?: Direction;
}

export const initialGlobals: Required<ToolbarGlobals> = { theme: "light", locale: "en", direction: "auto" };

export const globalTypes = {
  theme: {
    description: "Colour scheme of the kit's screens, and the canvas behind them",
    toolbar: {
      title: "Theme",
      icon: "contrast",
      items: [{ value: "light", title: "Light", icon: "sun" }, { value: "dark", title: "Dark", icon: "moon" }],
      dynamicTitle: true,
    },
  },
  locale: {
    description: "Language of the kit's screens (loaded with loadLanguage, as an app would)",
    toolbar: {
      title: "Language",
      icon: "globe",
      items: (Object.keys(LANGUAGE_LOADERS) as LanguageTag[]).map((tag) => ({ value: tag, title: LANGUAGE_NAMES[tag], right: tag })),
      dynamicTitle: true,
    },
  },
  direction: {
    description: "Text direction: auto follows the language (right to left for Arabic and Hebrew)",
    toolbar: {
      title: "Direction",
      icon: "transfer",
      items: [
        { value: "auto", title: "Direction: auto" },
        { value: "ltr", title: "Left to right" },
        { value: "rtl", title: "Right to left" },
      ],
      dynamicTitle: true,
    },
  },
};

const isTag = (tag: unknown): tag is LanguageTag => typeof tag === "string" && Object.hasOwn(LANGUAGE_LOADERS, tag);

/**
 * The screens' options the toolbar asks for: a colour scheme, a language (English is the kit's
 * built-in default, so nothing is loaded for it) and a direction ("auto" leaves it to the language).
 */
export async function toolbarUi(globals: ToolbarGlobals): Promise<AuthUIOptions> {
  const ui: AuthUIOptions = { colorScheme: globals.theme === "dark" ? "dark" : "light" };
  if (isTag(globals.locale) && globals.locale !== "en") ui.language = await loadLanguage(globals.locale);
  if (globals.direction === "ltr" || globals.direction === "rtl") ui.dir = globals.direction;
  return ui;
}

/** Toolbar options under the story's own: what the story sets stays (its "Dark", its "French"). */
export function mergeUi(toolbar: AuthUIOptions, story: AuthUIOptions | undefined): AuthUIOptions {
  return { ...toolbar, ...story };
}
