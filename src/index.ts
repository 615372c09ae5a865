/**
 * cognito-react-kit — the headless core. Nothing reachable from here imports React.
 */
export { createCognitoAuth, errorOf } from "./core/store.js";
export type { CognitoAuth, CognitoAuthConfig } from "./core/store.js";
export { AuthFailure, toAuthError } from "./core/errors.js";
export { initialState, transition } from "./core/transition.js";
export { fetchTransport } from "./core/transport/fetch-transport.js";
export type { FetchTransportOptions } from "./core/transport/fetch-transport.js";
export { CognitoError } from "./core/transport/types.js";
export type { Transport } from "./core/transport/types.js";
export { memoryStorage } from "./core/session/storage.js";
export type { StorageAdapter, StorageOption } from "./core/session/storage.js";
export { accountOf } from "./core/account.js";
export { verifyContactOf, verifyContactStep } from "./core/verify-contact.js";
export type { VerifyContact } from "./core/verify-contact.js";
export { authorizedFetch } from "./core/authorized-fetch.js";
export type { AuthorizedFetchOptions } from "./core/authorized-fetch.js";
export type { Account, MfaChange, MfaPreference } from "./core/account.js";
export type { SignUpInput } from "./core/flows/sign-up.js";
export type { AuthFlow, ChallengeSession, FlowContext, SignInAddOn } from "./core/flows/context.js";
export type { SignInStep } from "./core/flows/sign-in.js";
export type {
  AuthError, AuthEvent, AuthState, AuthStatus, AuthUser, Challenge, CodeDelivery, ContactAttribute, MfaMethod, SignInMethod, StateOf, StepName,
} from "./core/types.js";
