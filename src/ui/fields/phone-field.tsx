"use client";
import { useId, useMemo, useState, type ClipboardEvent } from "react";
import { useUI } from "../context.js";
import { COUNTRIES, type Country } from "./countries.js";
import type { FieldProps } from "./field.js";
import { autoCompleteOf, type FieldSpec, type FormOption } from "./field-spec.js";
import { optionText } from "./option-text.js";
import { E164, joinPhone, splitPhone, type PhoneParts } from "./phone-number.js";
import { useFieldValue } from "./use-field-value.js";

export interface PhoneNumbersOptions {
  /** The country chosen at first (ISO code, e.g. "FR"): its calling code is the default. The list's first otherwise. */
  defaultCountry?: string;
  /** The countries to choose from; all 244 of `COUNTRIES` by default. */
  countries?: readonly Country[];
}

interface PhoneConfig {
  countries: readonly Country[];
  initial: Country;
}
type PhoneSpec = FieldSpec & { phone: PhoneConfig };

/**
 * A form option: every phone number field (sign-up's `phone_number`, signing in by phone, the
 * profile's phone number, an invited user's required phone) becomes a country picker and the
 * number. The country's calling code is added and a trunk 0 dropped, so "06 12 34 56 78" with
 * France sends "+33612345678" (E.164); a full "+…" number, typed, pasted or auto-filled, picks
 * its country. Country names are the screens' language's own (`Intl.DisplayNames`).
 *
 * @example
 * const formOptions = [phoneNumbers({ defaultCountry: "FR" })];
 * <Authenticator auth={auth} loginMechanism="phone" formOptions={formOptions} />
 */
export function phoneNumbers({ defaultCountry, countries = COUNTRIES }: PhoneNumbersOptions = {}): FormOption {
  const initial = countries.find((c) => c.code === defaultCountry) ?? countries[0];
  if (!initial) throw new Error("phoneNumbers(): the list of countries is empty");
  const phone: PhoneConfig = { countries, initial };
  return (fields, ui) => {
    const t = optionText(ui);
    return fields.map((spec): FieldSpec => spec.kind !== "tel" ? spec : {
      ...spec,
      // A text field to the form (its own check and message below); the input stays type="tel".
      kind: "text",
      autoComplete: autoCompleteOf(spec),
      input: PhoneInput,
      phone,
      check: (value) => (value && !E164.test(value) ? t("field.phoneNumber") : undefined),
    } as PhoneSpec);
  };
}

/** The parts of a value the form holds (E.164 or ""), the chosen country kept when it fits. */
const partsOf = (value: string, { countries, initial }: PhoneConfig, chosen = initial): PhoneParts =>
  splitPhone(value, countries, chosen) ?? { country: chosen, national: value };

function PhoneInput(props: FieldProps) {
  const { spec } = props;
  const { phone } = spec as PhoneSpec;
  const ui = useUI();
  const { t, cx, options } = ui;
  const id = useId();
  const { value, set, error, ref } = useFieldValue(props);
  const [parts, setParts] = useState(() => ({ ...partsOf(value, phone), value }));
  // Set from outside (a reset, the profile's saved number): shown again from the value.
  if (value !== parts.value) setParts({ ...partsOf(value, phone, parts.country), value });
  const lang = t("meta.lang");
  const choices = useMemo(() => {
    const names = new Intl.DisplayNames([lang], { type: "region", fallback: "code" });
    return phone.countries.map((c) => ({ code: c.code, label: `${c.name ?? names.of(c.code)} (+${c.dial})` }))
      .sort((a, b) => a.label.localeCompare(b.label, lang));
  }, [phone.countries, lang]);
  const update = (next: PhoneParts) => {
    const joined = joinPhone(next);
    setParts({ ...next, value: joined });
    set(joined);
  };
  /** What was typed or pasted: a "+…" (or "00…") number picks its country. */
  const type = (text: string) => update((/^\s*(\+|00)/.test(text) && splitPhone(text, phone.countries, parts.country)) || { ...parts, national: text });
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData("text");
    if (!/^\s*(\+|00)/.test(text)) return;
    event.preventDefault();
    type(text);
  };
  const describedBy = [error && `${id}-error`, spec.hint && `${id}-hint`].filter(Boolean).join(" ");
  return (
    <fieldset className={`${cx("field")} ${cx("phone-field")}`.trim()} data-field={spec.name} data-invalid={error ? "" : undefined}>
      <legend id={`${id}-label`} className={cx("label")}>
        {spec.label ?? t(`label.${spec.name}`)}
        {spec.required === false && <>{" "}<span className={cx("optional")}>({t("common.optional")})</span></>}
      </legend>
      <div className={cx("phone")}>
        <span className={cx("country")} data-code={parts.country.code}>
          <select className={cx("country-select")} aria-label={optionText(ui)("label.country")} autoComplete="off" value={parts.country.code}
            onChange={(event) => update({ ...parts, country: phone.countries.find((c) => c.code === event.target.value)! })}>
            {choices.map((c) => <option key={c.code} value={c.code}>{c.label}</option>)}
          </select>
          {/* What the closed picker shows (the styles lay the select, invisible, over it): short, so the number keeps its room. */}
          {!options.unstyled && <span className={cx("country-code")} aria-hidden="true" dir="ltr">{parts.country.code} +{parts.country.dial}</span>}
        </span>
        <input id={id} ref={ref} name={spec.name} className={cx("input")} type="tel" dir="ltr"
          value={parts.national} onChange={(event) => type(event.target.value)} onPaste={onPaste}
          autoComplete={autoCompleteOf(spec)} placeholder={spec.placeholder} aria-labelledby={`${id}-label`}
          aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} aria-required={spec.required !== false} />
      </div>
      {error && <p id={`${id}-error`} className={cx("field-error")}>{error}</p>}
      {spec.hint && <p id={`${id}-hint`} className={cx("hint")}>{spec.hint}</p>}
    </fieldset>
  );
}
