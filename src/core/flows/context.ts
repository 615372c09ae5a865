import type { SrpEphemeral } from "../srp/index.js";
import type { OperationName, Operations, Transport } from "../transport/types.js";
import type { SignInStep } from "./sign-in.js";

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
  /** The app's sign-in add-ons (`addOns` in the config), in order. */
  addOns: readonly SignInAddOn[];
}

/**
 * What a sign-in add-on (remembered devices, choice-based sign-in…) plugs into the machine. It
 * lives in its own module, passed in by the app, so apps without it ship none of it.
 * @example createCognitoAuth({ userPoolId, userPoolClientId, addOns: [myAddOn] })
 */
export interface SignInAddOn {
  /**
   * Extra AuthParameters for the password sign-in's InitiateAuth (`username` as typed) and for
   * REFRESH_TOKEN_AUTH (Cognito's username), e.g. DEVICE_KEY; `context.clientId` is the app client's.
   */
  parameters?(username: string, context: { readonly clientId: string }): Record<string, string> | undefined;
  /**
   * Sees every sign-in outcome before the machine does: tokens (Cognito's AuthenticationResult,
   * NewDeviceMetadata included) or a challenge; one the core cannot show has `challenge: null` and
   * Cognito's raw `answer`. Returns a replacement (a challenge it answered itself, a translated
   * challenge) or undefined to leave it.
   */
  step?(step: SignInStep, ctx: FlowContext): Promise<SignInStep | undefined> | SignInStep | undefined;
}

/** Every add-on's extra AuthParameters for `username` (`context`: the flow context or the session keeper's options). */
export const addOnParameters = (context: { readonly addOns: readonly SignInAddOn[]; readonly clientId: string }, username: string): Record<string, string> =>
  Object.assign({}, ...context.addOns.map((a) => a.parameters?.(username, context)));

/**
 * The Cognito challenge being answered: its Session and the USERNAME Cognito wants back. Flows
 * return it with each challenge; only the store keeps it, privately (never in the snapshot).
 */
export interface ChallengeSession {
  username: string;
  /** Absent before Cognito gave one (an undefined field is not sent). */
  session?: string | undefined;
  /** The Cognito ChallengeName being answered (e.g. "SMS_OTP"), when there is one. */
  name?: string;
}

/** Sends an operation with the signed-in user's access token (account operations). */
export type SendAuthorized = <Op extends OperationName>(operation: Op, input: Omit<Operations[Op][0], "AccessToken">) => Promise<Operations[Op][1]>;
