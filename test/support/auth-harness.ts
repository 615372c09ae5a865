/**
 * Drives the real core against the live local Cognito. The only wrapper is a counter around the
 * real fetch transport, so tests can assert how many requests a path makes.
 */
import { createCognitoAuth, fetchTransport, memoryStorage, type AuthState, type CognitoAuthConfig, type StorageAdapter } from "../../src/index";
import { afterEach } from "vitest";
import { stackConfig } from "./dev-api";

export interface Harness {
  auth: ReturnType<typeof createCognitoAuth>;
  storage: StorageAdapter;
  /** Operation names sent, in order. */
  sent: string[];
}

export function createHarness(options: Partial<CognitoAuthConfig> & { pool?: "main" | "mfaRequired"; storage?: StorageAdapter } = {}): Harness {
  const config = stackConfig();
  const pool = options.pool === "mfaRequired" ? config.mfaRequiredPool : config;
  const sent: string[] = [];
  const real = fetchTransport({ endpoint: config.endpoint });
  const storage = options.storage ?? memoryStorage();
  const auth = createCognitoAuth({
    userPoolId: pool.userPoolId,
    userPoolClientId: pool.userPoolClientId,
    locks: null,
    ...options,
    storage,
    transport: options.transport ?? {
      send(operation, input) {
        sent.push(operation);
        return real.send(operation, input);
      },
    },
  });
  return { auth, storage, sent };
}

/** Resolves with the first snapshot that satisfies `predicate` (fails after `ms`). */
export function until<S extends AuthState>(auth: Harness["auth"], predicate: (s: AuthState) => s is S, ms?: number): Promise<S>;
export function until(auth: Harness["auth"], predicate: (s: AuthState) => boolean, ms?: number): Promise<AuthState>;
export function until(auth: Harness["auth"], predicate: (s: AuthState) => boolean, ms = 10_000): Promise<AuthState> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const s = auth.getSnapshot();
      if (!predicate(s)) return false;
      clearTimeout(timer);
      unsubscribe();
      resolve(s);
      return true;
    };
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`Timed out; last state ${JSON.stringify(auth.getSnapshot())}`));
    }, ms);
    const unsubscribe = auth.subscribe(check);
    check();
  });
}

export const atStep = <S extends AuthState["step"]>(step: S) =>
  (s: AuthState): s is Extract<AuthState, { step: S }> => s.step === step && s.status !== "pending";

/**
 * createHarness for one test file: every machine it makes is destroyed after each test (call at
 * the top level of the file).
 */
export function harnessesForEachTest(): typeof createHarness {
  const made: Harness[] = [];
  afterEach(() => {
    for (const h of made.splice(0)) h.auth.destroy();
  });
  return (...args) => {
    const h = createHarness(...args);
    made.push(h);
    return h;
  };
}
