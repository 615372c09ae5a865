import type { Dictionary } from "./en.js";
import { en } from "./en.js";
import { enAccount } from "./en-account.js";
import { enOAuth } from "./en-oauth.js";
import { enOptions } from "./en-options.js";

/**
 * English with every string (the sign-in screens', the account screens', the hosted-UI
 * buttons' and the form options'), as `loadLanguage("en")` gives it.
 *
 * @example
 * <Authenticator auth={auth} language={english} />
 */
export const english: Dictionary = { ...en, ...enAccount, ...enOAuth, ...enOptions };
