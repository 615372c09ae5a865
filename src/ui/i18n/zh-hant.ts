import type { Dictionary } from "./en.js";
import { zhHantAccount } from "./zh-hant-account.js";
import { zhHantOAuth } from "./zh-hant-oauth.js";
import { zhHantScreens } from "./zh-hant-screens.js";

/**
 * Chinese (Traditional), every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { zhHant } from "cognito-react-kit/ui/i18n/zh-hant";
 * <Authenticator auth={auth} language={zhHant} />
 */
export const zhHant: Dictionary = { ...zhHantScreens, ...zhHantAccount, ...zhHantOAuth };
