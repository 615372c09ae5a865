import type { Dictionary } from "./en.js";
import { fiAccount } from "./fi-account.js";
import { fiOAuth } from "./fi-oauth.js";
import { fiScreens } from "./fi-screens.js";

/**
 * Finnish, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { fi } from "cognito-react-kit/ui/i18n/fi";
 * <Authenticator auth={auth} language={fi} />
 */
export const fi: Dictionary = { ...fiScreens, ...fiAccount, ...fiOAuth };
