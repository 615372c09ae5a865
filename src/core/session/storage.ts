/**
 * Token storage. Keys match amazon-cognito-identity-js (and so Amplify v5 and earlier):
 * CognitoIdentityServiceProvider.<clientId>.<username>.idToken|accessToken|refreshToken|clockDrift
 * and .LastAuthUser — apps migrating keep their users signed in.
 */
import type { Tokens } from "./tokens.js";

/** Any Web Storage-like store; async adapters (e.g. cookies through a backend) may return promises. */
export interface StorageAdapter {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

export type StorageOption = "memory" | "sessionStorage" | "localStorage" | StorageAdapter;

/** A Map behind the StorageAdapter interface: tokens last as long as the page. */
export function memoryStorage(): StorageAdapter {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** Resolves the `storage` option; web storage falls back to memory where there is none (SSR). */
export function resolveStorage(option: StorageOption = "localStorage"): StorageAdapter {
  if (typeof option === "object") return option;
  if (option !== "memory") {
    try {
      const web = globalThis[option];
      if (web) return web;
    } catch {
      // Access denied (e.g. blocked third-party storage): memory is the safe fallback.
    }
  }
  return memoryStorage();
}

/** amazon-cognito-identity-js's four, and where to end a hosted-UI session (the kit's own). */
const FIELDS = ["idToken", "accessToken", "refreshToken", "clockDrift", "endSession"] as const;

/** A storage key of this app client: `CognitoIdentityServiceProvider.<clientId>.<rest>`. */
const keyOf = (clientId: string) => (rest: string) => `CognitoIdentityServiceProvider.${clientId}.${rest}`;

export async function loadTokens(storage: StorageAdapter, clientId: string): Promise<{ username: string; tokens: Tokens } | null> {
  const key = keyOf(clientId);
  const username = await storage.getItem(key("LastAuthUser"));
  if (!username) return null;
  const [idToken, accessToken, refreshToken, drift, endSession] = await Promise.all(FIELDS.map((f) => storage.getItem(key(`${username}.${f}`))));
  if (!idToken || !accessToken) return null;
  return {
    username,
    tokens: { idToken, accessToken, clockDrift: Number(drift) || 0, ...(refreshToken && { refreshToken }), ...(endSession && { endSession }) },
  };
}

export async function saveTokens(storage: StorageAdapter, clientId: string, username: string, tokens: Tokens): Promise<void> {
  const key = keyOf(clientId);
  // Fields a session does not have (no refresh token, not from the hosted UI) are not written.
  await Promise.all(FIELDS.map((f) => tokens[f] !== undefined && storage.setItem(key(`${username}.${f}`), String(tokens[f]))));
  await storage.setItem(key("LastAuthUser"), username);
}

export async function clearTokens(storage: StorageAdapter, clientId: string): Promise<void> {
  const key = keyOf(clientId);
  const username = await storage.getItem(key("LastAuthUser"));
  if (username) await Promise.all(FIELDS.map((f) => storage.removeItem(key(`${username}.${f}`))));
  await storage.removeItem(key("LastAuthUser"));
}
