"use client";
import { useAuth } from "../../react/hooks.js";
import { useUI } from "../context.js";
import type { FieldSpec } from "../fields/field-spec.js";
import { useAttributeFields } from "../fields/use-attribute-fields.js";
import { Form, LinkButton, Screen } from "../screen.js";
import { loginField, type LoginMechanism } from "./sign-in.js";
import { useStep } from "./use-step.js";

export interface SignUpProps {
  /** How users will sign in: with "email" or "phone", that attribute is the username. */
  loginMechanism?: LoginMechanism;
  /** Attributes to ask for, standard or `custom:`; email is required unless overridden. */
  attributes?: readonly string[];
  autoFocus?: boolean;
}

/** Create an account: username (or email/phone), attributes and a password with the live policy checklist. */
export function SignUp({ loginMechanism = "usernameOrEmail", attributes = ["email"], autoFocus }: SignUpProps) {
  const auth = useAuth();
  const state = useStep("signUp");
  const { t } = useUI();
  const usernameAttribute = loginMechanism === "email" ? "email" : loginMechanism === "phone" ? "phone_number" : null;
  const wanted = usernameAttribute && !attributes.includes(usernameAttribute) ? [usernameAttribute, ...attributes] : attributes;
  const attributeFields = useAttributeFields(wanted);
  if (!state || !attributeFields) return null;
  const fields: FieldSpec[] = [
    ...(usernameAttribute ? [] : [loginField("username", t("label.username"))]),
    ...attributeFields.map((field): FieldSpec => ({
      ...field, required: field.name === "email" || field.name === usernameAttribute,
      // The identifier that is the username is saved by password managers as the login.
      ...(field.name === usernameAttribute ? { autoComplete: "username" } : {}),
    })),
    { name: "password", kind: "newPassword" },
  ];
  return (
    <Screen name="signUp" title={t("signUp.title")} autoFocus={autoFocus}>
      <Form<Record<string, string>>
        name="signUp"
        fields={fields}
        defaults={{ username: state.username }}
        submitLabel={t("signUp.submit")}
        status={state.status}
        error={state.error}
        onSubmit={({ username = "", password = "", ...rest }) => {
          const attributeValues = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v.trim()]));
          return auth.signUp({
            username: usernameAttribute ? attributeValues[usernameAttribute] ?? "" : username.trim(),
            password,
            attributes: attributeValues,
          });
        }}
        actions={<LinkButton onClick={() => auth.navigate("signIn")}>{t("signUp.haveAccount")}</LinkButton>}
      />
    </Screen>
  );
}
