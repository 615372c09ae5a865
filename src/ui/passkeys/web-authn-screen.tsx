"use client";
import { passkeySignInOf } from "../../passkeys/sign-in.js";
import { useAuth } from "../../react/hooks.js";
import { AuthUIProvider } from "../context.js";
import { LinkButton, Screen, SubmitArea } from "../screen.js";
import { useStep } from "../screens/use-step.js";
import { usePasskeyUI } from "./passkey-strings.js";

/**
 * The `webAuthn` step: Cognito asked for a passkey. "Use passkey" runs the browser's passkey
 * prompt (again, after a cancel or a refusal), "Sign in another way" goes back to sign-in with the
 * username kept. Errors (cancelled, unsupported, wrong site, unknown passkey) show in its alert.
 * `<Authenticator>` shows it by itself once "cognito-react-kit/passkeys/ui" is imported.
 *
 * @example <CognitoAuthProvider auth={auth}><WebAuthnScreen /></CognitoAuthProvider>
 */
export function WebAuthnScreen({ autoFocus }: { autoFocus?: boolean }) {
  const ui = usePasskeyUI();
  if (!ui.ready) return null;
  return (
    <AuthUIProvider {...ui.options} language={ui.language}>
      <Ceremony autoFocus={autoFocus} />
    </AuthUIProvider>
  );
}

function Ceremony({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const { t, cx } = usePasskeyUI();
  const state = useStep("webAuthn");
  if (!state) return null;
  const pending = state.status === "pending";
  return (
    <Screen name="webAuthn" title={t("passkey.title")} description={t("passkey.description", { username: state.username })} autoFocus={autoFocus}>
      <form className={cx("form")} noValidate aria-busy={pending}
        onSubmit={(event) => {
          event.preventDefault();
          void passkeySignInOf(auth).retry();
        }}>
        <p role="status" className={cx("status")}>{pending ? t("passkey.waiting") : ""}</p>
        <SubmitArea status={state.status} error={state.error} label={t(state.error ? "passkey.tryAgain" : "passkey.use")} />
        <div className={cx("actions")}>
          <LinkButton onClick={() => auth.navigate("signIn", state.username)}>{t("passkey.otherWay")}</LinkButton>
        </div>
      </form>
    </Screen>
  );
}
