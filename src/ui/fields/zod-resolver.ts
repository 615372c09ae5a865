import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";

interface SafeParseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[] } };
}

/** react-hook-form ⇄ zod (classic or mini): the first issue of each field becomes its error. */
export function zodResolver<T extends FieldValues>(schema: SafeParseSchema<T>): Resolver<T> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of result.error.issues) errors[issue.path.join(".")] ??= { type: issue.code ?? "invalid", message: issue.message };
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}
