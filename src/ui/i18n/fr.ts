import type { Dictionary } from "./en.js";
import { frAccount } from "./fr-account.js";
import { frOAuth } from "./fr-oauth.js";
import { frScreens } from "./fr-screens.js";

/**
 * French, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { fr } from "cognito-react-kit/ui/i18n/fr";
 * <Authenticator auth={auth} language={fr} />
 */
export const fr: Dictionary = { ...frScreens, ...frAccount, ...frOAuth };
