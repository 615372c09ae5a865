import { useEffect, useMemo, useState } from "react";
import type { Dictionary } from "./en.js";
import { enDevices, type DevicesDictionary } from "./en-devices.js";
import { createTranslator } from "./translate.js";

/**
 * The remembered-devices UI's strings in each language but English, by the language's tag
 * ("meta.lang"): each its own chunk, loaded when that UI shows in that language. Kept out of the
 * languages' screens parts, so apps without remembered devices load none of them.
 */
export const DEVICES_LOADERS: Record<string, () => Promise<DevicesDictionary>> = {
  es: () => import("./es-devices.js").then((m) => m.esDevices),
  fr: () => import("./fr-devices.js").then((m) => m.frDevices),
  de: () => import("./de-devices.js").then((m) => m.deDevices),
  it: () => import("./it-devices.js").then((m) => m.itDevices),
  "pt-BR": () => import("./pt-devices.js").then((m) => m.ptDevices),
  nl: () => import("./nl-devices.js").then((m) => m.nlDevices),
  sv: () => import("./sv-devices.js").then((m) => m.svDevices),
  da: () => import("./da-devices.js").then((m) => m.daDevices),
  nb: () => import("./nb-devices.js").then((m) => m.nbDevices),
  fi: () => import("./fi-devices.js").then((m) => m.fiDevices),
  pl: () => import("./pl-devices.js").then((m) => m.plDevices),
  cs: () => import("./cs-devices.js").then((m) => m.csDevices),
  tr: () => import("./tr-devices.js").then((m) => m.trDevices),
  ru: () => import("./ru-devices.js").then((m) => m.ruDevices),
  uk: () => import("./uk-devices.js").then((m) => m.ukDevices),
  ja: () => import("./ja-devices.js").then((m) => m.jaDevices),
  ko: () => import("./ko-devices.js").then((m) => m.koDevices),
  "zh-Hans": () => import("./zh-hans-devices.js").then((m) => m.zhHansDevices),
  "zh-Hant": () => import("./zh-hant-devices.js").then((m) => m.zhHantDevices),
  ar: () => import("./ar-devices.js").then((m) => m.arDevices),
  he: () => import("./he-devices.js").then((m) => m.heDevices),
  hi: () => import("./hi-devices.js").then((m) => m.hiDevices),
};

const loaded = new Map<string, DevicesDictionary>();

/**
 * Loads the devices strings of a language (its tag, e.g. "fr"); English (or an unknown tag) needs
 * no load.
 *
 * @example const strings = await loadDevicesStrings("fr");
 */
export async function loadDevicesStrings(tag: string | undefined): Promise<Partial<DevicesDictionary>> {
  const loader = tag ? DEVICES_LOADERS[tag] : undefined;
  if (!loader) return {};
  const strings = loaded.get(tag!) ?? (await loader());
  loaded.set(tag!, strings);
  return strings;
}

/** A translator over the devices ids (typed), and the kit's own ids (errors, common). */
export type DevicesTranslate = (id: keyof DevicesDictionary | Parameters<ReturnType<typeof createTranslator>>[0], values?: Record<string, string | number>) => string;

/**
 * The devices strings for the current language: the app's overrides (`messages`), the language's
 * devices part (null while it loads: render nothing rather than flash English), English.
 *
 * @example
 * const t = useDevicesText(ui.options.language, ui.options.messages);
 * if (!t) return null;
 */
export function useDevicesText(language: Partial<Dictionary> | undefined, messages?: Partial<Dictionary>): DevicesTranslate | null {
  const tag = language?.["meta.lang"];
  const ready = !tag || !DEVICES_LOADERS[tag] ? {} : loaded.get(tag);
  const [, setLoaded] = useState<object | null>(null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    // A failed load shows English rather than nothing.
    void loadDevicesStrings(tag).catch(() => (loaded.set(tag!, enDevices), enDevices)).then((strings) => live && setLoaded(strings));
    return () => void (live = false);
  }, [tag, ready]);
  return useMemo(
    () => (ready ? (createTranslator(messages, ready as Partial<Dictionary>, language, enDevices as Partial<Dictionary>) as DevicesTranslate) : null),
    [ready, messages, language],
  );
}
