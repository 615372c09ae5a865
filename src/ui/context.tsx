"use client";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { directionOf } from "./i18n/direction.js";
import type { Dictionary } from "./i18n/en.js";
import type { PasswordlessDictionary } from "./i18n/en-passwordless.js";
import { createTranslator, type Translate } from "./i18n/translate.js";
import type { FormOption } from "./fields/field-spec.js";

/** A user pool's password policy, as the live checklist shows it. */
export interface PasswordPolicy {
  minLength: number;
  lowercase: boolean;
  uppercase: boolean;
  numbers: boolean;
  symbols: boolean;
}

/** Cognito's default policy: 8 characters with lower and upper case, a number and a symbol. */
export const COGNITO_DEFAULT_POLICY: PasswordPolicy = { minLength: 8, lowercase: true, uppercase: true, numbers: true, symbols: true };

export type ScreenName =
  | "signIn" | "signUp" | "confirmSignUp" | "confirmSignIn" | "selectMfaType" | "setupTotp" | "newPassword"
  | "forgotPassword" | "confirmForgotPassword" | "verifyContact" | "profile" | "changePassword" | "mfaPreferences"
  | "webAuthn" | "passkeyPrompt" | "passkeys"
  | "selectChallenge" | "selectMfaSetup" | "setupEmailMfa";

/** Per-field changes an app can make on any screen. */
export interface FieldOverride {
  label?: string;
  placeholder?: string;
  /** Position among ALL the screen's fields (email and password included); lower first. */
  order?: number;
  required?: boolean;
  autoComplete?: string;
  hint?: string;
}

export interface AuthUIOptions {
  /**
   * A language, e.g. `fr` from "cognito-react-kit/ui/i18n/fr" or `await pickLanguage(navigator.languages)`;
   * English by default. The screens take its text direction (right to left for `ar`, `he`).
   */
  language?: Partial<Dictionary>;
  /** Any string, by message id, e.g. { "signIn.title": "Welcome back" }; custom attributes' labels too: { "label.custom:company": "Company" }. */
  messages?: Partial<Dictionary> & { [label: `label.${string}`]: string }
    & Partial<PasswordlessDictionary>;
  passwordPolicy?: PasswordPolicy;
  /** Extra class names per part, e.g. { button: "btn btn-primary" }. */
  classNames?: Partial<Record<string, string>>;
  /** Drop the kit's own class names (and so its stylesheet's look) for fully custom styling. */
  unstyled?: boolean;
  /** "light", "dark", or follow the system (default). */
  colorScheme?: "light" | "dark" | "system";
  /** Text direction of the screens; by default the language's own ("rtl" for `ar` and `he`). */
  dir?: "ltr" | "rtl";
  fields?: Partial<Record<ScreenName, Record<string, FieldOverride>>>;
  /**
   * Send sign-in identifiers as Cognito should get them (on by default): emails trimmed and
   * lowercased, phone numbers without spaces, dashes, dots or parentheses — on sign-up, sign-in,
   * password reset and every other form of the kit. `false` sends what was typed (trimmed), for
   * pools whose usernames are case-sensitive.
   */
  normalizeUsername?: boolean;
  slots?: Partial<Record<ScreenName, { header?: ReactNode; footer?: ReactNode }>>;
  /**
   * Options that change the fields of every form, each its own import (an app without them ships
   * none of their code): `confirmPassword()`, `phoneNumbers({ defaultCountry: "FR" })`.
   */
  formOptions?: readonly FormOption[];
}

export interface AuthUI {
  t: Translate;
  /** The app's options as given, for screens that bring their own fallback strings. */
  options: AuthUIOptions;
  /** Class names of one or more parts: for each, the kit's `crk-<part>` (unless unstyled) plus the app's. */
  cx: (...parts: string[]) => string;
  policy: PasswordPolicy;
  fields: AuthUIOptions["fields"];
  slots: AuthUIOptions["slots"];
  /** data-theme for the kit's root elements (undefined follows the system). */
  theme: "light" | "dark" | undefined;
  dir: "ltr" | "rtl" | undefined;
}

const UIContext = createContext<AuthUIOptions>({});

/** Language, strings, policy, class names, field overrides and slots for the screens below. */
export function AuthUIProvider({ children, ...options }: AuthUIOptions & { children?: ReactNode }) {
  return <UIContext.Provider value={options}>{children}</UIContext.Provider>;
}

export function useUI(): AuthUI {
  const options = useContext(UIContext);
  return useMemo(() => {
    const { classNames = {}, unstyled } = options;
    return {
      options,
      t: createTranslator(options.messages, options.language),
      cx: (...parts: string[]) => parts.flatMap((part) => [unstyled ? "" : `crk-${part}`, classNames[part] ?? ""]).filter(Boolean).join(" "),
      policy: options.passwordPolicy ?? COGNITO_DEFAULT_POLICY,
      fields: options.fields,
      slots: options.slots,
      theme: options.colorScheme === "system" ? undefined : options.colorScheme,
      dir: options.dir ?? directionOf(options.language),
    };
  }, [options]);
}
