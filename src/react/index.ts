"use client";
/**
 * cognito-react-kit/react — the provider and hooks over the headless core. No UI: works with
 * no component of ./ui mounted.
 */
export { CognitoAuthProvider, useAuth, useCognitoAuth, useAuthUser, useAuthStep, useAccount } from "./hooks.js";
export type { CognitoAuthProviderProps } from "./hooks.js";
