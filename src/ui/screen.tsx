"use client";
import { useEffect, useId, useMemo, useRef, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import type { AuthError, AuthStatus } from "../index.js";
import { useUI, type ScreenName } from "./context.js";
import type { MessageId } from "./i18n/en.js";
import type { Translate } from "./i18n/translate.js";
import { Field } from "./fields/field.js";
import { resolveFields, schemaFor, type FieldSpec } from "./fields/field-spec.js";
import { useCountdown } from "./fields/use-countdown.js";
import { normalizeIdentifiers } from "./fields/normalize.js";
import { zodResolver } from "./fields/zod-resolver.js";

export interface ScreenProps {
  name: ScreenName;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /**
   * Move focus to the heading when the screen appears. By default the screen a page opens on
   * leaves focus where it is, and every later screen takes it (so screen readers follow the steps).
   */
  autoFocus?: boolean;
}

/** The screen shown last on this page (a remount of the same screen is no move). */
let lastShown: ScreenName | undefined;

/**
 * A screen: heading (focused when it appears), description, content, and the app's slots for
 * `name`, in the kit's card and theme.
 *
 * @example <Screen name="signIn" title="Welcome back"><Form … /></Screen>
 */
export function Screen({ name, title, description, children, autoFocus }: ScreenProps) {
  const { cx, slots, theme, dir } = useUI();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const moved = autoFocus ?? (lastShown !== undefined && lastShown !== name);
    if (autoFocus !== false) lastShown = name;
    // A screen that arrives with an error has already sent focus to it (its alert): keep it there.
    if (moved && !heading.current?.parentElement?.contains(document.activeElement)) heading.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoFocus]);
  return (
    <section className={cx("root", "screen")} aria-labelledby={headingId} data-screen={name} data-theme={theme} dir={dir}>
      {slots?.[name]?.header}
      <h2 id={headingId} ref={heading} tabIndex={-1} className={cx("heading")}>{title}</h2>
      {description && <p className={cx("description")}>{description}</p>}
      {children}
      {slots?.[name]?.footer}
    </section>
  );
}

export interface FormProps<V extends Record<string, string>> {
  name: ScreenName;
  fields: readonly FieldSpec[];
  defaults?: Partial<V>;
  submitLabel: string;
  onSubmit: (values: V) => unknown;
  status: AuthStatus;
  error: AuthError | null;
  /** Links and secondary buttons under the form. */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * A form of the given fields (after the app's overrides for screen `name`), validated by one zod
 * schema built from the fields' kinds, with the server error in an alert region that takes focus,
 * and a submit button that shows progress and waits out throttling. `onSubmit` receives only
 * validated values; secrets are cleared after an error.
 *
 * @example
 * // A sign-in screen of your own layout, from the kit's parts:
 * const state = useCognitoAuth();
 * if (state.step !== "signIn") return null;
 * <Screen name="signIn" title="Welcome back">
 *   <Form<{ username: string; password: string }> name="signIn" submitLabel="Continue"
 *     fields={[{ name: "username", kind: "email", label: "Work email" }, { name: "password", kind: "password" }]}
 *     status={state.status} error={state.error} onSubmit={(values) => auth.signIn(values)} />
 * </Screen>
 */
export function Form<V extends Record<string, string>>({ name, fields, defaults, submitLabel, onSubmit, status, error, actions, children }: FormProps<V>) {
  const ui = useUI();
  const { cx } = ui;
  const resolved = useMemo(
    () => resolveFields(ui.options.formOptions?.reduce((all, option) => option(all, ui, name), fields) ?? fields, ui.fields?.[name]),
    [fields, ui, name],
  );
  // The schema is built at the first submit, not on the first render (start-up time).
  const resolver = useMemo(
    () => zodResolver(() => schemaFor(resolved, ui), ui.options.normalizeUsername === false ? undefined : (values) => normalizeIdentifiers(values, resolved)),
    [resolved, ui],
  );
  const form = useForm<Record<string, string>>({
    resolver,
    defaultValues: Object.fromEntries(resolved.map((f) => [f.name, (defaults as Record<string, string> | undefined)?.[f.name] ?? ""])),
  });
  // The one place the runtime field list meets the caller's type: the values object has exactly
  // the names of `fields` (validated above), which are the names V declares.
  const submit = form.handleSubmit((values) => {
    for (const spec of resolved) if (spec.omit) delete values[spec.name];
    return onSubmit(values as V);
  });
  useEffect(() => {
    // Keep what was typed, except secrets.
    if (error) for (const spec of resolved) if (spec.kind === "password" || spec.kind === "newPassword") form.setValue(spec.name, "");
  }, [error, resolved, form]);
  return (
    <form className={cx("form")} noValidate onSubmit={submit} aria-busy={status === "pending"}>
      {children}
      {resolved.map(({ input: Input = Field, ...spec }) => (
        <Input key={spec.name} spec={spec} control={form.control} register={form.register} setValue={form.setValue}
          onCodeComplete={resolved.length === 1 ? () => void submit() : undefined} />
      ))}
      <SubmitArea status={status} error={error} label={submitLabel} screen={name} />
      {actions && <div className={cx("actions")}>{actions}</div>}
    </form>
  );
}

/**
 * The end of every form: the server error in an alert region that takes focus, and a submit
 * button that shows progress and waits out throttling with a countdown. For forms of your own
 * (e.g. with react-hook-form and the kit's `Field`). Give `screen` for the error in the words
 * that fit it (an unknown user on a reset form is not an "incorrect password").
 *
 * @example <SubmitArea status={state.status} error={state.error} label="Continue" screen="forgotPassword" />
 */
export function SubmitArea({ status, error, label, screen }: { status: AuthStatus; error: AuthError | null; label: string; screen?: ScreenName }) {
  const { t, cx } = useUI();
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) alert.current?.focus();
  }, [error]);
  const wait = useCountdown(error?.retryAfterMs ? Date.now() + error.retryAfterMs : null);
  const pending = status === "pending";
  return (
    <>
      <div ref={alert} role="alert" tabIndex={-1} className={cx(error ? "alert" : "alert-empty")}>
        {/* A reset form has no password: an unknown user there is not an "incorrect password" (nor said more plainly than that). */}
        {error && t(error.messageId == "error.NotAuthorized" && (screen == "forgotPassword" || screen == "confirmForgotPassword") ? "error.forgotPassword.NotAuthorized" : error.messageId)}
      </div>
      {/* The wait counts down on the button, not in the alert (read once, not every second). */}
      <button type="submit" className={cx("button")} data-variant="primary" disabled={pending || wait > 0}>
        {pending ? t("common.pending") : wait > 0 ? t("common.retryIn", { seconds: wait }) : label}
      </button>
    </>
  );
}

/**
 * A message with a masked destination (`+*******0101`, `a***@e***.com`) kept left to right inside
 * right-to-left text, isolated in `<bdi>`.
 *
 * @example <p>{withDestination(t, "common.codeSentTo", "+*******0101")}</p>
 */
export function withDestination(t: Translate, id: MessageId, destination: string): ReactNode {
  const [before, after] = t(id, { destination: "\0" }).split("\0");
  return after === undefined ? before : <>{before}<bdi dir="ltr">{destination}</bdi>{after}</>;
}

/** A button that looks like a link, for moving between screens. */
export function LinkButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  const { cx } = useUI();
  return <button type="button" className={cx("link")} onClick={onClick}>{children}</button>;
}
