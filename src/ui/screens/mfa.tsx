"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import type { MfaMethod } from "../../index.js";
import { useAuth } from "../../react/hooks.js";
import { useUI } from "../context.js";
import { Form, Screen, SubmitArea } from "../screen.js";
import { BackToSignIn } from "./codes.js";
import { preloadQrCode, QrCode } from "./qr-code.js";
import { useStep } from "./use-step.js";

/** Choose how to receive the sign-in code when several MFA methods are enabled. */
export function SelectMfaType({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("selectMfaType");
  const { t, cx } = useUI();
  const legendId = useId();
  const form = useForm<{ method: MfaMethod }>({ defaultValues: { method: state?.methods[0] ?? "TOTP" } });
  if (!state) return null;
  // Only a method offered is sent (no zod here: its enum schema alone costs the default bundle ~330 B gzip).
  const submit = form.handleSubmit(({ method }) => state.methods.includes(method) && auth.selectMfaType({ method }));
  const pending = state.status === "pending";
  return (
    <Screen name="selectMfaType" title={t("selectMfaType.title")} autoFocus={autoFocus}>
      <form className={cx("form")} noValidate aria-busy={pending} onSubmit={submit}>
        <fieldset className={cx("choices")} aria-labelledby={legendId}>
          <legend id={legendId} className={cx("description")}>{t("selectMfaType.description")}</legend>
          {state.methods.map((method) => (
            <label key={method} className={cx("choice")}>
              <input type="radio" value={method} {...form.register("method")} /> {t(`mfa.${method}`)}
            </label>
          ))}
        </fieldset>
        <SubmitArea status={state.status} error={state.error} label={t("selectMfaType.submit")} />
        <div className={cx("actions")}><BackToSignIn /></div>
      </form>
    </Screen>
  );
}

/**
 * The secret as the user sees it: a QR code, the key in groups of 4 (a line breaks only between
 * groups), and a copy button whose outcome is announced; should the clipboard refuse, the key is
 * selected for copying by hand.
 *
 * @example <TotpSecret secret="JBSWY3DPEHPK3PXP" uri="otpauth://totp/Acme:ana?secret=JBSWY3DPEHPK3PXP" account="ana" />
 */
export function TotpSecret({ secret, uri, account }: { secret: string; uri: string; account: string }) {
  const { t, cx } = useUI();
  const key = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<boolean>();
  const copy = () => Promise.resolve().then(() => navigator.clipboard.writeText(secret)).then(
    () => setCopied(true),
    () => (getSelection()?.selectAllChildren(key.current!), setCopied(false)),
  );
  return (
    <div className={cx("totp")}>
      <QrCode value={uri} label={t("setupTotp.qr", { account })} className={cx("qr")} />
      <p className={cx("secret")}>
        <span>{t("setupTotp.secret")}</span>
        <code ref={key} data-testid="totp-secret">{secret.replace(/(.{4})(?=.)/g, "$1 ")}</code>
      </p>
      <button type="button" className={cx("copy")} onClick={() => void copy()}>{t("setupTotp.copy")}</button>
      <p role="status" className={cx(copied === false ? "hint" : "status")}>{copied !== undefined && t(copied ? "setupTotp.copied" : "setupTotp.copyFailed")}</p>
    </div>
  );
}

/** The two numbered steps of a TOTP set-up: scan or type the key, then enter the code (`children`, the form). */
export function TotpSteps({ children, ...secret }: { secret: string; uri: string; account: string; children: ReactNode }) {
  const { t, cx } = useUI();
  return (
    <ol className={cx("steps")}>
      <li><p>{t("setupTotp.scan")}</p><TotpSecret {...secret} /></li>
      <li><p>{t("setupTotp.enterCode")}</p>{children}</li>
    </ol>
  );
}

/** MFA set-up during sign-in: scan or type the secret, then prove it with a code. */
export function SetupTotp({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("setupTotp");
  const { t, cx } = useUI();
  // The QR encoder loads while the key is being fetched.
  useEffect(() => void preloadQrCode().catch(() => undefined), []);
  if (!state) return null;
  return (
    <Screen name="setupTotp" title={t("setupTotp.title")} description={!state.secret && t("setupTotp.description")} autoFocus={autoFocus}>
      {state.secret && state.uri ? (
        <TotpSteps secret={state.secret} uri={state.uri} account={state.username}>
          <Form<{ code: string }> name="setupTotp" fields={[{ name: "code", kind: "code" }]} submitLabel={t("setupTotp.submit")}
            status={state.status} error={state.error} onSubmit={({ code }) => auth.verifyTotpSetup({ code })} actions={<BackToSignIn />} />
        </TotpSteps>
      ) : state.error ? (
        // No key could be made: the only way on is to sign in again.
        <>
          <div role="alert" className={cx("alert")}>{t(state.error.messageId)}</div>
          <div className={cx("actions")}><BackToSignIn /></div>
        </>
      ) : (
        <p className={cx("loading")} role="status">{t("setupTotp.loading")}</p>
      )}
    </Screen>
  );
}
