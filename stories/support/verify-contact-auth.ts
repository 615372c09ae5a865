/**
 * A machine with the verify-contact step on (`verifyContact: verifyContactStep`), on the scripted
 * transport, signed in as a user whose ID token shows an email and a phone, neither verified.
 */
import { createCognitoAuth, memoryStorage, verifyContactOf, type AuthState, type CognitoAuth, type VerifyContact } from "../../src/index";
import { verifyContactStep } from "../../src/ui/index";
import { scriptedTransport, settle, signedIn, TEST_USER, type Script } from "../../src/testing/index";
import type { Loaded } from "./loaders";

/** Tokens of "ana": email (and phone, unless `emailOnly`) on file, nothing verified. */
export const unverifiedTokens = (emailOnly = false) =>
  signedIn({ claims: { email_verified: false, ...(emailOnly ? {} : { phone_number: "+15555550123", phone_number_verified: false }) } });

export const EMAIL_CODE = { CodeDeliveryDetails: { DeliveryMedium: "EMAIL", Destination: "a***@e***.com", AttributeName: "email" } };

/** Signed in at the verify-contact step, then `more` with the step's commands; ready once `until` holds. */
export async function atVerifyContact(
  options: { emailOnly?: boolean; operations?: Script["operations"] } = {},
  more?: (step: VerifyContact, auth: CognitoAuth) => unknown,
  until: (s: AuthState) => boolean = (s) => s.status !== "pending",
): Promise<CognitoAuth> {
  const auth = createCognitoAuth({
    // A client id of its own (as prepareAuth's): machines of one client id hear each other's
    // sign-ins and sign-outs across stories and tabs (BroadcastChannel).
    userPoolId: "eu-west-1_Story", userPoolClientId: `story-client-${Math.random().toString(36).slice(2)}`, storage: memoryStorage(), locks: null,
    transport: scriptedTransport({ afterPassword: unverifiedTokens(options.emailOnly), operations: { GetUserAttributeVerificationCode: EMAIL_CODE, ...options.operations } }),
    verifyContact: verifyContactStep,
  });
  await settle(auth, (s) => s.step !== "restoring");
  await auth.signIn(TEST_USER);
  if (more) {
    void more(verifyContactOf(auth), auth);
    await settle(auth, until);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return auth;
}

/** `loaders: verifyContactLoader(…)` — the machine as `{ auth }`, like `load()`. */
export const verifyContactLoader = (...args: Parameters<typeof atVerifyContact>) => [async (): Promise<Loaded> => ({ auth: await atVerifyContact(...args) })];
