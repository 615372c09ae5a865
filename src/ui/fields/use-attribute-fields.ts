"use client";
import { useEffect, useState } from "react";
import type { FieldSpec } from "./field-spec.js";

type AttributesModule = Pick<typeof import("./attributes.js"), "attributeField">;
let loaded: AttributesModule | undefined;

const plainField = (name: string): FieldSpec => ({ name, kind: name === "email" ? "email" : name === "phone_number" ? "tel" : "text" });
const isPlain = (name: string) => name === "email" || name === "phone_number" || name.startsWith("custom:");

/**
 * The fields of user attributes: email, phone and `custom:` ones at once; any other standard
 * attribute with its control, autocomplete token and format check, loaded on demand (null until
 * then, once per page).
 *
 * @example const fields = useAttributeFields(["email", "birthdate"]); // null, then [email, birthdate as a date]
 */
export function useAttributeFields(names: readonly string[]): FieldSpec[] | null {
  const plain = names.every(isPlain);
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    // Should the chunk not load, plain text fields (Cognito still checks the values).
    if (!plain && !module) void import("./attributes.js").catch(() => ({ attributeField: plainField })).then((m) => setModule((loaded = m)));
  }, [plain, module]);
  return plain ? names.map(plainField) : module ? names.map(module.attributeField) : null;
}
