import * as z from "zod/mini";
import type { AuthUI, FieldOverride, PasswordPolicy } from "../context.js";

/** What a form field is: its kind sets type, autocomplete, keyboard and validation. */
export type FieldKind = "username" | "text" | "email" | "tel" | "password" | "newPassword" | "code";

export interface FieldSpec extends FieldOverride {
  name: string;
  kind: FieldKind;
}

const AUTOCOMPLETE: Record<FieldKind, string> = {
  username: "username", text: "on", email: "email", tel: "tel",
  password: "current-password", newPassword: "new-password", code: "one-time-code",
};

/** Cognito's password symbols (and an inner space). */
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

export function policyChecks(policy: PasswordPolicy) {
  return [
    { id: "policy.minLength", test: (v: string) => [...v].length >= policy.minLength, on: true },
    { id: "policy.lowercase", test: (v: string) => /\p{Ll}/u.test(v), on: policy.lowercase },
    { id: "policy.uppercase", test: (v: string) => /\p{Lu}/u.test(v), on: policy.uppercase },
    { id: "policy.number", test: (v: string) => /[0-9]/.test(v), on: policy.numbers },
    { id: "policy.symbol", test: (v: string) => SYMBOL.test(v), on: policy.symbols },
  ].filter((c) => c.on);
}

/** The screen's fields with the app's overrides applied, in display order. */
export function resolveFields(specs: readonly FieldSpec[], overrides: Record<string, FieldOverride> | undefined): FieldSpec[] {
  return specs
    .map((spec, index) => ({ ...spec, order: index, ...overrides?.[spec.name] }))
    .sort((a, b) => a.order - b.order);
}

export const autoCompleteOf = (spec: FieldSpec) => spec.autoComplete ?? AUTOCOMPLETE[spec.kind];

/** The form's one zod schema, built from its fields. Passwords are never trimmed. */
export function schemaFor(fields: readonly FieldSpec[], ui: Pick<AuthUI, "t" | "policy">) {
  const { t } = ui;
  const shape: Record<string, z.ZodMiniType<string | undefined>> = {};
  for (const field of fields) {
    const rules: z.core.$ZodCheck<string>[] = [];
    if (field.required !== false) rules.push(z.minLength(1, t("field.required")));
    if (field.kind === "email") rules.push(z.regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, t("field.email")));
    if (field.kind === "tel") rules.push(z.regex(/^$|^\+[1-9]\d{6,14}$/, t("field.phone")));
    if (field.kind === "code") rules.push(z.regex(/^$|^\d{6}$/, t("field.code")));
    if (field.kind === "password" || field.kind === "newPassword") rules.push(z.maxLength(256, t("field.passwordTooLong")));
    if (field.kind === "newPassword") {
      const policy = policyChecks(ui.policy);
      rules.push(z.refine((v: string) => v === "" || policy.every((c) => c.test(v)), t("field.passwordPolicy")));
    }
    const string = z.string().check(...rules);
    shape[field.name] = field.required === false ? z.optional(string) : string;
  }
  return z.object(shape);
}
