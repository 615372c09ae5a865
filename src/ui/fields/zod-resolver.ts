import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";

interface SafeParseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[] } };
}

/**
 * react-hook-form ⇄ zod (classic or mini): the first issue of each field becomes its error. Give
 * the schema, or a function that builds it: it is then built at the first validation (the first
 * submit), not while the form renders, so a screen that is only looked at never pays for it.
 * `prepare` turns the values into what is validated and submitted (e.g. normalized identifiers).
 */
export function zodResolver<T extends FieldValues>(schema: SafeParseSchema<T> | (() => SafeParseSchema<T>), prepare?: (values: T) => T): Resolver<T> {
  let built = "safeParse" in schema ? schema : null;
  return (values) => {
    built ??= (schema as () => SafeParseSchema<T>)();
    const result = built.safeParse(prepare ? prepare(values) : values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of result.error.issues) errors[issue.path.join(".")] ??= { type: issue.code ?? "invalid", message: issue.message };
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}
