import type { Dictionary } from "./en.js";
import { ukAccount } from "./uk-account.js";
import { ukOAuth } from "./uk-oauth.js";
import { ukScreens } from "./uk-screens.js";

/**
 * Ukrainian, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { uk } from "cognito-react-kit/ui/i18n/uk";
 * <Authenticator auth={auth} language={uk} />
 */
export const uk: Dictionary = { ...ukScreens, ...ukAccount, ...ukOAuth };
