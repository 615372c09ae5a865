"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { passkeysOf, type Passkey } from "../../passkeys/manage.js";
import { passkeysSupported } from "../../passkeys/ceremony.js";
import { useAuth } from "../../react/hooks.js";
import { useAction } from "../account/use-action.js";
import { AuthUIProvider } from "../context.js";
import { Screen } from "../screen.js";
import { usePasskeyUI } from "./passkey-strings.js";

/** A date as the person's language writes it (e.g. "22 Nov 2026"). */
export const passkeyDate = (date: Date, lang: string | undefined) => {
  try {
    return new Intl.DateTimeFormat(lang ?? "en", { dateStyle: "medium" }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
};

/**
 * Account settings' "Passkeys": the signed-in user's passkeys with their names and the dates they
 * were added, "Add a passkey" (the browser's prompt, then registration with the pool), and remove
 * with a confirmation. Loads the list when it appears (one ListWebAuthnCredentials), never on page load.
 *
 * @example {open && <><AccountSettings /><PasskeySettings /></>}
 */
export function PasskeySettings() {
  const ui = usePasskeyUI();
  if (!ui.ready) return null;
  return (
    <AuthUIProvider {...ui.options} language={ui.language}>
      <PasskeyList />
    </AuthUIProvider>
  );
}

function PasskeyList() {
  const auth = useAuth();
  const { t, cx, options } = usePasskeyUI();
  const passkeys = useMemo(() => passkeysOf(auth), [auth]);
  const [list, setList] = useState<readonly Passkey[] | null>(null);
  const [load, runLoad] = useAction(passkeys.list);
  const [add, runAdd] = useAction(passkeys.register);
  const [remove, runRemove] = useAction(passkeys.remove);
  const [confirming, setConfirming] = useState<Passkey | null>(null);
  const [done, setDone] = useState<"passkey.added" | "passkeys.removed" | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const reload = useCallback(async () => {
    const answer = await runLoad();
    if (answer.ok) setList(answer.result);
  }, [runLoad]);
  useEffect(() => void reload(), [reload]);
  useEffect(() => confirming ? cancel.current?.focus() : undefined, [confirming]);
  const error = add.error ?? remove.error ?? load.error;
  const busy = add.status === "pending" || remove.status === "pending";
  const lang = options.language?.["meta.lang"];
  return (
    <Screen name="passkeys" title={t("passkeys.title")} description={t("passkeys.description")} autoFocus={false}>
      {list === null ? <p role="status" className={cx("loading")}>{load.status === "pending" ? t("passkeys.loading") : ""}</p>
        : list.length === 0 ? <p className={cx("hint")}>{t("passkeys.empty")}</p>
          : (
            <ul className={cx("passkeys")}>
              {list.map((p) => (
                <li key={p.id} className={cx("passkey")}>
                  <span>{p.name || t("passkeys.title")}</span>
                  <span className={cx("hint")}>{t("passkeys.createdAt", { date: passkeyDate(p.createdAt, lang) })}</span>
                  <button type="button" className={cx("link")} disabled={busy} onClick={() => (setDone(null), setConfirming(p))}>
                    {t("passkeys.remove", { name: p.name })}
                  </button>
                </li>
              ))}
            </ul>
          )}
      {confirming && (
        <div role="group" aria-labelledby="crk-passkey-confirm" className={cx("confirm")}>
          <p id="crk-passkey-confirm">{t("passkeys.confirmRemove", { name: confirming.name })}</p>
          <div className={cx("actions")}>
            <button type="button" className={cx("button")} data-variant="danger" disabled={busy}
              onClick={async () => {
                if ((await runRemove(confirming.id)).ok) {
                  setConfirming(null);
                  setDone("passkeys.removed");
                  await reload();
                }
              }}>
              {t("passkeys.confirmYes")}
            </button>
            <button ref={cancel} type="button" className={cx("button")} onClick={() => setConfirming(null)}>{t("passkeys.cancel")}</button>
          </div>
        </div>
      )}
      {passkeysSupported() && (
        <button type="button" className={cx("button")} data-variant="primary" aria-busy={add.status === "pending"} disabled={busy}
          onClick={async () => {
            setDone(null);
            if ((await runAdd()).ok) {
              setDone("passkey.added");
              await reload();
            }
          }}>
          {add.status === "pending" ? t("passkey.waiting") : t("passkey.add")}
        </button>
      )}
      <p role="status" className={cx("status")}>{done ? t(done) : ""}</p>
      <div role="alert" className={cx(error ? "alert" : "alert-empty")}>{error && t(error.messageId)}</div>
    </Screen>
  );
}
