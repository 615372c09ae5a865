import { useRef } from "react";
import type { StateOf } from "../../index.js";

/**
 * Changes with every code sent, not with every status change: a code screen arrives idle with no
 * error exactly when a (new) code went out, so that state is the key; `ResendButton` restarts its
 * countdown when it changes, not after a wrong code.
 */
export function useSentKey(state: StateOf<"confirmSignIn"> | null): object | null {
  const key = useRef<object | null>(null);
  if (state && state.status === "idle" && !state.error && key.current !== state) key.current = state;
  return key.current;
}
