/**
 * Stories drive the real machine: an auth on a scripted transport, brought to the state a story
 * shows by the same commands an app would call.
 */
import type { ReactNode } from "react";
import { createCognitoAuth, memoryStorage, type AuthState, type CognitoAuth } from "../../src/index";
import { CognitoAuthProvider } from "../../src/react/index";
import { AuthUIProvider, type AuthUIOptions } from "../../src/ui/index";
import { scriptedTransport, type Scenario } from "./scripted-transport";

export const USER = { username: "ana", password: "Correct-Horse-1!" };

/** Resolves when the machine reaches a state that satisfies `predicate` (or after 3 s). */
export function settle(auth: CognitoAuth, predicate: (s: AuthState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      if (!predicate(auth.getSnapshot())) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = auth.subscribe(done);
    setTimeout(() => { unsubscribe(); resolve(); }, 3000);
    done();
  });
}

/**
 * A machine on a scripted transport, past restoring, then taken through `setup` (awaited up to
 * the point where it is not pending — unless the story shows pending).
 */
export async function prepareAuth(
  scenario: Scenario,
  setup?: (auth: CognitoAuth) => unknown,
  until: (s: AuthState) => boolean = (s) => s.status !== "pending" || s.step === "setupTotp",
): Promise<CognitoAuth> {
  const auth = createCognitoAuth({
    // A client id of its own: machines of one client id talk across tabs (BroadcastChannel), and
    // a story's machine must not hear the previous story's, the docs page's other stories', or
    // another Storybook tab's.
    userPoolId: "eu-west-1_Story", userPoolClientId: `story-client-${Math.random().toString(36).slice(2)}`, storage: memoryStorage(), locks: null,
    transport: scriptedTransport(scenario),
  });
  await settle(auth, (s) => s.step !== "restoring");
  if (setup) {
    void setup(auth);
    await settle(auth, until);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return auth;
}

export function withAuth(auth: CognitoAuth, ui: AuthUIOptions, children: ReactNode) {
  return (
    <CognitoAuthProvider auth={auth}>
      <AuthUIProvider {...ui}>{children}</AuthUIProvider>
    </CognitoAuthProvider>
  );
}
