import type { Dictionary } from "./en.js";
import { koAccount } from "./ko-account.js";
import { koOAuth } from "./ko-oauth.js";
import { koScreens } from "./ko-screens.js";

/**
 * Korean, every string (the sign-in screens', the account screens' and the hosted-UI buttons').
 *
 * @example
 * import { ko } from "cognito-react-kit/ui/i18n/ko";
 * <Authenticator auth={auth} language={ko} />
 */
export const ko: Dictionary = { ...koScreens, ...koAccount, ...koOAuth };
