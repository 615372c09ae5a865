/** A real SRP sign-in, as the app does it, against the local Cognito the global setup started. */
import { describe, expect, inject, it } from "vitest";
import { createCognitoAuth, memoryStorage, type AuthState } from "cognito-react-kit";

async function signIn(password: string): Promise<AuthState> {
  const { endpoint, userPoolId, userPoolClientId } = inject("cognito");
  const auth = createCognitoAuth({ userPoolId, userPoolClientId, endpoint, storage: memoryStorage() });
  await new Promise<void>((resolve) => {
    const off = auth.subscribe(() => auth.getSnapshot().step !== "restoring" && (off(), resolve()));
    if (auth.getSnapshot().step !== "restoring") resolve();
  });
  await auth.signIn({ username: "ana@example.com", password });
  const state = auth.getSnapshot();
  auth.destroy();
  return state;
}

describe("sign-in against the local Cognito (SRP)", () => {
  it("signs ana in with the right password: her groups are in the token", async () => {
    const state = await signIn("Correct-Horse-1!");
    expect(state).toMatchObject({ step: "signedIn", user: { username: "ana", email: "ana@example.com" } });
    if (state.step === "signedIn") expect(state.user.claims["cognito:groups"]).toEqual(["admin"]);
  });

  it("refuses a wrong password", async () => {
    expect(await signIn("Wrong-Horse-1!")).toMatchObject({ step: "signIn", error: { code: "NotAuthorizedException" } });
  });
});
