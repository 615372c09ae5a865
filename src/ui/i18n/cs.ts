import type { Dictionary } from "./en.js";
import { csAccount } from "./cs-account.js";
import { csOAuth } from "./cs-oauth.js";
import { csScreens } from "./cs-screens.js";

/**
 * Czech, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { cs } from "cognito-react-kit/ui/i18n/cs";
 * <Authenticator auth={auth} language={cs} />
 */
export const cs: Dictionary = { ...csScreens, ...csAccount, ...csOAuth };
