import type { AuthUI } from "../context.js";
import { enOptions } from "../i18n/en-options.js";
import { createTranslator, type Translate } from "../i18n/translate.js";

/**
 * The translator of the form options: the app's strings, the language's, then the options' own
 * English (which only they import).
 *
 * @example
 * const t = optionText(ui);
 * t("label.confirmPassword"); // "Confirm password"
 */
export const optionText = ({ options }: Pick<AuthUI, "options">): Translate =>
  createTranslator(options.messages, options.language, enOptions);
