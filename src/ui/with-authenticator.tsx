"use client";
import type { ComponentType } from "react";
import type { AuthUser } from "../index.js";
import { Authenticator, type AuthenticatorProps } from "./authenticator.js";
import { AuthenticatorModal, type AuthenticatorModalProps } from "./authenticator-modal.js";

/** What `withAuthenticator` passes to the app, beside the app's own props. */
export interface WithAuthenticatorProps {
  /** The signed-in user (from the ID token). */
  user: AuthUser;
  /** Signs out here and in every tab (see `auth.signOut`). */
  signOut: () => void;
}

export type WithAuthenticatorOptions =
  | (Omit<AuthenticatorProps, "children"> & { variant?: "default" })
  /** The sign-in as a modal dialog over the page (a gate: see `AuthenticatorModal`). */
  | (Omit<AuthenticatorModalProps, "children" | "open" | "onDismiss"> & { variant: "modal" });

/**
 * Wraps an app so it renders only once signed in, with `user` and `signOut` as props (as Amplify's
 * `withAuthenticator` does); until then, `<Authenticator>` with `options` — or, with
 * `variant: "modal"`, the sign-in as a modal dialog.
 *
 * @example
 * function App({ user, signOut, title }: WithAuthenticatorProps & { title: string }) {
 *   return <main><h1>{title}</h1><p>{user.email}</p><button onClick={signOut}>Sign out</button></main>;
 * }
 * export const Protected = withAuthenticator(App, { auth, signUpAttributes: ["email"] });
 * <Protected title="Dashboard" />
 */
export function withAuthenticator<P extends WithAuthenticatorProps>(App: ComponentType<P>, options: WithAuthenticatorOptions = {}) {
  const { variant, ...props } = options;
  const Shell = variant === "modal" ? AuthenticatorModal : Authenticator;
  function WithAuthenticator(appProps: Omit<P, keyof WithAuthenticatorProps>) {
    return (
      <Shell {...props}>
        {/* The one place the app's own props meet ours: P is exactly them plus user and signOut. */}
        {({ user, signOut }) => <App {...(appProps as P)} user={user} signOut={signOut} />}
      </Shell>
    );
  }
  WithAuthenticator.displayName = `withAuthenticator(${App.displayName ?? App.name ?? "App"})`;
  return WithAuthenticator;
}
