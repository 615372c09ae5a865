/**
 * The hand-written operation shapes (src/core/transport/cognito-types.ts) against the AWS SDK's:
 * what the kit sends is a valid SDK request and what the SDK answers fits what the kit reads
 * (checked by the type-check of `npm test`); and no module outside src/sdk imports the SDK, so
 * the published type files of the other entries do not need it.
 */
import type * as Sdk from "@aws-sdk/client-cognito-identity-provider";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { OperationName, Operations } from "../src/core/transport/types.js";

interface SdkOperations {
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

type Fits<A, B> = [A] extends [B] ? true : false;
/** Operations whose request is not an SDK request, or whose SDK response does not fit ours. */
type Misfits = {
  [K in OperationName]: [Fits<Operations[K][0], SdkOperations[K][0]>, Fits<SdkOperations[K][1], Operations[K][1]>] extends [true, true] ? never : K;
}[OperationName];

describe("Cognito operation shapes", () => {
  it("match the AWS SDK's for every operation the kit calls (a type error names the one that does not)", () => {
    expectTypeOf<Misfits>().toEqualTypeOf<never>();
    expectTypeOf<keyof SdkOperations>().toEqualTypeOf<OperationName>();
  });

  it("no module outside src/sdk imports the AWS SDK", () => {
    const src = resolve(import.meta.dirname, "../src");
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
    const files = walk(src).filter((path) => !relative(src, path).startsWith("sdk"));
    expect(files.length).toBeGreaterThan(20);
    const importing = files.filter((path) => /from\s*["']@aws-sdk\//.test(readFileSync(path, "utf8"))).map((path) => relative(src, path));
    expect(importing).toEqual([]);
  });
});
