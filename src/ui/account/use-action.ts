import { useCallback, useState } from "react";
import { errorOf, type AuthError, type AuthStatus } from "../../index.js";

/** A signed-in operation's own status and error, as the step screens have them. */
export function useAction<A extends unknown[], R>(operation: (...args: A) => Promise<R>) {
  const [state, setState] = useState<{ status: AuthStatus; error: AuthError | null; done: number }>({ status: "idle", error: null, done: 0 });
  const run = useCallback(async (...args: A): Promise<{ ok: true; result: R } | { ok: false }> => {
    setState((s) => ({ ...s, status: "pending", error: null }));
    try {
      const result = await operation(...args);
      setState((s) => ({ status: "idle", error: null, done: s.done + 1 }));
      return { ok: true, result };
    } catch (e) {
      setState((s) => ({ ...s, status: "error", error: errorOf(e) }));
      return { ok: false };
    }
  }, [operation]);
  return [state, run] as const;
}
