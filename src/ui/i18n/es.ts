import type { Dictionary } from "./en.js";
import { esAccount } from "./es-account.js";
import { esOAuth } from "./es-oauth.js";
import { esScreens } from "./es-screens.js";

/**
 * Spanish, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { es } from "cognito-react-kit/ui/i18n/es";
 * <Authenticator auth={auth} language={es} />
 */
export const es: Dictionary = { ...esScreens, ...esAccount, ...esOAuth };
