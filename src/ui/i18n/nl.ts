import type { Dictionary } from "./en.js";
import { nlAccount } from "./nl-account.js";
import { nlOAuth } from "./nl-oauth.js";
import { nlScreens } from "./nl-screens.js";

/**
 * Dutch, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { nl } from "cognito-react-kit/ui/i18n/nl";
 * <Authenticator auth={auth} language={nl} />
 */
export const nl: Dictionary = { ...nlScreens, ...nlAccount, ...nlOAuth };
