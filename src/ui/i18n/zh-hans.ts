import type { Dictionary } from "./en.js";
import { zhHansAccount } from "./zh-hans-account.js";
import { zhHansOAuth } from "./zh-hans-oauth.js";
import { zhHansScreens } from "./zh-hans-screens.js";

/**
 * Chinese (Simplified), every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { zhHans } from "cognito-react-kit/ui/i18n/zh-hans";
 * <Authenticator auth={auth} language={zhHans} />
 */
export const zhHans: Dictionary = { ...zhHansScreens, ...zhHansAccount, ...zhHansOAuth };
