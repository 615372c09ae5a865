import type { SrpEphemeral } from "../srp/index.js";
import type { Transport } from "../transport/types.js";

export type AuthFlow = "USER_SRP_AUTH" | "USER_PASSWORD_AUTH";

/** What flows need: config, the network, and the private in-flight challenge (never in the snapshot). */
export interface FlowContext {
  clientId: string;
  userPoolId: string;
  authFlow: AuthFlow;
  totpIssuer: string;
  transport: Transport;
  now: () => number;
  /** A, computed ahead of the submit (when the sign-in step is entered). */
  ephemeral: () => SrpEphemeral;
  /** The Cognito Session and USERNAME of the challenge being answered. */
  challenge: { session?: string; username?: string };
}
