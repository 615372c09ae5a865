import type { Dictionary } from "./en.js";
import { ptAccount } from "./pt-account.js";
import { ptOAuth } from "./pt-oauth.js";
import { ptScreens } from "./pt-screens.js";

/**
 * Portuguese (Brazil), every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { pt } from "cognito-react-kit/ui/i18n/pt";
 * <Authenticator auth={auth} language={pt} />
 */
export const pt: Dictionary = { ...ptScreens, ...ptAccount, ...ptOAuth };
