/**
 * What optional modules (account operations) need from a machine without the machine
 * importing them: apps that only sign in do not ship account code.
 */
import type { SessionKeeper } from "./session/session-keeper.js";
import type { Transport } from "./transport/types.js";

export interface Internals {
  transport: Transport;
  keeper: SessionKeeper;
  totpIssuer: string;
  /** Ends the local session (tokens, tabs, state) without a request. */
  signOutLocally: () => Promise<void>;
}

export const internals = new WeakMap<object, Internals>();
