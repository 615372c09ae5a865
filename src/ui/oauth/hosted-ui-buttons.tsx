"use client";
import { useEffect, useMemo, useState } from "react";
import { errorOf, type AuthError } from "../../index.js";
import type { HostedUi } from "../../oauth/index.js";
import { useUI } from "../context.js";
import { enOAuth } from "../i18n/en-oauth.js";
import { useLanguagePart } from "../i18n/language-parts.js";
import { createTranslator } from "../i18n/translate.js";
import type { MessageId } from "../i18n/en.js";

const BRANDS: Readonly<Record<string, MessageId>> = {
  Google: "oauth.Google", SignInWithApple: "oauth.SignInWithApple", Facebook: "oauth.Facebook", LoginWithAmazon: "oauth.LoginWithAmazon",
};
/** One completion per hosted-UI object and page load, however often the buttons mount. */
const completions = new WeakMap<HostedUi, Promise<unknown>>();

export interface HostedUiButtonsProps {
  /** From `hostedUi(auth, config)` of cognito-react-kit/oauth. */
  hosted: HostedUi;
  /** The identity providers to offer; default: the config's `providers`. */
  providers?: readonly string[];
  /** Also offer the hosted page itself (default: when there are no providers). */
  showHostedUi?: boolean;
  /** Names to show for SAML/OIDC providers, by provider name: `{ AcmeSAML: "Acme Corp" }` → "Continue with Acme Corp". */
  names?: Readonly<Record<string, string>>;
}

/**
 * "Continue with Google / Apple / Facebook / Amazon / <SAML or OIDC name>" buttons, each with the
 * provider's mark (from the stylesheet), or the hosted page itself. Mounted on the sign-in screen (e.g. in its footer slot), it also finishes a sign-in
 * that comes back from the hosted UI and shows its error, if any.
 *
 * @example
 * <Authenticator auth={auth} slots={{ signIn: { footer: <HostedUiButtons hosted={hosted} /> } }} />
 */
export function HostedUiButtons({ hosted, providers = hosted.config.providers ?? [], showHostedUi = providers.length === 0, names }: HostedUiButtonsProps) {
  const ui = useUI();
  const { cx } = ui;
  // A language from loadLanguage brings these strings in a small chunk of their own, loaded now.
  const part = useLanguagePart(ui.options.language, "oauth");
  const t = useMemo(() => createTranslator(ui.options.messages, ui.options.language, part ?? {}, enOAuth), [ui, part]);
  const [error, setError] = useState<AuthError | null>(null);
  const [completing, setCompleting] = useState(false);
  useEffect(() => {
    if (!/[?&](code|error)=/.test(globalThis.location?.search ?? "") && !completions.has(hosted)) return;
    let current = true;
    setCompleting(true);
    if (!completions.has(hosted)) completions.set(hosted, hosted.completeRedirect());
    completions.get(hosted)!.then(
      () => current && setCompleting(false),
      (e: unknown) => current && (setCompleting(false), setError(errorOf(e))),
    );
    return () => {
      current = false;
    };
  }, [hosted]);
  const go = (provider?: string) => void hosted.signInWithRedirect(provider ? { provider } : {}).catch((e: unknown) => setError(errorOf(e)));
  // Until the language's strings for the buttons arrive, nothing rather than another language.
  if (!part) return null;
  return (
    <div className={cx("hosted-ui")}>
      <p className={cx("separator")}><span>{t("oauth.or")}</span></p>
      {completing && <p role="status" className={cx("loading")}>{t("oauth.completing")}</p>}
      {providers.map((provider) => (
        <button key={provider} type="button" className={cx("button")} data-provider={provider} disabled={completing} onClick={() => go(provider)}>
          {t(BRANDS[provider] ?? "oauth.provider", { name: names?.[provider] ?? provider })}
        </button>
      ))}
      {showHostedUi && (
        <button type="button" className={cx("button")} data-provider="COGNITO" disabled={completing} onClick={() => go()}>{t("oauth.hostedUi")}</button>
      )}
      <div role="alert" className={cx(error ? "alert" : "alert-empty")}>{error && t(error.messageId)}</div>
    </div>
  );
}
