/**
 * cognito-react-kit/oauth — the hosted UI and federated sign-in (authorization code + PKCE).
 * A separate entry: apps without it ship none of it.
 */
export { hostedUi } from "./hosted-ui.js";
export type { HostedUi, HostedUiConfig, HostedUiOptions } from "./hosted-ui.js";
export { codeChallenge, randomToken } from "./pkce.js";
