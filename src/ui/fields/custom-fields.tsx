"use client";
import { useId, type ReactNode } from "react";
import { useController, useFormState } from "react-hook-form";
import { useUI } from "../context.js";
import type { FieldProps } from "./field.js";
import type { FieldKind, FieldSpec } from "./field-spec.js";

/** Any schema with zod's `safeParse` (zod 4 or zod/mini): its first issue's message is shown. */
export interface ValueSchema {
  safeParse(value: string): { success: true } | { success: false; error: { issues: readonly { message: string }[] } };
}

interface Common {
  /**
   * `custom:<name>` is sent as that user attribute (the pool must declare it); any other name is
   * the form's own (validated, never sent), e.g. `terms`.
   */
  name: string;
  /** Shown as it is given (an app's own wording, in its own language). */
  label: string;
  hint?: string;
  /** Position among all the screen's fields (see `fields` overrides); by default after the password. */
  order?: number;
}

export interface TextFieldOptions extends Common {
  /** "text" by default; "email" or "tel" for their keyboard and format check. */
  kind?: Extract<FieldKind, "text" | "email" | "tel">;
  /** Required unless `false`; an empty optional field skips `schema`. */
  required?: boolean;
  placeholder?: string;
  autoComplete?: string;
  /** The app's rule for the trimmed value, with its own messages, e.g. `z.string().check(z.regex(/^\d{5}$/, "Five digits"))`. */
  schema?: ValueSchema;
}

const isAttribute = (name: string) => name.startsWith("custom:");

/**
 * A text field of the app's own in a kit form (sign-up's `customFields`), with its label and an
 * optional zod rule. A `custom:` name is sent as that attribute.
 *
 * @example
 * <SignUp customFields={[textField({ name: "custom:company", label: "Company", schema: z.string().check(z.minLength(2, "At least 2 letters")) })]} />
 */
export function textField({ kind = "text", schema, ...field }: TextFieldOptions): FieldSpec {
  return {
    ...field,
    kind,
    omit: !isAttribute(field.name),
    check: (value) => {
      const result = value.trim() && schema?.safeParse(value.trim());
      return result && !result.success ? result.error.issues[0]?.message ?? "" : undefined;
    },
  };
}

export interface CheckboxFieldOptions extends Omit<Common, "label"> {
  /** What ticking it means; may hold links, e.g. `<>I accept the <a href="/terms">terms</a></>`. */
  label: ReactNode;
  /** The box must be ticked to submit (the default); `false` makes it a free choice. */
  required?: boolean;
  /** Shown when a required box is not ticked; "Check this box to continue." by default (translated). */
  message?: string;
}

/**
 * A checkbox of the app's own in a kit form (sign-up's `customFields`), e.g. accepting the terms:
 * the form does not submit until a required box is ticked. Its value is "true" or "".
 *
 * @example
 * <SignUp customFields={[checkboxField({ name: "terms", label: <>I accept the <a href="/terms">terms</a></> })]} />
 */
export function checkboxField({ label, required = true, message, ...field }: CheckboxFieldOptions): FieldSpec {
  const spec: CheckboxSpec = {
    ...field,
    kind: "text",
    // Its own rule below stands for "required": a box has no text to fill in.
    required: false,
    omit: !isAttribute(field.name),
    // One component for every box (stable while the app re-renders); what differs rides on the spec.
    input: Checkbox,
    box: { label, required },
    check: (value, _, t) => (required && value !== "true" ? message ?? t("field.checkbox") : undefined),
  };
  return spec;
}

type CheckboxSpec = FieldSpec & { box: { label: ReactNode; required: boolean } };

function Checkbox({ spec, control }: FieldProps) {
  const { label, required } = (spec as CheckboxSpec).box;
  const { cx } = useUI();
  const id = useId();
  const { field } = useController({ name: spec.name, control });
  const { errors } = useFormState({ control, name: spec.name });
  const error = errors[spec.name]?.message;
  const describedBy = [error && `${id}-error`, spec.hint && `${id}-hint`].filter(Boolean).join(" ");
  return (
    <div className={cx("field")} data-field={spec.name} data-invalid={error ? "" : undefined}>
      <div className={cx("checkbox")}>
        <input id={id} type="checkbox" ref={field.ref} name={field.name} checked={field.value === "true"} onBlur={field.onBlur}
          onChange={(event) => field.onChange(event.target.checked ? "true" : "")}
          aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} aria-required={required} />
        <label htmlFor={id}>{label}</label>
      </div>
      {spec.hint && <p id={`${id}-hint`} className={cx("hint")}>{spec.hint}</p>}
      {error && <p id={`${id}-error`} className={cx("field-error")}>{error}</p>}
    </div>
  );
}
