import type { SrpEphemeral } from "../srp/index.js";
import type { OperationName, Operations, Transport } from "../transport/types.js";

export type AuthFlow = "USER_SRP_AUTH" | "USER_PASSWORD_AUTH";

/** What flows need: config and the network. Flows keep no state: they return what follows. */
export interface FlowContext {
  clientId: string;
  userPoolId: string;
  authFlow: AuthFlow;
  totpIssuer: string;
  transport: Transport;
  now: () => number;
  /** A, computed ahead of the submit (when the sign-in step is entered). */
  ephemeral: () => SrpEphemeral;
}

/**
 * The Cognito challenge being answered: its Session and the USERNAME Cognito wants back. Flows
 * return it with each challenge; only the store keeps it, privately (never in the snapshot).
 */
export interface ChallengeSession {
  username: string;
  /** Absent before Cognito gave one (an undefined field is not sent). */
  session?: string | undefined;
}

/** Sends an operation with the signed-in user's access token (account operations). */
export type SendAuthorized = <Op extends OperationName>(operation: Op, input: Omit<Operations[Op][0], "AccessToken">) => Promise<Operations[Op][1]>;
