"use client";
import { useId, type ReactNode } from "react";
import { useUI, type ScreenName } from "../context.js";
import type { FieldProps } from "./field.js";
import type { FieldKind, FieldSpec, FormOption } from "./field-spec.js";
import { optionText } from "./option-text.js";
import { useFieldValue } from "./use-field-value.js";

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
  /** Shown under the field. (To move a field, give it an `order` in the screen's `fields` overrides.) */
  hint?: string;
}

/** A text field of the app's own: its label, and the app's zod rule with its own messages. */
export interface CustomTextField extends Common {
  /** "text" by default; "email" or "tel" for their keyboard and format check. */
  type?: Extract<FieldKind, "text" | "email" | "tel">;
  /** Shown as it is given (the app's own wording, in its own language). */
  label: string;
  /** Required unless `false`; an empty optional field skips `schema`. */
  required?: boolean;
  placeholder?: string;
  autoComplete?: string;
  /** The rule for the trimmed value, e.g. `z.string().check(z.regex(/^[A-Z]{2}\d{4}$/, "Two letters, four digits"))`. */
  schema?: ValueSchema;
}

/** A checkbox of the app's own, e.g. accepting the terms. Its value is "true" or "". */
export interface CustomCheckbox extends Common {
  type: "checkbox";
  /** What ticking it means; may hold links: `<>I accept the <a href="/terms">terms</a></>`. */
  label: ReactNode;
  /** The box must be ticked to submit (the default); `false` makes it a free choice. */
  required?: boolean;
  /** Shown when a required box is not ticked; "Check this box to continue." (translated) by default. */
  message?: string;
}

export type CustomField = CustomTextField | CustomCheckbox;

type CheckboxSpec = FieldSpec & { box: { label: ReactNode; required: boolean } };

/**
 * A form option: the app's own fields inside a kit form (after its fields; an `order` in the
 * screen's `fields` overrides moves one), validated with it — the form does not submit until they
 * pass. A `custom:` name is sent as that user attribute (sign-up, profile); any other (`terms`)
 * is checked, never sent.
 *
 * @example
 * const formOptions = [customFields("signUp", [
 *   { name: "custom:company", label: "Company", schema: z.string().check(z.minLength(2, "At least 2 letters")) },
 *   { type: "checkbox", name: "terms", label: <>I accept the <a href="/terms">terms</a></> },
 * ])];
 * <Authenticator auth={auth} formOptions={formOptions} />
 */
export function customFields(screen: ScreenName, fields: readonly CustomField[]): FormOption {
  return (all, ui, name) => {
    if (name !== screen) return all;
    const t = optionText(ui);
    return [...all, ...fields.map((field): FieldSpec => {
      const omit = !field.name.startsWith("custom:");
      if (field.type === "checkbox") {
        const { label, required = true, message, type: _, ...rest } = field;
        const spec: CheckboxSpec = {
          ...rest, kind: "text", omit,
          // Its own rule stands for "required": a box has no text to fill in.
          required: false,
          // One component for every box (stable while the app re-renders); what differs rides on the spec.
          input: Checkbox,
          box: { label, required },
          check: (value) => (required && value !== "true" ? message ?? t("field.checkbox") : undefined),
        };
        return spec;
      }
      const { type = "text", schema, ...rest } = field;
      return {
        ...rest, kind: type, omit,
        check: (value) => {
          const result = value.trim() && schema?.safeParse(value.trim());
          return result && !result.success ? result.error.issues[0]?.message : undefined;
        },
      };
    })];
  };
}

function Checkbox(props: FieldProps) {
  const { spec } = props;
  const { label, required } = (spec as CheckboxSpec).box;
  const { cx } = useUI();
  const id = useId();
  const { value, set, error, ref } = useFieldValue(props);
  const describedBy = [error && `${id}-error`, spec.hint && `${id}-hint`].filter(Boolean).join(" ");
  return (
    <div className={cx("field")} data-field={spec.name} data-invalid={error ? "" : undefined}>
      <div className={cx("checkbox")}>
        <input id={id} type="checkbox" ref={ref} name={spec.name} checked={value === "true"} onChange={(event) => set(event.target.checked ? "true" : "")}
          aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} aria-required={required} />
        <label htmlFor={id}>{label}</label>
      </div>
      {error && <p id={`${id}-error`} className={cx("field-error")}>{error}</p>}
      {spec.hint && <p id={`${id}-hint`} className={cx("hint")}>{spec.hint}</p>}
    </div>
  );
}
