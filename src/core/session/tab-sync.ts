/**
 * Tells other tabs of the same app client about sign-in, sign-out and refreshed tokens:
 * BroadcastChannel where there is one, the `storage` event on the LastAuthUser key otherwise
 * (sign-in and sign-out only). In Node the channel does not keep the process alive.
 */
import type { Tokens } from "./tokens.js";

/** Tokens travel with the message: another tab's view of localStorage may lag behind it. */
export type TabMessage = { type: "signedIn"; tokens?: Tokens } | { type: "signedOut" } | { type: "refreshed"; tokens: Tokens };

export interface TabSync {
  /** Sends to the other tabs; false when there is no way to (then only sign-in/out reach them, through storage). */
  post(message: TabMessage): boolean;
  close(): void;
}

export function createTabSync(clientId: string, lastAuthUserKey: string, onMessage: (message: TabMessage) => void): TabSync {
  const g = globalThis as typeof globalThis & { addEventListener?: Window["addEventListener"]; removeEventListener?: Window["removeEventListener"] };
  if (typeof BroadcastChannel === "function") {
    const channel = new BroadcastChannel(`cognito-react-kit:${clientId}`) as BroadcastChannel & { unref?: () => void };
    channel.unref?.();
    channel.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data);
    return {
      post: (message) => (channel.postMessage(message), true),
      close: () => channel.close(),
    };
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === lastAuthUserKey) onMessage({ type: event.newValue ? "signedIn" : "signedOut" });
  };
  g.addEventListener?.("storage", onStorage);
  return { post: () => false, close: () => g.removeEventListener?.("storage", onStorage) };
}
