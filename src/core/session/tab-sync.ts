/**
 * Tells other tabs of the same app client about sign-in and sign-out: BroadcastChannel where
 * there is one, the `storage` event on the LastAuthUser key otherwise.
 */
export type TabMessage = "signedIn" | "signedOut";

export interface TabSync {
  post(message: TabMessage): void;
  close(): void;
}

export function createTabSync(clientId: string, lastAuthUserKey: string, onMessage: (message: TabMessage) => void): TabSync {
  const g = globalThis as typeof globalThis & { addEventListener?: Window["addEventListener"]; removeEventListener?: Window["removeEventListener"] };
  if (typeof BroadcastChannel === "function") {
    const channel = new BroadcastChannel(`cognito-react-kit:${clientId}`);
    channel.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data);
    return { post: (message) => channel.postMessage(message), close: () => channel.close() };
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === lastAuthUserKey) onMessage(event.newValue ? "signedIn" : "signedOut");
  };
  g.addEventListener?.("storage", onStorage);
  return { post() {}, close: () => g.removeEventListener?.("storage", onStorage) };
}
