/**
 * Tells other tabs of the same app client about sign-in, sign-out and refreshed tokens over a
 * BroadcastChannel (in every browser the kit targets; ES2022). In Node the channel does not keep
 * the process alive; where there is none at all, tabs learn on their next load.
 */
import type { Tokens } from "./tokens.js";

/** Tokens travel with the message: another tab's view of localStorage may lag behind it. */
export type TabMessage = { type: "signedIn"; tokens: Tokens } | { type: "signedOut" } | { type: "refreshed"; tokens: Tokens };

export interface TabSync {
  /** Sends to the other tabs; false when there is no way to. */
  post(message: TabMessage): boolean;
  close(): void;
}

export function createTabSync(clientId: string, onMessage: (message: TabMessage) => void): TabSync {
  if (typeof BroadcastChannel !== "function") return { post: () => false, close() {} };
  const channel = new BroadcastChannel(`cognito-react-kit:${clientId}`) as BroadcastChannel & { unref?: () => void };
  channel.unref?.();
  channel.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data);
  return {
    post: (message) => (channel.postMessage(message), true),
    close: () => channel.close(),
  };
}
