import type { Dictionary } from "./en.js";
import { svAccount } from "./sv-account.js";
import { svOAuth } from "./sv-oauth.js";
import { svScreens } from "./sv-screens.js";

/**
 * Swedish, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { sv } from "cognito-react-kit/ui/i18n/sv";
 * <Authenticator auth={auth} language={sv} />
 */
export const sv: Dictionary = { ...svScreens, ...svAccount, ...svOAuth };
