"use client";
import { useId } from "react";
import { useForm } from "react-hook-form";
import type { MfaMethod } from "../../index.js";
import { findChoice, passwordlessOf } from "../../passwordless/index.js";
import { useAuth } from "../../react/hooks.js";
import { useUI } from "../context.js";
import type { FieldSpec } from "../fields/field-spec.js";
import { Form, LinkButton, Screen, SubmitArea, withDestination } from "../screen.js";
import { BackToSignIn, ConfirmSignUp } from "../screens/codes.js";
import { ResendButton } from "../screens/resend.js";
import { SignUp, type SignUpProps } from "../screens/sign-up.js";
import { useStep } from "../screens/use-step.js";
import { PasswordlessStrings } from "./strings.js";

/**
 * Sign-up with no password, when the app's `choiceSignIn` says so (`passwordlessSignUp`, on when
 * it offers no PASSWORD): an email (and a phone number when codes by SMS are offered; the phone
 * alone when only SMS is), then the confirmation code — after which the user is signed in with the
 * Session Cognito returns. Otherwise the stock `<SignUp>`.
 *
 * @example <CognitoAuthProvider auth={auth}><PasswordlessSignUp /></CognitoAuthProvider>
 */
export function PasswordlessSignUp(props: SignUpProps) {
  const auth = useAuth();
  if (!findChoice(auth)?.options.passwordlessSignUp) return <SignUp {...props} />;
  return <PasswordlessStrings><NoPassword autoFocus={props.autoFocus} /></PasswordlessStrings>;
}

function NoPassword({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("signUp");
  const { t } = useUI();
  if (!state) return null;
  const { methods } = findChoice(auth)!.options;
  const phoneOnly = methods.includes("SMS_OTP") && !methods.includes("EMAIL_OTP");
  const fields: FieldSpec[] = [
    ...(phoneOnly ? [] : [{ name: "email", kind: "email" } as const]),
    ...(methods.includes("SMS_OTP") ? [{ name: "phone_number", kind: "tel", required: phoneOnly } as const] : []),
  ];
  return (
    <Screen name="signUp" title={t("signUp.title")} description={t("passwordlessSignUp.description")} autoFocus={autoFocus}>
      <Form<{ email?: string; phone_number?: string }> name="signUp" fields={fields} defaults={{ email: state.username }}
        submitLabel={t("signUp.submit")} status={state.status} error={state.error}
        onSubmit={({ email = "", phone_number = "" }) =>
          passwordlessOf(auth).signUp({ username: phoneOnly ? phone_number : email, attributes: { email, phone_number } })}
        actions={<LinkButton onClick={() => auth.navigate("signIn")}>{t("signUp.haveAccount")}</LinkButton>} />
    </Screen>
  );
}

/**
 * The sign-up code, as the stock `<ConfirmSignUp>` shows it — but confirming signs the user in at
 * once (USER_AUTH with the Session Cognito returns; no password kept or asked for). The stock
 * screen on a machine without the add-on.
 *
 * @example <CognitoAuthProvider auth={auth}><ConfirmSignUpAndSignIn /></CognitoAuthProvider>
 */
export function ConfirmSignUpAndSignIn({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("confirmSignUp");
  const { t } = useUI();
  if (!findChoice(auth)) return <ConfirmSignUp autoFocus={autoFocus} />;
  if (!state) return null;
  const description = state.delivery ? withDestination(t, "common.codeSentTo", state.delivery.destination) : t("confirmSignUp.description");
  return (
    <Screen name="confirmSignUp" title={t("confirmSignUp.title")} description={description} autoFocus={autoFocus}>
      <Form<{ code: string }> name="confirmSignUp" fields={[{ name: "code", kind: "code" }]} submitLabel={t("confirmSignUp.submit")}
        status={state.status} error={state.error} onSubmit={({ code }) => passwordlessOf(auth).confirmSignUp({ code })}
        actions={<><ResendButton sentKey={state.delivery} onResend={() => void auth.resendSignUpCode()} disabled={state.status === "pending"} /><BackToSignIn /></>} />
    </Screen>
  );
}

/**
 * The `selectMfaSetup` step: the pool requires MFA and offers more than an authenticator app —
 * choose it, or codes by email.
 *
 * @example <CognitoAuthProvider auth={auth}><SelectMfaSetup /></CognitoAuthProvider>
 */
export function SelectMfaSetup({ autoFocus }: { autoFocus?: boolean }) {
  return <PasswordlessStrings><ChooseSetup autoFocus={autoFocus} /></PasswordlessStrings>;
}

function ChooseSetup({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("selectMfaSetup");
  const { t, cx } = useUI();
  const legendId = useId();
  const form = useForm<{ method: MfaMethod }>({ defaultValues: { method: state?.methods[0] ?? "TOTP" } });
  if (!state) return null;
  const submit = form.handleSubmit(({ method }) => passwordlessOf(auth).selectMfaSetup({ method }));
  return (
    <Screen name="selectMfaSetup" title={t("selectMfaSetup.title")} autoFocus={autoFocus}>
      <form className={cx("form")} noValidate aria-busy={state.status === "pending"} onSubmit={submit}>
        <fieldset className={cx("choices")} aria-labelledby={legendId}>
          <legend id={legendId} className={cx("description")}>{t("selectMfaSetup.description")}</legend>
          {state.methods.map((method) => (
            <label key={method} className={cx("choice")}>
              <input type="radio" value={method} {...form.register("method")} /> {t(`mfa.${method}`)}
            </label>
          ))}
        </fieldset>
        <SubmitArea status={state.status} error={state.error} label={t("choice.continue")} />
        <div className={cx("actions")}><BackToSignIn /></div>
      </form>
    </Screen>
  );
}

/**
 * The `setupEmailMfa` step: the address for sign-in codes; Cognito sends a code there, entered
 * on the code screen next.
 *
 * @example <CognitoAuthProvider auth={auth}><SetupEmailMfa /></CognitoAuthProvider>
 */
export function SetupEmailMfa({ autoFocus }: { autoFocus?: boolean }) {
  return <PasswordlessStrings><EmailAddress autoFocus={autoFocus} /></PasswordlessStrings>;
}

function EmailAddress({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("setupEmailMfa");
  const { t } = useUI();
  if (!state) return null;
  return (
    <Screen name="setupEmailMfa" title={t("setupEmailMfa.title")} description={t("setupEmailMfa.description")} autoFocus={autoFocus}>
      <Form<{ email: string }> name="setupEmailMfa" fields={[{ name: "email", kind: "email" }]} submitLabel={t("setupEmailMfa.submit")}
        status={state.status} error={state.error} onSubmit={({ email }) => passwordlessOf(auth).setupEmailMfa({ email })}
        actions={<BackToSignIn />} />
    </Screen>
  );
}
