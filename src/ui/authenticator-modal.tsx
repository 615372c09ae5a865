"use client";
import { useEffect, useLayoutEffect, useRef } from "react";
import { CognitoAuthProvider, useAuthStep } from "../react/hooks.js";
import { Authenticator, type AuthenticatorProps } from "./authenticator.js";
import { AuthUIProvider, useUI } from "./context.js";

export interface AuthenticatorModalProps extends AuthenticatorProps {
  /** Shows the dialog while signed out (default true); once signed in it closes by itself. */
  open?: boolean;
  /**
   * Makes the dialog dismissible — Escape and a close button call it (set `open` to false there).
   * Without it the dialog is a gate: Escape does nothing, there is no close button, and the page
   * behind stays inert until the user signs in.
   */
  onDismiss?: () => void;
}

/**
 * `<Authenticator>` as a modal dialog over the page (the native `<dialog>`: the rest of the page
 * inert, focus kept inside and given back to where it was when the dialog closes), then the
 * children once signed in. A gate unless `onDismiss` is given.
 *
 * @example
 * // A gate in front of the app:
 * <AuthenticatorModal auth={auth}>{({ user, signOut }) => <App user={user} onSignOut={signOut} />}</AuthenticatorModal>
 * // Sign-in on demand over a public page:
 * <AuthenticatorModal auth={auth} open={open} onDismiss={() => setOpen(false)} />
 */
export function AuthenticatorModal({ auth, ...props }: AuthenticatorModalProps) {
  const inner = (
    <AuthUIProvider {...props}>
      <Modal {...props} />
    </AuthUIProvider>
  );
  return auth ? <CognitoAuthProvider auth={auth}>{inner}</CognitoAuthProvider> : inner;
}

function Modal({ open = true, onDismiss, children, ...props }: Omit<AuthenticatorModalProps, "auth">) {
  const step = useAuthStep();
  const { t, cx, theme } = useUI();
  const dialog = useRef<HTMLDialogElement>(null);
  const shown = open && step !== "signedIn";
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!shown || !element) return;
    const before = document.activeElement;
    element.showModal();
    return () => {
      element.close();
      // React takes the dialog out of the page before this runs, and with it the browser's own
      // return of focus: focus goes back to where it was when the dialog opened.
      if (before instanceof HTMLElement && (!document.activeElement || document.activeElement === document.body)) before.focus();
    };
  }, [shown]);
  useEffect(() => {
    // Named by the screen's heading, whichever screen is showing.
    const heading = dialog.current?.querySelector("h2[id]");
    if (heading) dialog.current!.setAttribute("aria-labelledby", heading.id);
  });
  // Signed in: the children, or nothing (no greeting appears in the page after a sign-in on demand).
  if (step === "signedIn") return children === undefined ? null : <Authenticator {...props}>{children}</Authenticator>;
  if (!shown) return null;
  return (
    <dialog ref={dialog} className={cx("dialog")} data-theme={theme} aria-modal="true"
      onCancel={(event) => {
        // Escape: a gate stays; a dismissible dialog asks the app to close it.
        event.preventDefault();
        onDismiss?.();
      }}
      onClose={() => {
        // Browsers may close a dialog whose Escape was refused before (a second Escape, no click
        // in between): a gate opens again at once.
        if (!onDismiss && dialog.current && !dialog.current.open) dialog.current.showModal();
      }}>
      <Authenticator {...props} />
      {onDismiss && <button type="button" className={cx("close")} aria-label={t("common.close")} onClick={onDismiss} />}
    </dialog>
  );
}
