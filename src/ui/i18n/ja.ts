import type { Dictionary } from "./en.js";
import { jaAccount } from "./ja-account.js";
import { jaOAuth } from "./ja-oauth.js";
import { jaScreens } from "./ja-screens.js";

/**
 * Japanese, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { ja } from "cognito-react-kit/ui/i18n/ja";
 * <Authenticator auth={auth} language={ja} />
 */
export const ja: Dictionary = { ...jaScreens, ...jaAccount, ...jaOAuth };
