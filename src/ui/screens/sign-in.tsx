"use client";
import { useAuth } from "../../react/hooks.js";
import { useUI } from "../context.js";
import type { MessageId } from "../i18n/en.js";
import type { FieldKind, FieldSpec } from "../fields/field-spec.js";
import { Form, LinkButton, Screen } from "../screen.js";
import { useStep } from "./use-step.js";
import { signInActions } from "../add-on-screens.js";

/** What users sign in with; it sets the first field's label, keyboard and autocomplete. */
export type LoginMechanism = "username" | "email" | "phone" | "usernameOrEmail";

const LOGIN_KIND: Record<LoginMechanism, FieldKind> = { username: "username", email: "email", phone: "tel", usernameOrEmail: "username" };
/** The label of the login field, by mechanism. */
export const LOGIN_LABEL: Record<LoginMechanism, MessageId> = {
  username: "label.username", email: "label.email", phone: "label.phone_number", usernameOrEmail: "label.usernameOrEmail",
};

/** The field users sign in with (also the forgot-password screen's): label, kind and autocomplete by mechanism. */
export function loginField(mechanism: LoginMechanism, label: string): FieldSpec {
  return { name: "username", kind: LOGIN_KIND[mechanism], label, ...(mechanism !== "username" && mechanism !== "usernameOrEmail" ? { autoComplete: "username" } : {}) };
}

export interface SignInProps {
  loginMechanism?: LoginMechanism;
  hideSignUp?: boolean;
  autoFocus?: boolean;
}

/**
 * Sign in with username (or email/phone) and password — SRP by default, so the password never
 * leaves the page. Links to password reset and sign-up.
 *
 * @example <SignIn loginMechanism="email" />
 */
export function SignIn({ loginMechanism = "usernameOrEmail", hideSignUp, autoFocus }: SignInProps) {
  const auth = useAuth();
  const state = useStep("signIn");
  const { t } = useUI();
  if (!state) return null;
  const fields: FieldSpec[] = [loginField(loginMechanism, t(LOGIN_LABEL[loginMechanism])), { name: "password", kind: "password" }];
  return (
    <Screen name="signIn" title={t("signIn.title")} autoFocus={autoFocus}>
      <Form<{ username: string; password: string }>
        name="signIn"
        fields={fields}
        defaults={{ username: state.username }}
        submitLabel={t("signIn.submit")}
        status={state.status}
        error={state.error}
        onSubmit={({ username, password }) => auth.signIn({ username: username.trim(), password })}
        actions={
          <>
            {signInActions.map((Action, i) => <Action key={i} />)}
            {/* Signed out here, but "sign out everywhere" did not get through: offer it again. */}
            {state.error?.code === "GlobalSignOutFailed" && (
              <LinkButton onClick={() => void auth.signOut({ global: true })}>{t("signIn.retryGlobalSignOut")}</LinkButton>
            )}
            <LinkButton onClick={() => auth.navigate("forgotPassword")}>{t("signIn.forgotPassword")}</LinkButton>
            {!hideSignUp && <LinkButton onClick={() => auth.navigate("signUp")}>{t("signIn.createAccount")}</LinkButton>}
          </>
        }
      />
    </Screen>
  );
}
