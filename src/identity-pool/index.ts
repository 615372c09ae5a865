/**
 * cognito-react-kit/identity-pool — temporary AWS credentials from a Cognito identity pool for the
 * signed-in user (or a guest), to call AWS services directly: an AWS SDK v3 client's `credentials`,
 * or a fetch signed with SigV4 by aws4fetch. No AWS SDK is imported; no React (see ./react).
 */
export { createIdentityPoolCredentials } from "./credentials.js";
export type { AwsCredentials, AwsCredentialsState, IdentityPoolCredentials, IdentityPoolOptions } from "./credentials.js";
export { IdentityPoolError } from "./identity-call.js";
