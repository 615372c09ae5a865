import type { Dictionary } from "./en.js";
import { deAccount } from "./de-account.js";
import { deOAuth } from "./de-oauth.js";
import { deScreens } from "./de-screens.js";

/**
 * German, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { de } from "cognito-react-kit/ui/i18n/de";
 * <Authenticator auth={auth} language={de} />
 */
export const de: Dictionary = { ...deScreens, ...deAccount, ...deOAuth };
