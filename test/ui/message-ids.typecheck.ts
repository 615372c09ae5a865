/**
 * Compile-time test (npm test runs tsc over test/): message ids are a real type. If `t()` took any
 * string again, the @ts-expect-error lines would be unused and tsc would fail.
 */
import { createTranslator } from "../../src/ui/i18n/translate";
import type { AuthError } from "../../src/index";

const t = createTranslator();
// @ts-expect-error: a typo is not a message id
t("signIn.titel");
// @ts-expect-error: neither is an id of no family
t("whatever");
t("signIn.title");
// Every error the core gives is shown (unknown exceptions as the generic message).
const fromCore: AuthError = { code: "SomeNewException", messageId: "error.SomeNew" };
t(fromCore.messageId);
// @ts-expect-error: the core's ids are all error.*
const notAnError: AuthError = { code: "X", messageId: "signIn.title" };
void notAnError;
// Attributes, custom ones included, have labels.
t("label.custom:company");
