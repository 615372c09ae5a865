import type { ComponentType } from "react";
import * as z from "zod/mini";
import type { AuthUI, FieldOverride, PasswordPolicy, ScreenName } from "../context.js";
import type { MessageId } from "../i18n/en.js";
import type { FieldProps } from "./field.js";

/**
 * What a form field is: its kind sets type, autocomplete, keyboard and validation. `url`, `date`
 * (YYYY-MM-DD), `timeZone` (IANA, e.g. Europe/Paris) and `locale` (BCP 47, e.g. en-US) are the
 * kinds of the OIDC standard attributes (see attributeField, which also gives their format checks).
 */
export type FieldKind = "username" | "text" | "email" | "tel" | "password" | "newPassword" | "code" | "url" | "date" | "timeZone" | "locale";

export interface FieldSpec extends FieldOverride {
  name: string;
  kind: FieldKind;
  /** Drawn by this component instead of the kit's input (a checkbox, a phone number with its country). */
  input?: ComponentType<FieldProps>;
  /** A rule after the kind's own, given the whole form's values: the message when the value fails it. */
  check?: (value: string, values: Readonly<Record<string, string>>) => string | undefined;
  /** Validated, but left out of what the form submits (a password confirmation, a terms box). */
  omit?: boolean;
  /** A format the value must have: its test, and an example of it for the message (see attributeField). */
  format?: [test: (value: string) => boolean, example: string];
}

/**
 * A form option: changes the fields of the forms it is given to (`formOptions` of
 * `<Authenticator>` / `<AuthUIProvider>`), e.g. `confirmPassword()`, `phoneNumbers()` or
 * `customFields("signUp", […])`; `screen` is the form's screen.
 */
export type FormOption = (fields: readonly FieldSpec[], ui: AuthUI, screen: ScreenName) => readonly FieldSpec[];

const AUTOCOMPLETE: Record<FieldKind, string> = {
  username: "username", text: "on", email: "email", tel: "tel",
  password: "current-password", newPassword: "new-password", code: "one-time-code",
  url: "url", date: "on", timeZone: "on", locale: "language",
};

/** The input type of a kind (secrets aside). */
export const inputType = (kind: FieldKind) => (kind === "email" || kind === "tel" || kind === "url" || kind === "date" ? kind : "text");


/** Cognito's password symbols (and an inner space). */
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

export function policyChecks(policy: PasswordPolicy) {
  const checks: { id: MessageId; test: (v: string) => boolean; on: boolean }[] = [
    { id: "policy.minLength", test: (v: string) => [...v].length >= policy.minLength, on: true },
    // Cognito counts only the basic Latin letters as lower or upper case.
    { id: "policy.lowercase", test: (v: string) => /[a-z]/.test(v), on: policy.lowercase },
    { id: "policy.uppercase", test: (v: string) => /[A-Z]/.test(v), on: policy.uppercase },
    { id: "policy.number", test: (v: string) => /[0-9]/.test(v), on: policy.numbers },
    { id: "policy.symbol", test: (v: string) => SYMBOL.test(v), on: policy.symbols },
  ];
  return checks.filter((c) => c.on);
}

/**
 * The screen's fields with the app's overrides applied, in display order. A field's place is its
 * 0-based position among all the screen's fields; `order: n` puts a field at place n, ahead of the
 * field that would otherwise be there (so `order: 0` is first, a negative order before any); fields
 * given the same order keep the screen's order.
 *
 * @example
 * resolveFields([username, email, password], { password: { order: 0 } }); // password, username, email
 */
export function resolveFields(specs: readonly FieldSpec[], overrides: Record<string, FieldOverride> | undefined): FieldSpec[] {
  return specs
    .map((spec, index) => {
      const override = overrides?.[spec.name];
      return { field: { ...spec, ...override, order: override?.order ?? index }, index, moved: override?.order !== undefined };
    })
    .sort((a, b) => a.field.order - b.field.order || Number(b.moved) - Number(a.moved) || a.index - b.index)
    .map(({ field }) => field);
}

export const autoCompleteOf = (spec: FieldSpec) => spec.autoComplete ?? AUTOCOMPLETE[spec.kind];

/**
 * The form's one zod schema, built from its fields. Passwords are never trimmed. Every rule is
 * a zod refinement (one predicate, one message): zod/mini then ships only its refine machinery,
 * ~0.9 kB gzip less than its string-length and regex checks.
 */
export function schemaFor(fields: readonly FieldSpec[], ui: Pick<AuthUI, "t" | "policy">) {
  const { t } = ui;
  const policy = policyChecks(ui.policy);
  // Every field is a string (the form starts each at ""): an optional one simply allows "".
  const shape: Record<string, z.ZodMiniType<string>> = {};
  for (const field of fields) {
    const { kind } = field;
    const rules: [test: (v: string) => boolean, message: string][] = [];
    // Only spaces is empty (the screens trim what is not a secret); a password is taken as typed.
    const secret = kind === "password" || kind === "newPassword";
    if (field.required !== false) rules.push([(v) => (secret ? v : v.trim()).length > 0, t("field.required")]);
    if (kind === "email") rules.push([(v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), t("field.email")]);
    if (kind === "tel") rules.push([(v) => v === "" || /^\+[1-9]\d{6,14}$/.test(v), t("field.phone")]);
    if (kind === "code") rules.push([(v) => v === "" || /^\d{6}$/.test(v), t("field.code")]);
    const { format } = field;
    if (format) rules.push([(v) => v === "" || format[0](v), t("field.format", { example: format[1] })]);
    if (kind === "password" || kind === "newPassword") rules.push([(v) => v.length <= 256, t("field.passwordTooLong")]);
    if (kind === "newPassword") rules.push([(v) => v === "" || policy.every((c) => c.test(v)), t("field.passwordPolicy")]);
    const string = z.string().check(...rules.map(([test, message]) => z.refine<string>(test, message)));
    shape[field.name] = string;
  }
  // Rules of form options and the app's own fields, which may compare fields (a confirmation).
  return z.object(shape).check(...fields.map(({ name, check }) => {
    let message: string | undefined;
    return z.refine<Record<string, string>>((values) => !(message = check?.(values[name]!, values)), { path: [name], error: () => message });
  }));
}
