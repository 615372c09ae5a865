import type { Dictionary } from "./en.js";
import { hiAccount } from "./hi-account.js";
import { hiOAuth } from "./hi-oauth.js";
import { hiScreens } from "./hi-screens.js";

/**
 * Hindi, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { hi } from "cognito-react-kit/ui/i18n/hi";
 * <Authenticator auth={auth} language={hi} />
 */
export const hi: Dictionary = { ...hiScreens, ...hiAccount, ...hiOAuth };
