"use client";
import { useMemo, type FormEvent } from "react";
import { verifyContactOf, verifyContactStep as verifyContactState, type AuthUser, type ContactAttribute, type StateOf } from "../../index.js";
import { useAuth } from "../../react/hooks.js";
import { addOnScreens } from "../add-on-screens.js";
import { AuthUIProvider, useUI } from "../context.js";
import { enAccount } from "../i18n/en-account.js";
import { useLanguagePart } from "../i18n/language-parts.js";
import { Form, LinkButton, Screen, SubmitArea } from "../screen.js";
import { ResendButton } from "./resend.js";
import { useStep } from "./use-step.js";

/** The address or number itself, from the ID token (the person's own, shown in full). */
const valueOf = (state: StateOf<"verifyContact">, attribute: ContactAttribute) => String(state.user.claims[attribute] ?? "");

/**
 * After sign-in, for a user with no verified email or phone (the machine's `verifyContact` step,
 * on with `verifyContact: verifyContactStep`): choose the email or phone, get a code, enter it —
 * or skip. `<Authenticator>` shows it by itself; use it directly in a layout of your own.
 *
 * @example
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, verifyContact: verifyContactStep });
 * <CognitoAuthProvider auth={auth}><VerifyContact /></CognitoAuthProvider>
 */
export function VerifyContact({ autoFocus }: { autoFocus?: boolean }) {
  const { options } = useUI();
  // Its strings travel with the account screens' (loaded with them when the language was picked).
  const part = useLanguagePart(options.language, "account");
  const language = useMemo(() => part && { ...enAccount, ...part, ...options.language }, [part, options.language]);
  if (!language) return null;
  return (
    <AuthUIProvider {...options} language={language}>
      <VerifyContactScreen autoFocus={autoFocus} />
    </AuthUIProvider>
  );
}

function VerifyContactScreen({ autoFocus }: { autoFocus?: boolean }) {
  const auth = useAuth();
  const state = useStep("verifyContact");
  const { t, cx } = useUI();
  if (!state) return null;
  const step = verifyContactOf(auth);
  const skip = <LinkButton onClick={() => void step.skip()}>{t("verifyContact.skip")}</LinkButton>;
  const label = (attribute: ContactAttribute) => (
    <>
      {t(`label.${attribute}`)} <bdi>{valueOf(state, attribute)}</bdi>
    </>
  );

  if (!state.attribute) {
    const send = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void step.sendCode({ attribute: new FormData(event.currentTarget).get("attribute") as ContactAttribute });
    };
    return (
      <Screen name="verifyContact" title={t("verifyContact.title")} description={t("verifyContact.description")} autoFocus={autoFocus}>
        <form className={cx("form")} noValidate aria-busy={state.status === "pending"} onSubmit={send}>
          <fieldset className={cx("choices")}>
            <legend className={cx("label")}>{t("verifyContact.choose")}</legend>
            {state.unverified.map((attribute, i) => (
              <label key={attribute} className={cx("choice")}>
                <input type="radio" name="attribute" value={attribute} defaultChecked={i === 0} /> <span>{label(attribute)}</span>
              </label>
            ))}
          </fieldset>
          <SubmitArea status={state.status} error={state.error} label={t("verifyContact.send")} />
          <div className={cx("actions")}>{skip}</div>
        </form>
      </Screen>
    );
  }

  // Isolated (U+2068…U+2069, as <bdi> does) so "+*******0101" reads right in Arabic or Hebrew.
  const destination = `\u2068${state.delivery?.destination ?? valueOf(state, state.attribute)}\u2069`;
  return (
    <Screen name="verifyContact" title={t("verifyContact.title")} description={t("common.codeSentTo", { destination })} autoFocus={autoFocus}>
      <Form<{ code: string }> name="verifyContact" fields={[{ name: "code", kind: "code" }]} submitLabel={t("verifyContact.submit")}
        status={state.status} error={state.error} onSubmit={({ code }) => step.confirm({ code })}
        actions={
          <>
            <ResendButton sentKey={state.delivery} onResend={() => void step.sendCode()} disabled={state.status === "pending"} />
            {state.unverified.length > 1 && <LinkButton onClick={() => void step.back()}>{t("verifyContact.change")}</LinkButton>}
            {skip}
          </>
        } />
    </Screen>
  );
}

addOnScreens.verifyContact = VerifyContact;

/**
 * The verify-contact step for `createCognitoAuth` (as "cognito-react-kit" exports it), with its
 * screen: `<Authenticator>` shows `<VerifyContact>` at that step once this is imported.
 *
 * @example
 * import { Authenticator, verifyContactStep } from "cognito-react-kit/ui";
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId, verifyContact: verifyContactStep });
 * <Authenticator auth={auth} />
 */
export const verifyContactStep = (user: AuthUser): StateOf<"verifyContact"> | null => verifyContactState(user);
