import type { AuthState, StepName } from "../../index.js";
import { useCognitoAuth } from "../../react/hooks.js";

/** The machine's state when it is at `step`, else null; re-renders only for that step. */
export function useStep<S extends StepName>(step: S): Extract<AuthState, { step: S }> | null {
  return useCognitoAuth((state) => (state.step === step ? (state as Extract<AuthState, { step: S }>) : null));
}
