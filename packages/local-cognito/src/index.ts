/**
 * cognito-react-kit-local: a local Amazon Cognito user pool for development and tests — cognito-local
 * run in-process behind a front that adds what it lacks (USER_SRP_AUTH, email OTP, MFA set-up,
 * aliases, revocation, …), with the codes it "sends" printed and served. See README.md.
 */
export { startCognitoStack, type CognitoStack, type LoggedRequest, type StackOptions } from "./front";
export type { SentMessage } from "./local-cognito";
export { cognitoCall, CognitoCallError } from "./cognito-call";
export { decodeJwt, verifyJwt, type JwtClaims } from "./jwt";
export { DEFAULT_PASSWORD_POLICY, hostedUiSettings, seed, type DemoConfig, type DemoUser, type PoolConfig } from "./seed";
export { SEED_USERS, type Scenario, type SeedUser } from "./scenarios";
export { describeDemo, startDemoCognito } from "./cli";
export { generate as totpCode } from "cognito-local/lib/services/totp";
