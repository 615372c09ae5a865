/**
 * SRP-6a client for Amazon Cognito USER_SRP_AUTH (native BigInt + WebCrypto).
 */
export {
  createSrpEphemeral, passwordClaimSignature, passwordAuthenticationKey, cognitoTimestamp, srpMultiplier,
  SrpProtocolError,
} from "./srp-client.js";
export type { SrpEphemeral, PasswordClaimInput, PasswordKeyInput } from "./srp-client.js";
export { SRP_N, SRP_N_HEX, SRP_G } from "./group.js";
