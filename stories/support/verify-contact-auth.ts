/**
 * A machine with the verify-contact step on (`verifyContact: verifyContactStep`), on the scripted
 * transport, signed in as a user whose ID token shows an email and a phone, neither verified.
 */
import { createCognitoAuth, memoryStorage, verifyContactOf, type AuthState, type CognitoAuth, type VerifyContact } from "../../src/index";
import { verifyContactStep } from "../../src/ui/index";
import { fakeJwt, scriptedTransport, type Scenario } from "./scripted-transport";
import { settle, USER } from "./story-auth";
import type { Loaded } from "./loaders";

/** Tokens of "ana": email (and phone, unless `emailOnly`) on file, nothing verified. */
export function unverifiedTokens(emailOnly = false) {
  const contact = { email: "ana@example.com", email_verified: false, ...(emailOnly ? {} : { phone_number: "+15555550123", phone_number_verified: false }) };
  return {
    AuthenticationResult: {
      IdToken: fakeJwt({ sub: "4f1c-demo", "cognito:username": "ana", token_use: "id", ...contact }),
      AccessToken: fakeJwt({ sub: "4f1c-demo", username: "ana", token_use: "access", scope: "aws.cognito.signin.user.admin" }),
      RefreshToken: "refresh-token",
    },
  };
}

export const EMAIL_CODE = { CodeDeliveryDetails: { DeliveryMedium: "EMAIL", Destination: "a***@e***.com", AttributeName: "email" } };

/** Signed in at the verify-contact step, then `more` with the step's commands; ready once `until` holds. */
export async function atVerifyContact(
  options: { emailOnly?: boolean; operations?: Scenario["operations"] } = {},
  more?: (step: VerifyContact, auth: CognitoAuth) => unknown,
  until: (s: AuthState) => boolean = (s) => s.status !== "pending",
): Promise<CognitoAuth> {
  const auth = createCognitoAuth({
    userPoolId: "eu-west-1_Story", userPoolClientId: "story-client", storage: memoryStorage(), locks: null,
    transport: scriptedTransport({ afterPassword: unverifiedTokens(options.emailOnly), operations: { GetUserAttributeVerificationCode: EMAIL_CODE, ...options.operations } }),
    verifyContact: verifyContactStep,
  });
  await settle(auth, (s) => s.step !== "restoring");
  await auth.signIn(USER);
  if (more) {
    void more(verifyContactOf(auth), auth);
    await settle(auth, until);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return auth;
}

/** `loaders: verifyContactLoader(…)` — the machine as `{ auth }`, like `load()`. */
export const verifyContactLoader = (...args: Parameters<typeof atVerifyContact>) => [async (): Promise<Loaded> => ({ auth: await atVerifyContact(...args) })];
