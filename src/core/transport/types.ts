/**
 * The network seam. Apps may replace it (`transport` option); the ./sdk entry adapts an app's own
 * CognitoIdentityProviderClient to it. Operation shapes are the kit's own (cognito-types.ts,
 * checked against the AWS SDK's by test/cognito-types.test.ts), so the published type files need
 * no SDK and none of its code is bundled.
 */
import type * as Sdk from "./cognito-types.js";

/** The user-pool operations the kit calls, with their input and output shapes. */
export interface Operations {
  InitiateAuth: [Sdk.InitiateAuthRequest, Sdk.InitiateAuthResponse];
  RespondToAuthChallenge: [Sdk.RespondToAuthChallengeRequest, Sdk.RespondToAuthChallengeResponse];
  SignUp: [Sdk.SignUpRequest, Sdk.SignUpResponse];
  ConfirmSignUp: [Sdk.ConfirmSignUpRequest, Sdk.ConfirmSignUpResponse];
  ResendConfirmationCode: [Sdk.ResendConfirmationCodeRequest, Sdk.ResendConfirmationCodeResponse];
  ForgotPassword: [Sdk.ForgotPasswordRequest, Sdk.ForgotPasswordResponse];
  ConfirmForgotPassword: [Sdk.ConfirmForgotPasswordRequest, Sdk.ConfirmForgotPasswordResponse];
  GetUser: [Sdk.GetUserRequest, Sdk.GetUserResponse];
  UpdateUserAttributes: [Sdk.UpdateUserAttributesRequest, Sdk.UpdateUserAttributesResponse];
  GetUserAttributeVerificationCode: [Sdk.GetUserAttributeVerificationCodeRequest, Sdk.GetUserAttributeVerificationCodeResponse];
  VerifyUserAttribute: [Sdk.VerifyUserAttributeRequest, Sdk.VerifyUserAttributeResponse];
  ChangePassword: [Sdk.ChangePasswordRequest, Sdk.ChangePasswordResponse];
  SetUserMFAPreference: [Sdk.SetUserMFAPreferenceRequest, Sdk.SetUserMFAPreferenceResponse];
  AssociateSoftwareToken: [Sdk.AssociateSoftwareTokenRequest, Sdk.AssociateSoftwareTokenResponse];
  VerifySoftwareToken: [Sdk.VerifySoftwareTokenRequest, Sdk.VerifySoftwareTokenResponse];
  GlobalSignOut: [Sdk.GlobalSignOutRequest, Sdk.GlobalSignOutResponse];
  RevokeToken: [Sdk.RevokeTokenRequest, Sdk.RevokeTokenResponse];
}

export type OperationName = keyof Operations;

/**
 * Sends one operation and resolves with its output, or rejects with a {@link CognitoError}.
 * Public shape kept free of SDK types so apps without the SDK still type-check.
 */
export interface Transport {
  send(operation: string, input: object): Promise<object>;
}

/** A normalized failure from any transport: `code` is the exception name. */
export class CognitoError extends Error {
  declare readonly name: "CognitoError";
  declare readonly code: string;
  declare readonly status?: number;
  declare readonly retryAfterMs?: number;
  constructor(code: string, message: string, status?: number, retryAfterMs?: number) {
    super(message);
    Object.assign(this, { name: "CognitoError", code, status, retryAfterMs });
  }
}

/** Typed call through any transport. */
export const call = <Op extends OperationName>(transport: Transport, operation: Op, input: Operations[Op][0]) =>
  transport.send(operation, input) as Promise<Operations[Op][1]>;
