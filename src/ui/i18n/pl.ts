import type { Dictionary } from "./en.js";
import { plAccount } from "./pl-account.js";
import { plOAuth } from "./pl-oauth.js";
import { plScreens } from "./pl-screens.js";

/**
 * Polish, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { pl } from "cognito-react-kit/ui/i18n/pl";
 * <Authenticator auth={auth} language={pl} />
 */
export const pl: Dictionary = { ...plScreens, ...plAccount, ...plOAuth };
