"use client";
import { useState, type MouseEvent } from "react";
import { passkeySignInOf } from "../../passkeys/sign-in.js";
import { passkeysSupported } from "../../passkeys/ceremony.js";
import { useAuth } from "../../react/hooks.js";
import { useStep } from "../screens/use-step.js";
import { normalizeIdentifiers } from "../fields/normalize.js";
import { usePasskeyUI } from "./passkey-strings.js";

/**
 * "Sign in with a passkey" on the sign-in form: signs in with the username typed above it, with
 * no password (USER_AUTH preferring WEB_AUTHN, then the browser's passkey prompt). Shown only
 * where the browser has passkeys. `<SignIn>` shows it by itself once
 * "cognito-react-kit/passkeys/ui" is imported; place it yourself in a sign-in form of your own.
 *
 * @example <form>…<input name="username" autoComplete="username webauthn" />…<PasskeyButton /></form>
 */
export function PasskeyButton() {
  const auth = useAuth();
  const state = useStep("signIn");
  const { t, cx, ready, options } = usePasskeyUI();
  const [missing, setMissing] = useState(false);
  if (!ready || !state || !passkeysSupported()) return null;
  const start = (event: MouseEvent<HTMLButtonElement>) => {
    // The username as typed in the form this button sits in (no password needed).
    const field = event.currentTarget.form?.elements.namedItem("username");
    const typed = field instanceof HTMLInputElement ? field.value.trim() : state.username;
    // As the sign-in form sends it (an email lowercased, a phone number's spacing removed), unless the app turned that off.
    const kind = field instanceof HTMLInputElement && field.type === "tel" ? "tel" : "username";
    const username = options.normalizeUsername === false ? typed : normalizeIdentifiers({ username: typed }, [{ name: "username", kind }]).username!;
    setMissing(!username);
    if (!username) return field instanceof HTMLInputElement ? field.focus() : undefined;
    void passkeySignInOf(auth).signIn({ username });
  };
  return (
    <>
      <button type="button" className={cx("button")} data-variant="secondary" data-passkey="" disabled={state.status === "pending"} onClick={start}>
        {t("passkey.signIn")}
      </button>
      <span role="status" className={cx(missing ? "hint" : "alert-empty")}>{missing ? t("passkey.needUsername") : ""}</span>
    </>
  );
}
