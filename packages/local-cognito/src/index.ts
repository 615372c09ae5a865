/**
 * cognito-react-kit-local: a local Amazon Cognito user pool for development and tests — cognito-local
 * run in-process behind a front that adds what it lacks (USER_SRP_AUTH, email OTP, MFA set-up,
 * aliases, revocation, …), with the codes it "sends" printed and served. See README.md.
 */
export { start, type LocalCognitoServer, type StartOptions } from "./server";
export { readConfig, validateConfig } from "./config";
export type { AttributeConfig, ClientConfig, FirstAuthFactor, LocalCognitoConfig, MfaMethod, PasswordPolicyConfig, PoolConfig, UserConfig } from "./config";
export type { ProvisionedPool, ProvisionedUser } from "./provision";
export type { LoggedRequest } from "./front";
export type { SentMessage } from "./local-cognito";
export { cognitoCall, CognitoCallError } from "./cognito-call";
export { decodeJwt, verifyJwt, type JwtClaims } from "./jwt";
export { hostedUiSettings, type DemoConfig, type DemoUser, type PoolConfig as DemoPool } from "./seed";
export type { Scenario } from "./scenarios";
export type { ChoiceDemoPool, ChoiceDemoUser, ChoiceScenario } from "./seed-choice";
export { describeDemo } from "./demo";
export { generate as totpCode } from "cognito-local/lib/services/totp";
export type { IdentityPool, IdentityService, MintedCredentials } from "./identity-pool";
export { verifySigV4, canonicalRequest, type SignedRequest, type SigningSecret, type Verdict as SigV4Verdict } from "./sigv4-verifier";
