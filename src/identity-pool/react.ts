"use client";
/**
 * cognito-react-kit/identity-pool/react — the identity pool's credentials in a component.
 */
import { useSyncExternalStore } from "react";
import type { AwsCredentialsState, IdentityPoolCredentials } from "./credentials.js";

const IDLE: AwsCredentialsState = { status: "idle" };

/**
 * The current AWS credentials of `pool` ("loading", "ready" with `credentials`, "signedOut",
 * "error"); while a component uses it they are fetched, kept fresh before they expire, and
 * dropped on sign-out. On the server it stays "idle".
 *
 * @example
 * const aws = createIdentityPoolCredentials({ auth, identityPoolId });
 * function Upload() {
 *   const state = useAwsCredentials(aws);
 *   return state.status === "ready" ? <p>Identity {state.identityId}</p> : null;
 * }
 */
export function useAwsCredentials(pool: IdentityPoolCredentials): AwsCredentialsState {
  return useSyncExternalStore(pool.subscribe, pool.getSnapshot, () => IDLE);
}
