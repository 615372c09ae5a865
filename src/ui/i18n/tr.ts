import type { Dictionary } from "./en.js";
import { trAccount } from "./tr-account.js";
import { trOAuth } from "./tr-oauth.js";
import { trScreens } from "./tr-screens.js";

/**
 * Turkish, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { tr } from "cognito-react-kit/ui/i18n/tr";
 * <Authenticator auth={auth} language={tr} />
 */
export const tr: Dictionary = { ...trScreens, ...trAccount, ...trOAuth };
