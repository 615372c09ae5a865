/**
 * The sign-in screen with Testing Library and user-event in Chromium.
 */
import { describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Profiler } from "react";
import { Authenticator, SignIn } from "../../src/ui/index";
import { useAuthStep, useCognitoAuth } from "../../src/react/index";
import { prepareAuth, withAuth, challenge } from "../../src/testing/index";

describe("<SignIn/>", () => {
  it("submits trimmed username and the untouched password; autocomplete attributes are right", async () => {
    const auth = await prepareAuth({});
    const sent: unknown[] = [];
    const original = auth.signIn;
    Object.assign(auth, { signIn: (input: { username: string; password: string }) => (sent.push(input), original(input)) });
    render(withAuth(auth, {}, <SignIn />));
    const username = screen.getByLabelText("Username or email");
    const password = screen.getByLabelText("Password");
    expect(username).toHaveProperty("autocomplete", "username");
    expect(password).toHaveProperty("autocomplete", "current-password");
    await userEvent.type(username, "  ana@example.com ");
    await userEvent.type(password, "  pass with spaces  ");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(sent).toEqual([{ username: "ana@example.com", password: "  pass with spaces  " }]);
    await waitFor(() => expect(auth.getSnapshot().step).toBe("signedIn"));
  });

  it("refuses a password over 256 characters before any request", async () => {
    const auth = await prepareAuth({});
    render(withAuth(auth, {}, <SignIn />));
    await userEvent.type(screen.getByLabelText("Username or email"), "ana");
    await userEvent.click(screen.getByLabelText("Password"));
    await userEvent.paste("x".repeat(257));
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("A password can be at most 256 characters.")).toBeTruthy();
    expect(auth.getSnapshot().status).toBe("idle");
  });

  it("typing re-renders neither the Authenticator nor consumers that don't read form state (leaving a field re-renders that field only)", async () => {
    const auth = await prepareAuth({});
    const commits: Record<string, number> = { authenticator: 0, stepReader: 0, errorReader: 0 };
    const count = (id: string) => () => void (commits[id] = (commits[id] ?? 0) + 1);
    function StepReader() {
      return <p>{useAuthStep()}</p>;
    }
    function ErrorReader() {
      return <p>{useCognitoAuth((s) => s.error?.code ?? "")}</p>;
    }
    render(
      <>
        <Profiler id="authenticator" onRender={count("authenticator")}><Authenticator auth={auth} /></Profiler>
        {withAuth(auth, {}, <>
          <Profiler id="stepReader" onRender={count("stepReader")}><StepReader /></Profiler>
          <Profiler id="errorReader" onRender={count("errorReader")}><ErrorReader /></Profiler>
        </>)}
      </>,
    );
    let before = { ...commits };
    const [username] = screen.getAllByLabelText("Username or email");
    await userEvent.type(username!, "someone@example.com");
    expect(commits).toEqual(before);
    // Leaving it checks it (a value that breaks a rule shows at once): its own field renders, nothing else.
    await userEvent.click(screen.getAllByLabelText("Password")[0]!);
    expect(commits).toEqual({ ...before, authenticator: before.authenticator! + 1 });
    before = { ...commits };
    await userEvent.type(screen.getAllByLabelText("Password")[0]!, "Some-Password-1!");
    expect(commits).toEqual(before);
  });

  it("focus moves to the next screen's heading after sign-in, and to the error on failure", async () => {
    const auth = await prepareAuth({ afterPassword: challenge("SOFTWARE_TOKEN_MFA"), challenges: { SOFTWARE_TOKEN_MFA: { error: "CodeMismatchException" } } });
    render(<Authenticator auth={auth} />);
    await userEvent.type(screen.getByLabelText("Username or email"), "ana");
    await userEvent.type(screen.getByLabelText("Password"), "Correct-Horse-1!{Enter}");
    const heading = await screen.findByRole("heading", { name: "Enter your code" });
    await waitFor(() => expect(heading).toHaveFocus());
    await userEvent.type(screen.getByLabelText("Code"), "123456");
    const alert = await screen.findByText("That code is not right. Check it and try again.");
    await waitFor(() => expect(alert).toHaveFocus());
  });
});
