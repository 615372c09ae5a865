import { useMemo } from "react";
import { useFormState, useWatch } from "react-hook-form";
import type { FieldProps } from "./field.js";

/**
 * A field drawn by its own component (a form option's): its value from the form, a setter that
 * re-validates as the kit's inputs do once the form was submitted, its error, and a ref through
 * which the form focuses it on an error. (react-hook-form's useController would do the same at
 * ~1 kB gzip more.)
 *
 * @example
 * const { value, set, error, ref } = useFieldValue(props);
 * <input ref={ref} type="checkbox" checked={value === "true"} onChange={(e) => set(e.target.checked ? "true" : "")} />
 */
export function useFieldValue({ spec, control, register, setValue }: Omit<FieldProps, "onCodeComplete">) {
  const { name } = spec;
  const value: string = useWatch({ control, name }) ?? "";
  const { errors, isSubmitted } = useFormState({ control, name });
  // The form only ever focuses it; what it holds is the form's value, not the element's.
  const ref = useMemo(() => {
    const registered = register(name);
    return (element: HTMLElement | null) => registered.ref(element && { focus: () => element.focus() });
  }, [register, name]);
  const set = (next: string) => setValue(name, next, { shouldDirty: true, shouldValidate: isSubmitted });
  return { value, set, error: errors[name]?.message, ref };
}
