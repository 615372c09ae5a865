/**
 * Web Locks as navigator.locks grants them, for Node (which has none): exclusive locks granted in
 * request order, and `query()` listing the held ones — the lock manager every tab of an origin
 * shares, which is consistent across tabs (unlike their views of localStorage).
 */
import type { Locks } from "../../src/core/session/session-keeper";

export function fakeLocks(): Locks {
  const queues = new Map<string, Promise<unknown>>();
  const held = new Set<string>();
  return {
    request: ((name: string, ...args: [(lock: unknown) => unknown] | [{ ifAvailable?: boolean }, (lock: unknown) => unknown]) => {
      const [options, callback] = args.length === 1 ? [{}, args[0]] : args;
      if (options.ifAvailable && held.has(name)) return Promise.resolve(callback(null));
      const granted = async () => {
        held.add(name);
        try {
          return await callback({ name, mode: "exclusive" });
        } finally {
          held.delete(name);
        }
      };
      const run = (queues.get(name) ?? Promise.resolve()).then(granted, granted);
      queues.set(name, run.catch(() => undefined));
      return run;
    }) as unknown as LockManager["request"],
    query: async () => ({ held: [...held].map((name) => ({ name, mode: "exclusive" as const, clientId: "" })), pending: [] }),
  };
}

/**
 * One localStorage as two tabs see it: each tab reads its own view; another tab's writes reach it
 * only when the test delivers them (Chromium syncs localStorage across processes asynchronously),
 * or at once for the keys `immediate` names (a write seen half done).
 */
export function laggingStorage(options: { immediate?: (key: string) => boolean } = {}) {
  const views = [new Map<string, string>(), new Map<string, string>()] as const;
  const pending: [Map<string, string>, string, string | null][] = [];
  const tab = (self: 0 | 1) => ({
    getItem: (key: string) => views[self].get(key) ?? null,
    setItem(key: string, value: string) {
      views[self].set(key, value);
      // Chromium hands another tab's writes over one key at a time: some may arrive first.
      if (options.immediate?.(key)) views[1 - self]!.set(key, value);
      else pending.push([views[1 - self]!, key, value]);
    },
    removeItem(key: string) {
      views[self].delete(key);
      pending.push([views[1 - self]!, key, null]);
    },
  });
  return {
    tabs: [tab(0), tab(1)] as const,
    /** Lets the writes in flight reach the other tab. */
    deliver() {
      for (const [view, key, value] of pending.splice(0)) {
        if (value === null) view.delete(key);
        else view.set(key, value);
      }
    },
  };
}
