"use client";
import { useAuth } from "../../react/hooks.js";
import { confirmSignInFields } from "../add-on-screens.js";
import { useUI } from "../context.js";
import type { FieldSpec } from "../fields/field-spec.js";
import { useAttributeFields } from "../fields/use-attribute-fields.js";
import { Form, LinkButton, Screen, withDestination } from "../screen.js";
import { ResendButton } from "./resend.js";
import { LOGIN_LABEL, loginField, type LoginMechanism } from "./sign-in.js";
import { useStep } from "./use-step.js";

const CODE: FieldSpec = { name: "code", kind: "code" };
type Code = { code: string };

function BackToSignIn() {
  const auth = useAuth();
  const { t } = useUI();
  return <LinkButton onClick={() => auth.navigate("signIn")}>{t("common.backToSignIn")}</LinkButton>;
}

/** The code sent after sign-up (or on request), with resend and its countdown. */
export function ConfirmSignUp({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("confirmSignUp");
  const { t } = useUI();
  if (!state) return null;
  const description = state.delivery ? withDestination(t, "common.codeSentTo", state.delivery.destination) : t("confirmSignUp.description");
  return (
    <Screen name="confirmSignUp" title={t("confirmSignUp.title")} description={description} autoFocus={autoFocus}>
      <Form<Code> name="confirmSignUp" fields={[CODE]} submitLabel={t("confirmSignUp.submit")} status={state.status} error={state.error}
        onSubmit={({ code }) => auth.confirmSignUp({ code })}
        actions={<><ResendButton sentKey={state.delivery} onResend={() => void auth.resendSignUpCode()} disabled={state.status === "pending"} /><BackToSignIn /></>} />
    </Screen>
  );
}

/** The MFA code of a sign-in: by SMS, email or authenticator app. */
export function ConfirmSignIn({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("confirmSignIn");
  const { t } = useUI();
  if (!state) return null;
  return (
    <Screen name="confirmSignIn" title={t("confirmSignIn.title")} description={withDestination(t, `confirmSignIn.${state.method}`, state.destination ?? "")} autoFocus={autoFocus}>
      <Form<Code> name="confirmSignIn" fields={[CODE, ...confirmSignInFields]} submitLabel={t("confirmSignIn.submit")} status={state.status} error={state.error}
        onSubmit={({ code }) => auth.confirmSignIn({ code })} actions={<BackToSignIn />} />
    </Screen>
  );
}

/**
 * Ask for a password-reset code, with the field users sign in with (`loginMechanism`, as on
 * `<SignIn/>`; the Authenticator passes its own).
 *
 * @example <ForgotPassword loginMechanism="email" />
 */
export function ForgotPassword({ autoFocus, loginMechanism = "usernameOrEmail" }: { autoFocus?: boolean; loginMechanism?: LoginMechanism }) {
  const auth = useAuth();
  const state = useStep("forgotPassword");
  const { t } = useUI();
  if (!state) return null;
  return (
    <Screen name="forgotPassword" title={t("forgotPassword.title")} description={t("forgotPassword.description")} autoFocus={autoFocus}>
      <Form<{ username: string }> name="forgotPassword" fields={[loginField(loginMechanism, t(LOGIN_LABEL[loginMechanism]))]}
        defaults={{ username: state.username }} submitLabel={t("forgotPassword.submit")} status={state.status} error={state.error}
        onSubmit={({ username }) => auth.forgotPassword({ username: username.trim() })} actions={<BackToSignIn />} />
    </Screen>
  );
}

/** The reset code and a new password (live policy checklist), with resend. */
export function ConfirmForgotPassword({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("confirmForgotPassword");
  const { t } = useUI();
  if (!state) return null;
  return (
    <Screen name="confirmForgotPassword" title={t("confirmForgotPassword.title")} autoFocus={autoFocus}
      description={state.delivery && withDestination(t, "common.codeSentTo", state.delivery.destination)}>
      <Form<Code & { password: string }> name="confirmForgotPassword" fields={[CODE, { name: "password", kind: "newPassword", label: t("label.newPassword") }]}
        submitLabel={t("confirmForgotPassword.submit")} status={state.status} error={state.error}
        onSubmit={({ code, password }) => auth.confirmForgotPassword({ code, password })}
        actions={<><ResendButton sentKey={state.delivery} onResend={() => void auth.resendForgotPasswordCode()} disabled={state.status === "pending"} /><BackToSignIn /></>} />
    </Screen>
  );
}

/** Invited users: a new password, and any attributes the pool requires. */
export function NewPassword({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("newPasswordRequired");
  const { t } = useUI();
  const attributes = useAttributeFields(state?.requiredAttributes ?? []);
  if (!state || !attributes) return null;
  const fields: FieldSpec[] = [{ name: "password", kind: "newPassword", label: t("label.newPassword") }, ...attributes];
  return (
    <Screen name="newPassword" title={t("newPassword.title")} description={t("newPassword.description")} autoFocus={autoFocus}>
      <Form<Record<string, string>> name="newPassword" fields={fields} defaults={state.userAttributes} submitLabel={t("newPassword.submit")}
        status={state.status} error={state.error} actions={<BackToSignIn />}
        onSubmit={({ password = "", ...attributes }) => auth.completeNewPassword({ password, attributes })} />
    </Screen>
  );
}

export { BackToSignIn };
