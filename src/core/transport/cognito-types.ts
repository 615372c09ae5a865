/**
 * The Cognito user-pool operations the kit calls, written out by hand: the published type files
 * must not need `@aws-sdk/client-cognito-identity-provider` (only `cognito-react-kit/sdk` does).
 * Names and field types follow the AWS SDK v3 models (JSON protocol field names, `| undefined` as
 * the SDK writes them), limited to the fields the kit sends or reads; test/cognito-types.test.ts
 * checks at compile time that every request here is a valid SDK request and every SDK response
 * fits the shape here.
 */

/** Challenges Cognito can answer an authentication step with. */
export type ChallengeNameType =
  | "ADMIN_NO_SRP_AUTH" | "CUSTOM_CHALLENGE" | "DEVICE_PASSWORD_VERIFIER" | "DEVICE_SRP_AUTH" | "EMAIL_OTP"
  | "MFA_SETUP" | "NEW_PASSWORD_REQUIRED" | "PASSWORD" | "PASSWORD_SRP" | "PASSWORD_VERIFIER"
  | "SELECT_CHALLENGE" | "SELECT_MFA_TYPE" | "SMS_MFA" | "SMS_OTP" | "SOFTWARE_TOKEN_MFA" | "WEB_AUTHN";

export type AuthFlowType =
  | "ADMIN_NO_SRP_AUTH" | "ADMIN_USER_PASSWORD_AUTH" | "CUSTOM_AUTH" | "REFRESH_TOKEN" | "REFRESH_TOKEN_AUTH"
  | "USER_AUTH" | "USER_PASSWORD_AUTH" | "USER_SRP_AUTH";

export type DeliveryMediumType = "EMAIL" | "SMS";

export interface AttributeType {
  Name: string | undefined;
  Value?: string | undefined;
}

export interface CodeDeliveryDetailsType {
  Destination?: string | undefined;
  DeliveryMedium?: DeliveryMediumType | undefined;
  AttributeName?: string | undefined;
}

export interface AuthenticationResultType {
  AccessToken?: string | undefined;
  ExpiresIn?: number | undefined;
  TokenType?: string | undefined;
  RefreshToken?: string | undefined;
  IdToken?: string | undefined;
}

interface MfaSettingsType {
  Enabled?: boolean | undefined;
  PreferredMfa?: boolean | undefined;
}

type Metadata = Record<string, string>;

/** An operation that answers with nothing but its metadata. */
type Empty = Record<never, never>;

export interface InitiateAuthRequest {
  AuthFlow: AuthFlowType | undefined;
  AuthParameters?: Record<string, string> | undefined;
  ClientMetadata?: Metadata | undefined;
  ClientId: string | undefined;
  Session?: string | undefined;
}

export interface InitiateAuthResponse {
  ChallengeName?: ChallengeNameType | undefined;
  Session?: string | undefined;
  ChallengeParameters?: Record<string, string> | undefined;
  AuthenticationResult?: AuthenticationResultType | undefined;
  AvailableChallenges?: ChallengeNameType[] | undefined;
}

export interface RespondToAuthChallengeRequest {
  ClientId: string | undefined;
  ChallengeName: ChallengeNameType | undefined;
  Session?: string | undefined;
  ChallengeResponses?: Record<string, string> | undefined;
  ClientMetadata?: Metadata | undefined;
}

export type RespondToAuthChallengeResponse = InitiateAuthResponse;

export interface SignUpRequest {
  ClientId: string | undefined;
  Username: string | undefined;
  Password?: string | undefined;
  UserAttributes?: AttributeType[] | undefined;
  ValidationData?: AttributeType[] | undefined;
  ClientMetadata?: Metadata | undefined;
}

export interface SignUpResponse {
  UserConfirmed: boolean | undefined;
  CodeDeliveryDetails?: CodeDeliveryDetailsType | undefined;
  UserSub: string | undefined;
  Session?: string | undefined;
}

export interface ConfirmSignUpRequest {
  ClientId: string | undefined;
  Username: string | undefined;
  ConfirmationCode: string | undefined;
  ForceAliasCreation?: boolean | undefined;
  ClientMetadata?: Metadata | undefined;
  Session?: string | undefined;
}

export interface ConfirmSignUpResponse {
  Session?: string | undefined;
}

export interface ResendConfirmationCodeRequest {
  ClientId: string | undefined;
  Username: string | undefined;
  ClientMetadata?: Metadata | undefined;
}

export interface ResendConfirmationCodeResponse {
  CodeDeliveryDetails?: CodeDeliveryDetailsType | undefined;
}

export type ForgotPasswordRequest = ResendConfirmationCodeRequest;
export type ForgotPasswordResponse = ResendConfirmationCodeResponse;

export interface ConfirmForgotPasswordRequest {
  ClientId: string | undefined;
  Username: string | undefined;
  ConfirmationCode: string | undefined;
  Password: string | undefined;
  ClientMetadata?: Metadata | undefined;
}

export type ConfirmForgotPasswordResponse = Empty;

export interface GetUserRequest {
  AccessToken: string | undefined;
}

export interface GetUserResponse {
  Username: string | undefined;
  UserAttributes: AttributeType[] | undefined;
  PreferredMfaSetting?: string | undefined;
  UserMFASettingList?: string[] | undefined;
}

export interface UpdateUserAttributesRequest {
  UserAttributes: AttributeType[] | undefined;
  AccessToken: string | undefined;
  ClientMetadata?: Metadata | undefined;
}

export interface UpdateUserAttributesResponse {
  CodeDeliveryDetailsList?: CodeDeliveryDetailsType[] | undefined;
}

export interface GetUserAttributeVerificationCodeRequest {
  AccessToken: string | undefined;
  AttributeName: string | undefined;
  ClientMetadata?: Metadata | undefined;
}

export type GetUserAttributeVerificationCodeResponse = ResendConfirmationCodeResponse;

export interface VerifyUserAttributeRequest {
  AccessToken: string | undefined;
  AttributeName: string | undefined;
  Code: string | undefined;
}

export type VerifyUserAttributeResponse = Empty;

export interface ChangePasswordRequest {
  PreviousPassword?: string | undefined;
  ProposedPassword: string | undefined;
  AccessToken: string | undefined;
}

export type ChangePasswordResponse = Empty;

export interface SetUserMFAPreferenceRequest {
  SMSMfaSettings?: MfaSettingsType | undefined;
  SoftwareTokenMfaSettings?: MfaSettingsType | undefined;
  EmailMfaSettings?: MfaSettingsType | undefined;
  AccessToken: string | undefined;
}

export type SetUserMFAPreferenceResponse = Empty;

export interface AssociateSoftwareTokenRequest {
  AccessToken?: string | undefined;
  Session?: string | undefined;
}

export interface AssociateSoftwareTokenResponse {
  SecretCode?: string | undefined;
  Session?: string | undefined;
}

export interface VerifySoftwareTokenRequest {
  AccessToken?: string | undefined;
  Session?: string | undefined;
  UserCode: string | undefined;
  FriendlyDeviceName?: string | undefined;
}

export interface VerifySoftwareTokenResponse {
  Status?: "ERROR" | "SUCCESS" | undefined;
  Session?: string | undefined;
}

export interface GlobalSignOutRequest {
  AccessToken: string | undefined;
}

export type GlobalSignOutResponse = Empty;

export interface RevokeTokenRequest {
  Token: string | undefined;
  ClientId: string | undefined;
}

export type RevokeTokenResponse = Empty;
