import type { Dictionary } from "./en.js";
import { arAccount } from "./ar-account.js";
import { arOAuth } from "./ar-oauth.js";
import { arScreens } from "./ar-screens.js";

/**
 * Arabic (the screens turn right to left), every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { ar } from "cognito-react-kit/ui/i18n/ar";
 * <Authenticator auth={auth} language={ar} />
 */
export const ar: Dictionary = { ...arScreens, ...arAccount, ...arOAuth };
