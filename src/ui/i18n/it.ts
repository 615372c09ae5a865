import type { Dictionary } from "./en.js";
import { itAccount } from "./it-account.js";
import { itOAuth } from "./it-oauth.js";
import { itScreens } from "./it-screens.js";

/**
 * Italian, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { it } from "cognito-react-kit/ui/i18n/it";
 * <Authenticator auth={auth} language={it} />
 */
export const it: Dictionary = { ...itScreens, ...itAccount, ...itOAuth };
