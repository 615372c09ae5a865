/**
 * Machines with choice-based sign-in on (`addOns: [choiceSignIn(…)]`) on the scripted transport,
 * taken to a step of the passwordless screens for their stories.
 */
import { createCognitoAuth, memoryStorage, type AuthState, type CognitoAuth } from "../../src/index";
import { passwordlessOf, type ChoiceSignInOptions, type Passwordless } from "../../src/passwordless/index";
import { choiceSignIn } from "../../src/ui/passwordless/index";
import { scriptedTransport, settle, signedIn, type Script } from "../../src/testing/index";
import type { Loaded } from "./loaders";

const SESSION = "scripted-session";
/** Cognito's SELECT_CHALLENGE offering these first factors. */
export const SELECT = (...available: string[]) => ({ ChallengeName: "SELECT_CHALLENGE", AvailableChallenges: available, ChallengeParameters: {}, Session: SESSION });
export const EMAIL_CODE = { ChallengeName: "EMAIL_OTP", ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "a***@e***.com" }, Session: SESSION };
export const SMS_CODE = { ChallengeName: "SMS_OTP", ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0101" }, Session: SESSION };
/** SRP's PASSWORD_VERIFIER (any proof counts as the right password; then `afterPassword`). */
export const SRP_VERIFIER = { ChallengeName: "PASSWORD_VERIFIER", ChallengeParameters: { SALT: "a1b2c3d4e5f60718293a4b5c6d7e8f90", SRP_B: "5".repeat(768), SECRET_BLOCK: btoa("scripted-secret-block"), USER_ID_FOR_SRP: "ana" }, Session: SESSION };
export const MFA_SETUP = (...names: string[]) => ({ ChallengeName: "MFA_SETUP", ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify(names) }, Session: SESSION });

/** A machine with the add-on (`methods` default: email, SMS, password), then `more` with its commands; ready once `until` holds. */
export async function atPasswordless(
  options: Partial<ChoiceSignInOptions> & { script?: Script } = {},
  more?: (pl: Passwordless, auth: CognitoAuth) => unknown,
  until: (s: AuthState) => boolean = (s) => s.status !== "pending",
): Promise<CognitoAuth> {
  const { script, ...choice } = options;
  const auth = createCognitoAuth({
    // A client id of its own: machines of one client id hear each other's sign-ins across stories.
    userPoolId: "eu-west-1_Story", userPoolClientId: `story-client-${Math.random().toString(36).slice(2)}`, storage: memoryStorage(), locks: null,
    transport: scriptedTransport({ afterPassword: signedIn(), ...script }),
    addOns: [choiceSignIn({ methods: ["EMAIL_OTP", "SMS_OTP", "PASSWORD"], ...choice })],
  });
  await settle(auth, (s) => s.step !== "restoring");
  if (more) {
    void more(passwordlessOf(auth), auth);
    await settle(auth, until);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return auth;
}

/** `loaders: passwordlessLoader(…)` — the machine as `{ auth }`, like `load()`. */
export const passwordlessLoader = (...args: Parameters<typeof atPasswordless>) => [async (): Promise<Loaded> => ({ auth: await atPasswordless(...args) })];
