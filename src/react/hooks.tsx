"use client";
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { accountOf, createCognitoAuth, initialState, type Account, type AuthState, type AuthUser, type CognitoAuth, type CognitoAuthConfig } from "../index.js";

const AuthContext = createContext<CognitoAuth | null>(null);

export type CognitoAuthProviderProps =
  | { auth: CognitoAuth; config?: never; children?: ReactNode }
  | { config: CognitoAuthConfig; auth?: never; children?: ReactNode };

/**
 * Makes an auth machine available to the hooks and screens below it: pass one made with
 * `createCognitoAuth`, or its config (the provider then creates it once and disposes of it).
 *
 * @example
 * const auth = createCognitoAuth({ userPoolId, userPoolClientId });
 * <CognitoAuthProvider auth={auth}><App /></CognitoAuthProvider>
 */
export function CognitoAuthProvider(props: CognitoAuthProviderProps) {
  const [owned] = useState(() => (props.auth ? null : createCognitoAuth(props.config)));
  useEffect(() => (owned ? () => owned.destroy() : undefined), [owned]);
  return <AuthContext.Provider value={props.auth ?? owned}>{props.children}</AuthContext.Provider>;
}

/** The auth machine: its commands (signIn, signOut, account.…) are stable across renders. */
export function useAuth(): CognitoAuth {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error(
      "cognito-react-kit: this hook or screen needs a <CognitoAuthProvider> above it. Wrap your app (or the part that " +
        "signs in) in <CognitoAuthProvider auth={createCognitoAuth({ userPoolId, userPoolClientId })}>.",
    );
  }
  return auth;
}

const identity = (state: AuthState) => state;

/**
 * The auth state, or the part of it a selector picks: the component re-renders only when that
 * part changes (compared with Object.is, or `isEqual`). SSR renders the "restoring" step.
 *
 * @example
 * const step = useCognitoAuth((s) => s.step);
 * const error = useCognitoAuth((s) => s.error);
 */
export function useCognitoAuth(): AuthState;
export function useCognitoAuth<T>(selector: (state: AuthState) => T, isEqual?: (a: T, b: T) => boolean): T;
// The implementation is typed over `unknown`: the overloads above carry T to callers, no cast needed.
export function useCognitoAuth(selector: (state: AuthState) => unknown = identity, isEqual: (a: unknown, b: unknown) => boolean = Object.is): unknown {
  const auth = useAuth();
  const [getSelection, getServerSelection] = useMemo(() => {
    let last: { state: AuthState; selection: unknown } | null = null;
    const select = (state: AuthState) => {
      if (last?.state === state) return last.selection;
      const next = selector(state);
      const selection = last && isEqual(last.selection, next) ? last.selection : next;
      last = { state, selection };
      return selection;
    };
    return [() => select(auth.getSnapshot()), () => select(initialState)];
  }, [auth, selector, isEqual]);
  return useSyncExternalStore(auth.subscribe, getSelection, getServerSelection);
}

const selectUser = (state: AuthState): AuthUser | null => (state.step === "signedIn" ? state.user : null);
const selectStep = (state: AuthState) => state.step;

/** The signed-in user (from the ID token), or null. */
export const useAuthUser = () => useCognitoAuth(selectUser);

/** The current step name only: re-renders on step changes, not on status or errors. */
export const useAuthStep = () => useCognitoAuth(selectStep);

/** The signed-in account operations (profile, password, MFA) of the machine in context. */
export const useAccount = (): Account => accountOf(useAuth());
