import type { Dictionary } from "./en.js";
import { nbAccount } from "./nb-account.js";
import { nbOAuth } from "./nb-oauth.js";
import { nbScreens } from "./nb-screens.js";

/**
 * Norwegian Bokmål, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { nb } from "cognito-react-kit/ui/i18n/nb";
 * <Authenticator auth={auth} language={nb} />
 */
export const nb: Dictionary = { ...nbScreens, ...nbAccount, ...nbOAuth };
