/**
 * amazon-cognito-identity-js, the SRP client most Cognito apps run, as an independent check of
 * the local stack: its callbacks folded into one outcome per sign-in step.
 */
import {
  AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession,
} from "amazon-cognito-identity-js";
import type { DemoPool as PoolConfig } from "cognito-react-kit-local";

export type Outcome =
  | { kind: "success"; session: CognitoUserSession }
  | { kind: "failure"; code: string; message: string }
  | { kind: "newPasswordRequired"; userAttributes: Record<string, string>; requiredAttributes: string[] }
  | { kind: "mfaRequired"; challengeName: string; parameters: Record<string, string> }
  | { kind: "totpRequired"; challengeName: string; parameters: Record<string, string> }
  | { kind: "selectMFAType"; parameters: Record<string, string> }
  | { kind: "mfaSetup"; parameters: Record<string, string> };

export function referenceUser(pool: PoolConfig, endpoint: string, username: string): CognitoUser {
  const userPool = new CognitoUserPool({ UserPoolId: pool.userPoolId, ClientId: pool.userPoolClientId, endpoint });
  return new CognitoUser({ Username: username, Pool: userPool });
}

/** A callback set whose every branch resolves the returned promise. */
function outcomeCallbacks(resolve: (outcome: Outcome) => void) {
  return {
    onSuccess: (session: CognitoUserSession) => resolve({ kind: "success", session }),
    onFailure: (err: { code?: string; name?: string; message?: string }) =>
      resolve({ kind: "failure", code: err.code ?? err.name ?? "Unknown", message: err.message ?? "" }),
    newPasswordRequired: (userAttributes: Record<string, string>, requiredAttributes: string[]) =>
      resolve({ kind: "newPasswordRequired", userAttributes, requiredAttributes }),
    mfaRequired: (challengeName: string, parameters: Record<string, string>) =>
      resolve({ kind: "mfaRequired", challengeName, parameters }),
    totpRequired: (challengeName: string, parameters: Record<string, string>) =>
      resolve({ kind: "totpRequired", challengeName, parameters }),
    selectMFAType: (_name: string, parameters: Record<string, string>) => resolve({ kind: "selectMFAType", parameters }),
    mfaSetup: (_name: string, parameters: Record<string, string>) => resolve({ kind: "mfaSetup", parameters }),
  };
}

/** Signs in with SRP (the library's default, USER_SRP_AUTH). */
export function srpSignIn(user: CognitoUser, username: string, password: string): Promise<Outcome> {
  return new Promise((resolve) => {
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), outcomeCallbacks(resolve));
  });
}

export function answerMfa(user: CognitoUser, code: string, type: "SMS_MFA" | "SOFTWARE_TOKEN_MFA"): Promise<Outcome> {
  return new Promise((resolve) => user.sendMFACode(code, outcomeCallbacks(resolve), type));
}

export function selectMfaType(user: CognitoUser, type: "SMS_MFA" | "SOFTWARE_TOKEN_MFA"): Promise<Outcome> {
  return new Promise((resolve) => user.sendMFASelectionAnswer(type, outcomeCallbacks(resolve)));
}

export function completeNewPassword(user: CognitoUser, password: string): Promise<Outcome> {
  return new Promise((resolve) => user.completeNewPasswordChallenge(password, {}, outcomeCallbacks(resolve)));
}

/** MFA_SETUP: associate a TOTP secret with the challenge Session, then verify a code from it. */
export function setUpTotp(user: CognitoUser, codeFor: (secret: string) => string): Promise<Outcome> {
  return new Promise((resolve) => {
    const callbacks = outcomeCallbacks(resolve);
    user.associateSoftwareToken({
      associateSecretCode: (secret: string) => {
        user.verifySoftwareToken(codeFor(secret), "test device", callbacks);
      },
      onFailure: callbacks.onFailure,
    });
  });
}
