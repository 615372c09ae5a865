/**
 * What optional modules (account operations) need from a machine without the machine
 * importing them: apps that only sign in do not ship account code.
 */
import type { FlowContext } from "./flows/context.js";
import type { SessionKeeper } from "./session/session-keeper.js";

export interface Internals {
  /** Client id, transport, TOTP issuer (the flows' context). */
  ctx: FlowContext;
  keeper: SessionKeeper;
  /** Ends the local session (tokens, tabs, state) without a request. */
  signOutLocally: () => Promise<void>;
}

export const internals = new WeakMap<object, Internals>();
