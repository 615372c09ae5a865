"use client";
import { useState } from "react";
import { findChoice, passwordlessOf, type SignInMethod } from "../../passwordless/index.js";
import { useAuth } from "../../react/hooks.js";
import { useUI } from "../context.js";
import type { FieldSpec } from "../fields/field-spec.js";
import { Form, LinkButton, Screen, withDestination } from "../screen.js";
import { BackToSignIn, ConfirmSignIn } from "../screens/codes.js";
import { ResendButton } from "../screens/resend.js";
import { LOGIN_LABEL, loginField, SignIn, type LoginMechanism } from "../screens/sign-in.js";
import { useStep } from "../screens/use-step.js";
import { signInActions } from "../add-on-screens.js";
import { useSentKey } from "./use-sent-key.js";
import { PasswordlessStrings } from "./strings.js";

const PASSWORD: FieldSpec = { name: "password", kind: "password" };

export interface ChoiceSignInProps {
  loginMechanism?: LoginMechanism;
  hideSignUp?: boolean;
  autoFocus?: boolean;
}

/**
 * Choice-based sign-in, username first: "Continue" goes to the app's preferred method (a code
 * is sent at once) or to the choice among the methods the account has (`<SelectChallenge>`).
 * Other add-ons' ways in (`signInActions`, e.g. "Sign in with a passkey") show under it.
 * On a machine without the `choiceSignIn` add-on it is the stock `<SignIn>`.
 *
 * @example
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, addOns: [choiceSignIn({ methods: ["EMAIL_OTP", "PASSWORD"] })] });
 * <CognitoAuthProvider auth={auth}><ChoiceSignIn loginMechanism="email" /></CognitoAuthProvider>
 */
export function ChoiceSignIn(props: ChoiceSignInProps) {
  const auth = useAuth();
  if (!findChoice(auth)) return <SignIn {...props} />;
  return <PasswordlessStrings><UsernameFirst {...props} /></PasswordlessStrings>;
}

function UsernameFirst({ loginMechanism = "usernameOrEmail", hideSignUp, autoFocus }: ChoiceSignInProps) {
  const auth = useAuth();
  const state = useStep("signIn");
  const { t } = useUI();
  if (!state) return null;
  const { methods } = findChoice(auth)!.options;
  return (
    <Screen name="signIn" title={t("signIn.title")} autoFocus={autoFocus}>
      <Form<{ username: string }> name="signIn" fields={[loginField(loginMechanism, t(LOGIN_LABEL[loginMechanism]))]}
        defaults={{ username: state.username }} submitLabel={t("choice.continue")} status={state.status} error={state.error}
        onSubmit={({ username }) => passwordlessOf(auth).signIn({ username: username.trim() })}
        actions={
          <>
            {/* Other add-ons' ways in, e.g. "Sign in with a passkey" (cognito-react-kit/passkeys/ui), as on the stock screen. */}
            {signInActions.map((Action, i) => <Action key={i} />)}
            {methods.includes("PASSWORD") && <LinkButton onClick={() => auth.navigate("forgotPassword")}>{t("signIn.forgotPassword")}</LinkButton>}
            {!hideSignUp && <LinkButton onClick={() => auth.navigate("signUp")}>{t("signIn.createAccount")}</LinkButton>}
          </>
        } />
    </Screen>
  );
}

/**
 * The `selectChallenge` step: the ways this account can sign in that the app offers (a password
 * field appears when the password is chosen), and a way back to another account.
 *
 * @example <CognitoAuthProvider auth={auth}><SelectChallenge /></CognitoAuthProvider>
 */
export function SelectChallenge({ autoFocus }: { autoFocus?: boolean }) {
  return <PasswordlessStrings><Choose autoFocus={autoFocus} /></PasswordlessStrings>;
}

/** A sentence around a name, the name isolated (it reads in its own direction in right-to-left text). */
function Named({ text, name }: { text: string; name: string }) {
  const [before, after = ""] = text.split("\0");
  return <>{before}<bdi>{name}</bdi>{after}</>;
}

function Choose({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("selectChallenge");
  const { t, cx } = useUI();
  const [picked, setPicked] = useState<SignInMethod | null>(null);
  if (!state) return null;
  const method = picked && state.methods.includes(picked) ? picked : state.methods[0]!;
  const single = state.methods.length === 1;
  return (
    <Screen name="selectChallenge" title={t("choice.title")} description={<Named text={t("choice.signingInAs", { username: "\0" })} name={state.username} />} autoFocus={autoFocus}>
      <Form<{ password?: string }> name="selectChallenge" fields={method === "PASSWORD" ? [PASSWORD] : []}
        submitLabel={single ? t(`method.${method}`) : t("choice.continue")} status={state.status} error={state.error}
        onSubmit={({ password }) => passwordlessOf(auth).selectChallenge({ method, password })}
        actions={
          <>
            {method === "PASSWORD" && <LinkButton onClick={() => auth.navigate("forgotPassword", state.username)}>{t("signIn.forgotPassword")}</LinkButton>}
            <LinkButton onClick={() => auth.navigate("signIn", "")}>{t("choice.otherAccount")}</LinkButton>
          </>
        }>
        {!single && (
          <fieldset className={cx("choices")}>
            <legend className={cx("label")}>{t("choice.title")}</legend>
            {state.methods.map((m) => (
              <label key={m} className={cx("choice")}>
                <input type="radio" name="method" value={m} checked={m === method} onChange={() => setPicked(m)} /> {t(`method.${m}`)}
              </label>
            ))}
          </fieldset>
        )}
      </Form>
    </Screen>
  );
}

/**
 * The code screen of a sign-in: for a first-factor code (by email or SMS, no password before it)
 * with "Send a new code" on a countdown and "Sign in another way"; for an MFA code, the stock
 * `<ConfirmSignIn>`. Paste and auto-submit at 6 digits as on every code field.
 *
 * @example <CognitoAuthProvider auth={auth}><FirstFactorCode /></CognitoAuthProvider>
 */
export function FirstFactorCode({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("confirmSignIn");
  if (!state) return null;
  if (!state.firstFactor || !findChoice(auth)) return <ConfirmSignIn autoFocus={autoFocus} />;
  return <PasswordlessStrings><Code autoFocus={autoFocus} /></PasswordlessStrings>;
}

function Code({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("confirmSignIn");
  const { t } = useUI();
  const sent = useSentKey(state);
  if (!state) return null;
  const commands = passwordlessOf(auth);
  return (
    <Screen name="confirmSignIn" title={t("confirmSignIn.title")} description={withDestination(t, `confirmSignIn.${state.method}`, state.destination ?? "")} autoFocus={autoFocus}>
      <Form<{ code: string }> name="confirmSignIn" fields={[{ name: "code", kind: "code" }]} submitLabel={t("confirmSignIn.submit")}
        status={state.status} error={state.error} onSubmit={({ code }) => auth.confirmSignIn({ code })}
        actions={
          <>
            <ResendButton sentKey={sent} onResend={() => void commands.resendCode()} disabled={state.status === "pending"} />
            {commands.methods.length > 1 && <LinkButton onClick={() => void commands.otherMethod()}>{t("choice.otherMethod")}</LinkButton>}
            <BackToSignIn />
          </>
        } />
    </Screen>
  );
}
