"use client";
import { useEffect, useMemo, useState } from "react";
import { passkeysOf } from "../../passkeys/manage.js";
import { passkeysSupported } from "../../passkeys/ceremony.js";
import { signedInWithPasskey } from "../../passkeys/sign-in.js";
import { useAuth, useAuthUser } from "../../react/hooks.js";
import { useAction } from "../account/use-action.js";
import { AuthUIProvider } from "../context.js";
import { Screen } from "../screen.js";
import { usePasskeyUI } from "./passkey-strings.js";

const dismissedKey = (userId: string) => `crk.passkeyPrompt.${userId}`;

function dismissed(userId: string): boolean {
  try {
    return globalThis.localStorage?.getItem(dismissedKey(userId)) === "1";
  } catch {
    return false;
  }
}

/**
 * After a sign-in without a passkey (a password or a one-time code): "Sign in faster next time —
 * add a passkey to this device", with "Add a passkey" and "Not now" (remembered on this device for
 * this user). Appears only where the browser has passkeys and the user has none yet (one
 * ListWebAuthnCredentials when it mounts); renders nothing otherwise. `onDone` after either choice.
 *
 * @example
 * <Authenticator auth={auth}>{({ user }) => <><PasskeyPrompt /><App user={user} /></>}</Authenticator>
 */
export function PasskeyPrompt({ onDone }: { onDone?: () => void }) {
  const ui = usePasskeyUI();
  const user = useAuthUser();
  if (!ui.ready || !user || !passkeysSupported() || signedInWithPasskey() || dismissed(user.userId)) return null;
  return (
    <AuthUIProvider {...ui.options} language={ui.language}>
      <Prompt userId={user.userId} onDone={onDone} />
    </AuthUIProvider>
  );
}

function Prompt({ userId, onDone }: { userId: string; onDone?: () => void }) {
  const auth = useAuth();
  const { t, cx } = usePasskeyUI();
  const passkeys = useMemo(() => passkeysOf(auth), [auth]);
  const [state, setState] = useState<"checking" | "offer" | "added" | "closed">("checking");
  const [add, runAdd] = useAction(passkeys.register);
  useEffect(() => {
    let live = true;
    passkeys.list().then((list) => live && setState(list.length ? "closed" : "offer"), () => live && setState("closed"));
    return () => void (live = false);
  }, [passkeys]);
  if (state === "checking" || state === "closed") return null;
  const close = () => {
    try {
      globalThis.localStorage?.setItem(dismissedKey(userId), "1");
    } catch {
      // storage unavailable: the prompt may come back next time
    }
    setState("closed");
    onDone?.();
  };
  return (
    <Screen name="passkeyPrompt" title={t("passkey.promptTitle")} description={t("passkey.promptDescription")}>
      <p role="status" className={cx("status")}>{state === "added" ? t("passkey.added") : ""}</p>
      <div role="alert" className={cx(add.error ? "alert" : "alert-empty")}>{add.error && t(add.error.messageId)}</div>
      <div className={cx("actions")}>
        {state === "offer" && (
          <button type="button" className={cx("button")} data-variant="primary" aria-busy={add.status === "pending"} disabled={add.status === "pending"}
            onClick={async () => {
              if ((await runAdd()).ok) {
                setState("added");
                onDone?.();
              }
            }}>
            {add.status === "pending" ? t("passkey.waiting") : t("passkey.add")}
          </button>
        )}
        {state === "offer" && <button type="button" className={cx("link")} onClick={close}>{t("passkey.notNow")}</button>}
      </div>
    </Screen>
  );
}
