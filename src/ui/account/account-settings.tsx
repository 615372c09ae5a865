"use client";
import { useEffect, useMemo, useState } from "react";
import type { MfaMethod } from "../../index.js";
import { useAccount, useAuth } from "../../react/hooks.js";
import { useUI as useBaseUI } from "../context.js";
import { enAccount } from "../i18n/en-account.js";
import { useLanguagePart } from "../i18n/language-parts.js";
import { createTranslator } from "../i18n/translate.js";
import type { FieldSpec } from "../fields/field-spec.js";
import { Form, Screen } from "../screen.js";
import { TotpSteps } from "../screens/mfa.js";
import { preloadQrCode } from "../screens/qr-code.js";
import { useAction } from "./use-action.js";

/**
 * The kit's UI helpers, with the account screens' strings: the language's (its account part, loaded
 * now if the language came from `loadLanguage`; `ready` is false until then), English as a fallback.
 */
function useUI() {
  const ui = useBaseUI();
  const part = useLanguagePart(ui.options.language, "account");
  return useMemo(() => ({ ...ui, ready: part !== null, t: createTranslator(ui.options.messages, ui.options.language, part ?? {}, enAccount) }), [ui, part]);
}

type Profile = Awaited<ReturnType<ReturnType<typeof useAccount>["getUser"]>>;

/** Loads attributes and MFA settings when mounted (one GetUser), never on page load. */
/** Sections mounting together share one GetUser (a load in flight is reused, not repeated). */
const inFlight = new WeakMap<object, Promise<Profile>>();
function loadProfile(account: ReturnType<typeof useAccount>): Promise<Profile> {
  let load = inFlight.get(account);
  if (!load) {
    load = account.getUser().finally(() => inFlight.delete(account));
    inFlight.set(account, load);
  }
  return load;
}

function useProfile() {
  const account = useAccount();
  const [profile, setProfile] = useState<Profile | null>(null);
  const reload = () => loadProfile(account).then(setProfile, () => undefined);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void reload(), [account]);
  return [profile, reload] as const;
}

/** A section's loading state: in its card, theme and font, as the section will be. */
function Loading() {
  const { t, cx, theme, dir } = useUI();
  return (
    <div className={`${cx("root")} ${cx("screen")}`.trim()} data-theme={theme} dir={dir}>
      <p role="status" className={cx("loading")}>{t("common.pending")}</p>
    </div>
  );
}

function Status({ text }: { text: string | false }) {
  const { cx } = useUI();
  return <p role="status" className={cx("status")}>{text || ""}</p>;
}

/** Profile attributes: view, edit, and verify a changed email or phone with its code. */
export function ProfileAttributes({ attributes = ["name", "email", "phone_number"] }: { attributes?: readonly string[] }) {
  const account = useAccount();
  const { t, cx, ready } = useUI();
  const [profile, reload] = useProfile();
  /** The attribute waiting for its verification code. */
  const [pending, setPending] = useState<string | null>(null);
  const [save, runSave] = useAction(account.updateAttributes);
  const [send, runSend] = useAction(account.sendAttributeVerificationCode);
  const [verify, runVerify] = useAction(account.verifyAttribute);
  if (!profile || !ready) return <Loading />;
  // The email a user has (their sign-in email, where the pool allows that) can be changed, not emptied.
  const fields = attributes.map((name): FieldSpec => ({
    name, kind: name === "email" ? "email" : name === "phone_number" ? "tel" : "text", required: name === "email" && !!profile.attributes.email,
  }));
  const verifiable = ["email", "phone_number"].filter((a) => attributes.includes(a) && profile.attributes[a]);
  const attribute = pending ?? "";
  return (
    <Screen name="profile" title={t("account.profile")} autoFocus={false}>
      <Form<Record<string, string>> name="profile" fields={fields} defaults={profile.attributes} submitLabel={t("account.save")}
        status={save.status} error={save.error}
        onSubmit={async (values) => {
          const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== (profile.attributes[k] ?? "")));
          const saved = await runSave(changed);
          const delivery = saved.ok ? saved.result[0] : undefined;
          if (delivery) setPending(delivery.attribute ?? Object.keys(changed).find((k) => k === "email" || k === "phone_number") ?? null);
          await reload();
        }} />
      <Status text={save.done > 0 && !pending && t("account.saved")} />
      {/* Each email/phone with its status as a badge, and its action beside it. */}
      <div className={cx("verification")}>
        {verifiable.map((a) => {
          const verified = profile.attributes[`${a}_verified`] === "true";
          return (
            <p key={a} className={cx("verify")}>
              {t(`label.${a}`)}
              <span className={cx("badge")} data-state={verified ? "verified" : "unverified"}>{t(verified ? "account.verified" : "account.unverified")}</span>
              {!verified && (
                <button type="button" className={cx("link")} disabled={send.status === "pending"}
                  onClick={async () => {
                    const sent = await runSend(a);
                    if (sent.ok) setPending(a);
                  }}>{t("account.verify", { attribute: t(`label.${a}`) })}</button>
              )}
            </p>
          );
        })}
        {pending && (
          <Form<{ code: string }> name="profile" fields={[{ name: "code", kind: "code", label: t("account.verifyCode", { attribute: t(`label.${attribute}`) }) }]}
            submitLabel={t("confirmSignIn.submit")} status={verify.status} error={verify.error ?? send.error}
            onSubmit={async ({ code }) => {
              if ((await runVerify(attribute, code)).ok) setPending(null);
              await reload();
            }} />
        )}
      </div>
    </Screen>
  );
}

/** Change the password: the current one, then a new one with the policy checklist. */
export function ChangePassword() {
  const account = useAccount();
  const { t, ready } = useUI();
  const [change, run] = useAction(account.changePassword);
  if (!ready) return null;
  return (
    <Screen name="changePassword" title={t("account.changePassword")} autoFocus={false}>
      <Form<{ currentPassword: string; newPassword: string }> name="changePassword" key={change.done}
        fields={[{ name: "currentPassword", kind: "password" }, { name: "newPassword", kind: "newPassword" }]}
        submitLabel={t("account.changePassword")} status={change.status} error={change.error}
        onSubmit={({ currentPassword, newPassword }) => run(currentPassword, newPassword)} />
      <Status text={change.done > 0 && t("account.passwordChanged")} />
    </Screen>
  );
}

/** Turn two-step verification off or pick the method; TOTP is set up here when needed. */
export function MfaPreferences({ methods = ["TOTP", "SMS"] }: { methods?: readonly MfaMethod[] }) {
  const account = useAccount();
  const { t, cx, ready } = useUI();
  const [profile, reload] = useProfile();
  const [choice, setChoice] = useState<MfaMethod | "off" | null>(null);
  const [totp, setTotp] = useState<{ secret: string; uri: string } | null>(null);
  const [save, runSave] = useAction(account.setMfaPreference);
  const [verify, runVerify] = useAction(account.verifyTotp);
  const [associate, runAssociate] = useAction(account.associateTotp);
  if (!profile || !ready) return <Loading />;
  const current = choice ?? profile.mfa.preferred ?? profile.mfa.enabled[0] ?? "off";
  const apply = async (method: MfaMethod | "off") => {
    await runSave({ enabled: method === "off" ? [] : [method], preferred: method === "off" ? null : method, methods });
    await reload();
  };
  return (
    <Screen name="mfaPreferences" title={t("account.mfa")} autoFocus={false}>
      <fieldset className={cx("choices")}>
        <legend className={cx("visually-hidden")}>{t("account.mfa")}</legend>
        {(["off", ...methods] as const).map((m) => (
          <label key={m} className={cx("choice")}>
            <input type="radio" name="mfa" value={m} checked={current === m} onChange={() => setChoice(m)} />{" "}
            {m === "off" ? t("account.mfaOff") : t("account.mfaPreferred", { method: t(`mfa.${m}`) })}
          </label>
        ))}
      </fieldset>
      {current === "TOTP" && !profile.mfa.enabled.includes("TOTP") ? (
        totp ? (
          <TotpSteps secret={totp.secret} uri={totp.uri} account={profile.username}>
            <Form<{ code: string }> name="mfaPreferences" fields={[{ name: "code", kind: "code" }]} submitLabel={t("setupTotp.submit")}
              status={verify.status === "pending" || save.status === "pending" ? "pending" : "idle"} error={verify.error ?? save.error}
              onSubmit={async ({ code }) => {
                if (!(await runVerify(code, "Authenticator")).ok) return;
                await apply("TOTP");
                setTotp(null);
              }} />
          </TotpSteps>
        ) : (
          <button type="button" className={cx("button")} data-variant="primary" aria-busy={associate.status === "pending"} disabled={associate.status === "pending"}
            onClick={async () => {
              void preloadQrCode().catch(() => undefined); // the QR encoder loads while the key is made
              const made = await runAssociate();
              if (made.ok) setTotp(made.result);
            }}>{associate.status === "pending" ? t("common.pending") : t("account.setUpTotp")}</button>
        )
      ) : (
        <button type="button" className={cx("button")} data-variant="primary" aria-busy={save.status === "pending"} disabled={save.status === "pending"} onClick={() => void apply(current)}>
          {save.status === "pending" ? t("common.pending") : t("account.save")}
        </button>
      )}
      <div role="alert" className={cx(save.error || associate.error ? "alert" : "alert-empty")}>{(save.error ?? associate.error) && t((save.error ?? associate.error)!.messageId)}</div>
      <Status text={save.done > 0 && t("account.mfaSaved")} />
    </Screen>
  );
}

/** Sign out here, or everywhere (every refresh token of the user is revoked). */
export function SignOutButtons() {
  const auth = useAuth();
  const { t, cx, ready } = useUI();
  if (!ready) return null;
  return (
    <div className={`${cx("root")} ${cx("actions")}`.trim()}>
      <button type="button" className={cx("button")} onClick={() => void auth.signOut()}>{t("account.signOut")}</button>
      <button type="button" className={cx("button")} onClick={() => void auth.signOut({ global: true })}>{t("account.signOutEverywhere")}</button>
    </div>
  );
}

/** Everything a signed-in user manages. */
export function AccountSettings({ attributes, methods }: { attributes?: readonly string[]; methods?: readonly MfaMethod[] }) {
  const { t, cx, theme, dir, ready } = useUI();
  return (
    <div className={cx("account")} data-theme={theme} dir={dir}>
      {ready ? (
        <>
          <h1 className={cx("title")}>{t("account.title")}</h1>
          <ProfileAttributes attributes={attributes} />
          <ChangePassword />
          <MfaPreferences methods={methods} />
          <SignOutButtons />
        </>
      ) : (
        <Loading />
      )}
    </div>
  );
}
