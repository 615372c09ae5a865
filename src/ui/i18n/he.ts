import type { Dictionary } from "./en.js";
import { heAccount } from "./he-account.js";
import { heOAuth } from "./he-oauth.js";
import { heScreens } from "./he-screens.js";

/**
 * Hebrew (the screens turn right to left), every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { he } from "cognito-react-kit/ui/i18n/he";
 * <Authenticator auth={auth} language={he} />
 */
export const he: Dictionary = { ...heScreens, ...heAccount, ...heOAuth };
