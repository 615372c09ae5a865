"use client";
import { useEffect, useMemo, useState, type ReactNode } from "react";
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
/**
 * Each provider's mark as inline SVG (no style attributes: fine under a strict CSP), in this
 * module only, so apps without these buttons do not ship them. Apple's and the generic
 * SAML/OIDC mark take the text colour.
 */
const MARKS: Readonly<Record<string, ReactNode>> = {
  Google: (
    <>
      <path fill="#EA4335" d="M12 4.8c1.7 0 3.3.6 4.5 1.8l3.4-3.4C17.9 1.2 15.2 0 12 0 7.3 0 3.3 2.7 1.4 6.6l3.9 3C6.2 6.8 8.9 4.8 12 4.8z" />
      <path fill="#4285F4" d="M23 12.3c0-.8-.1-1.6-.2-2.3H12v4.5h6.2c-.3 1.4-1.1 2.7-2.3 3.5l3.7 2.9c2.1-2 3.4-5 3.4-8.6z" />
      <path fill="#FBBC05" d="M5.3 14.3c-.3-.7-.4-1.5-.4-2.3s.1-1.6.4-2.3l-3.9-3C.5 8.3 0 10.1 0 12s.5 3.7 1.4 5.4l3.9-3.1z" />
      <path fill="#34A853" d="M12 24c3.2 0 6-1 8-2.9l-3.7-2.9c-1.1.7-2.5 1.2-4.3 1.2-3.1 0-5.8-2.1-6.7-5l-3.9 3.1C3.3 21.3 7.3 24 12 24z" />
    </>
  ),
  Facebook: (
    <>
      <circle cx="12" cy="12" r="12" fill="#0866FF" />
      <path fill="#fff" d="M16.7 15.5l.5-3.5h-3.4V9.8c0-1 .5-1.9 2-1.9h1.5v-3s-1.4-.2-2.7-.2c-2.8 0-4.6 1.7-4.6 4.7V12H7v3.5h3V24h3.8v-8.5z" />
    </>
  ),
  SignInWithApple: (
    <path fill="currentColor" d="M16.4 12.7c0-2.6 2.1-3.8 2.2-3.9-1.2-1.8-3.1-2-3.7-2-1.6-.2-3.1.9-3.9.9-.8 0-2-.9-3.3-.9-1.7 0-3.3 1-4.2 2.5-1.8 3.1-.5 7.7 1.3 10.2.9 1.2 1.9 2.6 3.2 2.6 1.3-.1 1.8-.8 3.3-.8 1.6 0 2 .8 3.4.8 1.4 0 2.3-1.3 3.1-2.5 1-1.4 1.4-2.8 1.4-2.9 0 0-2.8-1.1-2.8-4.3zM13.9 5.1c.7-.9 1.2-2 1-3.1-1 0-2.2.7-3 1.5-.6.7-1.2 1.9-1 3 1.1.1 2.3-.6 3-1.4z" />
  ),
  LoginWithAmazon: <path fill="none" stroke="#FF9900" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" d="M2.5 14.5c5.5 4.2 13.5 4.6 19 .3m-3.9-1.2l3.9.9-1 3.8" />,
};
const OTHER_MARK = <path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" d="M10 17l5-5-5-5m5 5H3m12-9h4a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-4" />;

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
          <svg className={cx("mark")} viewBox="0 0 24 24" aria-hidden="true">{MARKS[provider] ?? OTHER_MARK}</svg>
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
