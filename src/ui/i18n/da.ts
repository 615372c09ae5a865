import type { Dictionary } from "./en.js";
import { daAccount } from "./da-account.js";
import { daOAuth } from "./da-oauth.js";
import { daScreens } from "./da-screens.js";

/**
 * Danish, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { da } from "cognito-react-kit/ui/i18n/da";
 * <Authenticator auth={auth} language={da} />
 */
export const da: Dictionary = { ...daScreens, ...daAccount, ...daOAuth };
