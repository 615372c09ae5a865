import type { Dictionary } from "./en.js";
import { ruAccount } from "./ru-account.js";
import { ruOAuth } from "./ru-oauth.js";
import { ruScreens } from "./ru-screens.js";

/**
 * Russian, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { ru } from "cognito-react-kit/ui/i18n/ru";
 * <Authenticator auth={auth} language={ru} />
 */
export const ru: Dictionary = { ...ruScreens, ...ruAccount, ...ruOAuth };
