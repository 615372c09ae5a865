import { en, type Dictionary, type MessageId } from "./en.js";
import type { PasswordlessDictionary } from "./en-passwordless.js";

/**
 * A message id of the dictionaries — `t("typo")` does not compile — or any `error.*` id the core
 * gives (an exception the dictionaries do not name shows the generic service message), or the
 * label of any attribute, custom ones included (`label.<name>`; apps name them in `messages`).
 * The choice-based sign-in screens' ids too: their strings are a part of their own (en-passwordless.ts).
 */
export type Translate = (id: MessageId | `error.${string}` | `label.${string}`
  | keyof PasswordlessDictionary, values?: Record<string, string | number>) => string;

/**
 * A lookup over dictionaries, first match wins: the app's overrides, then the language, then
 * English. Unknown ids fall back to a generic error rather than showing a raw key.
 *
 * @example
 * const t = createTranslator(fr, { "signIn.title": "Connexion à Acme" });
 * t("common.codeSentTo", { destination: "a***@e***.com" });
 */
export function createTranslator(...dictionaries: (Partial<Dictionary> | undefined)[]): Translate {
  const chain = [...dictionaries, en].filter(Boolean) as Partial<Record<string, string>>[];
  return (id, values) => {
    let text = "";
    for (const d of chain) if ((text = d[id] ?? "")) break;
    text ||= id.startsWith("error.") ? en["error.Service"] : id;
    return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values?.[key] ?? ""));
  };
}
