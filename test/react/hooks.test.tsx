/**
 * The hooks on their own (no UI component mounted), in Chromium.
 */
import { describe, expect, it } from "vitest";
import { act, render, renderHook, screen } from "@testing-library/react";
import { Profiler, useCallback, type ReactNode } from "react";
import { CognitoAuthProvider, useAuth, useAuthStep, useAuthUser, useCognitoAuth } from "../../src/react/index";
import { prepareAuth, TEST_USER as USER } from "../../src/testing/index";
import type { CognitoAuth } from "../../src/index";

const wrap = (auth: CognitoAuth) => ({ children }: { children: ReactNode }) => <CognitoAuthProvider auth={auth}>{children}</CognitoAuthProvider>;

describe("hooks without any UI", () => {
  it("outside a provider, throws an error that says what to do", () => {
    expect(() => renderHook(() => useCognitoAuth())).toThrow(/needs a <CognitoAuthProvider> above it.*createCognitoAuth/);
  });

  it("follow the machine: step, then the signed-in user", async () => {
    const auth = await prepareAuth({});
    const { result } = renderHook(() => ({ step: useAuthStep(), user: useAuthUser(), auth: useAuth() }), { wrapper: wrap(auth) });
    expect(result.current).toMatchObject({ step: "signIn", user: null });
    await act(() => result.current.auth.signIn(USER));
    expect(result.current.step).toBe("signedIn");
    expect(result.current.user).toMatchObject({ username: "ana", email: "ana@example.com" });
  });

  it("a selector re-renders only when its slice changes", async () => {
    const auth = await prepareAuth({ afterPassword: { error: "NotAuthorizedException" } });
    let stepRenders = 0;
    let errorRenders = 0;
    function Step() {
      stepRenders++;
      return <p>{useAuthStep()}</p>;
    }
    function ErrorCode() {
      errorRenders++;
      return <p>{useCognitoAuth(useCallback((s) => s.error?.code ?? "none", []))}</p>;
    }
    render(<><Step /><ErrorCode /></>, { wrapper: wrap(auth) });
    const [steps, errors] = [stepRenders, errorRenders];
    await act(() => auth.signIn(USER)); // signIn → pending → error: two state changes
    expect(screen.getByText("NotAuthorizedException")).toBeTruthy();
    expect(stepRenders - steps).toBe(0);
    expect(errorRenders - errors).toBe(1);
  });

  it("the provider can create the machine from its config, once", () => {
    let commits = 0;
    const seen = new Set<CognitoAuth>();
    function Probe() {
      seen.add(useAuth());
      return null;
    }
    const config = { userPoolId: "eu-west-1_Example", userPoolClientId: "client", storage: "memory" as const };
    const { rerender } = render(<Profiler id="p" onRender={() => commits++}><CognitoAuthProvider config={config}><Probe /></CognitoAuthProvider></Profiler>);
    rerender(<Profiler id="p" onRender={() => commits++}><CognitoAuthProvider config={config}><Probe /></CognitoAuthProvider></Profiler>);
    expect(commits).toBeGreaterThan(1);
    expect(seen.size).toBe(1);
  });
});
