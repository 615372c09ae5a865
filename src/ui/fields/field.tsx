"use client";
import { useId, useState, type ClipboardEvent } from "react";
import { useFormState, useWatch, type Control, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { useUI } from "../context.js";
import { autoCompleteOf, inputType, policyChecks, type FieldSpec } from "./field-spec.js";
import { humanize } from "./humanize.js";

type Values = Record<string, string>;

export interface FieldProps {
  spec: FieldSpec;
  control: Control<Values>;
  register: UseFormRegister<Values>;
  setValue: UseFormSetValue<Values>;
  /** Called when a code field holds 6 digits (typed or pasted): forms whose only field is the code submit then. */
  onCodeComplete?: () => void;
}

/**
 * One labelled input: errors linked with aria-describedby, the right autocomplete, a
 * show-password toggle, a live policy checklist for new passwords, and a code input that
 * accepts paste and submits itself at 6 digits. Re-renders only for its own error. Use it inside
 * a react-hook-form form of your own (or let `Form` lay the fields out).
 *
 * @example
 * const form = useForm<Record<string, string>>({ defaultValues: { code: "" } });
 * <Field spec={{ name: "code", kind: "code" }} control={form.control} register={form.register} setValue={form.setValue} />
 */
export function Field({ spec, control, register, setValue, onCodeComplete }: FieldProps) {
  const { t, cx } = useUI();
  const id = useId();
  const { errors } = useFormState({ control, name: spec.name });
  const error = errors[spec.name]?.message;
  const [shown, setShown] = useState(false);
  const secret = spec.kind === "password" || spec.kind === "newPassword";
  const code = spec.kind === "code";
  const describedBy = [error && `${id}-error`, spec.hint && `${id}-hint`, spec.kind === "newPassword" && `${id}-policy`].filter(Boolean).join(" ");
  // A field is checked when left with a value in it (one merely passed through stays quiet), and
  // again on each change while it shows an error, before any submit as after.
  const check = ({ target }: { target: HTMLInputElement }) => setValue(spec.name, target.value, { shouldValidate: true });
  const registered = register(spec.name, {
    onChange: (event: { target: HTMLInputElement }) => {
      if (code && /^\d{6}$/.test(event.target.value)) onCodeComplete?.();
      else if (error) check(event);
    },
    onBlur: (event: { target: HTMLInputElement }) => event.target.value && check(event),
  });
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    if (!code) return;
    event.preventDefault();
    const digits = event.clipboardData.getData("text").replace(/\D/g, "").slice(0, 6);
    setValue(spec.name, digits, { shouldValidate: false });
    if (digits.length === 6) onCodeComplete?.();
  };
  // An attribute no dictionary names (a custom one) reads as words: custom:company_name → "Company name".
  const key = `label.${spec.name}` as const;
  const label = spec.label ?? (t(key) === key ? humanize(spec.name) : t(key));
  return (
    <div className={cx("field")} data-field={spec.name} data-invalid={error ? "" : undefined}>
      <label className={cx("label")} htmlFor={id}>
        {label}
        {spec.required === false && <span className={cx("optional")}> ({t("common.optional")})</span>}
      </label>
      <div className={cx(secret ? "password" : "control")}>
        <input
          {...registered}
          id={id}
          className={cx("input")}
          type={secret && !shown ? "password" : inputType(spec.kind)}
          autoComplete={autoCompleteOf(spec)}
          placeholder={spec.placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          aria-required={spec.required !== false}
          {...(code ? { inputMode: "numeric" as const, maxLength: 6, pattern: "[0-9]*", onPaste } : {})}
          {...(spec.kind === "username" || spec.kind === "email" || secret ? { autoCapitalize: "none", spellCheck: false } : {})}
        />
        {secret && (
          <button type="button" className={cx("reveal")} aria-controls={id} aria-pressed={shown} onClick={() => setShown(!shown)}>
            <span className={cx("visually-hidden")}>{t(shown ? "common.hidePassword" : "common.showPassword")}</span>
          </button>
        )}
      </div>
      {error && <p id={`${id}-error`} className={cx("field-error")}>{error}</p>}
      {spec.hint && <p id={`${id}-hint`} className={cx("hint")}>{spec.hint}</p>}
      {spec.kind === "newPassword" && <PolicyChecklist id={`${id}-policy`} name={spec.name} control={control} />}
    </div>
  );
}

/** The live checklist of the pool's password policy; only it re-renders while typing. */
function PolicyChecklist({ id, name, control }: { id: string; name: string; control: Control<Values> }) {
  const { t, cx, policy } = useUI();
  const value = useWatch({ control, name }) ?? "";
  return (
    <div id={id} className={cx("policy")}>
      <p className={cx("policy-title")}>{t("policy.title")}</p>
      <ul>
        {policyChecks(policy).map((check) => {
          const met = check.test(value);
          return (
            <li key={check.id} data-state={met ? "met" : "unmet"}>
              {t(check.id, { count: policy.minLength })}
              <span className={cx("visually-hidden")}> ({t(met ? "policy.met" : "policy.unmet")})</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
