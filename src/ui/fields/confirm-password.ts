import type { FieldSpec, FormOption } from "./field-spec.js";
import { optionText } from "./option-text.js";

/**
 * A form option: wherever a new password is chosen (sign-up, the new password of an invited user,
 * the reset after "forgot password", changing it in the account settings), a second password
 * field right after it that must be the same ("Passwords must match.", on the confirmation field).
 * The confirmation is validated only: it is never sent. Its name is the password field's plus
 * `Confirm` (`passwordConfirm`, `newPasswordConfirm`), for the `fields` overrides of each screen.
 *
 * @example
 * <Authenticator auth={auth} formOptions={[confirmPassword()]} />
 */
export function confirmPassword(): FormOption {
  return (fields, ui) => {
    const t = optionText(ui);
    return fields.flatMap((spec): FieldSpec[] => spec.kind !== "newPassword" ? [spec] : [spec, {
      name: `${spec.name}Confirm`,
      kind: "password",
      label: t("label.confirmPassword"),
      autoComplete: "new-password",
      omit: true,
      check: (value, values) => (value && value !== values[spec.name] ? t("field.passwordMismatch") : undefined),
    }]);
  };
}
