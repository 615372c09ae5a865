/**
 * The exported parts (Screen, Form, Field, SubmitArea) compose a screen of the app's own layout
 * that behaves like the kit's: validation before any request, the machine's errors in the alert,
 * the app's field overrides, a custom react-hook-form form with the kit's Field.
 */
import { describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useForm } from "react-hook-form";
import { Field, Form, Screen, SubmitArea } from "../../src/ui/index";
import { useAuth, useCognitoAuth } from "../../src/react/index";
import { prepareAuth, TEST_USER as USER, withAuth } from "../../src/testing/index";

/** The README's "screens of your own" sample. */
function CompactSignIn() {
  const auth = useAuth();
  const state = useCognitoAuth();
  if (state.step !== "signIn") return <p>Signed in</p>;
  return (
    <Screen name="signIn" title="Welcome back">
      <Form<{ username: string; password: string }>
        name="signIn"
        fields={[{ name: "username", kind: "username", label: "Work username" }, { name: "password", kind: "password" }]}
        submitLabel="Continue"
        status={state.status}
        error={state.error}
        onSubmit={(values) => auth.signIn(values)}
      />
    </Screen>
  );
}

describe("the kit's parts, composed by an app", () => {
  it("a custom sign-in validates before any request and shows the machine's error in its alert", async () => {
    const auth = await prepareAuth({ afterPassword: { error: "NotAuthorizedException" } });
    render(withAuth(auth, {}, <CompactSignIn />));
    expect(screen.getByRole("heading", { name: "Welcome back" })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findAllByText("Fill in this field.")).toHaveLength(2);
    expect(auth.getSnapshot().status).toBe("idle");
    await userEvent.type(screen.getByLabelText("Work username"), USER.username);
    await userEvent.type(screen.getByLabelText("Password"), "wrong-password");
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("Incorrect username or password."));
    expect((screen.getByLabelText("Password") as HTMLInputElement).value).toBe("");
    expect((screen.getByLabelText("Work username") as HTMLInputElement).value).toBe(USER.username);
  });

  it("a custom sign-in signs in", async () => {
    const auth = await prepareAuth({});
    render(withAuth(auth, {}, <CompactSignIn />));
    await userEvent.type(screen.getByLabelText("Work username"), USER.username);
    await userEvent.type(screen.getByLabelText("Password"), USER.password);
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(screen.getByText("Signed in")).toBeTruthy());
  });

  it("the app's field overrides for the screen name apply to a composed form too", async () => {
    const auth = await prepareAuth({});
    render(withAuth(auth, { fields: { signIn: { username: { label: "Badge number", placeholder: "B-123" } } } }, <CompactSignIn />));
    expect(screen.getByLabelText("Badge number").getAttribute("placeholder")).toBe("B-123");
  });

  it("Field and SubmitArea serve a react-hook-form form of the app's own", async () => {
    let submitted = "";
    function OwnForm() {
      const form = useForm<Record<string, string>>({ defaultValues: { code: "" } });
      return (
        <form onSubmit={form.handleSubmit(({ code }) => void (submitted = code ?? ""))}>
          <Field spec={{ name: "code", kind: "code" }} control={form.control} register={form.register} setValue={form.setValue} />
          <SubmitArea status="error" error={{ code: "CodeMismatchException", messageId: "error.CodeMismatch" }} label="Check" />
        </form>
      );
    }
    const auth = await prepareAuth({});
    render(withAuth(auth, {}, <OwnForm />));
    const code = screen.getByRole("textbox");
    expect(code.getAttribute("autocomplete")).toBe("one-time-code");
    expect(screen.getByRole("alert").textContent).toBe("That code is not right. Check it and try again.");
    await userEvent.type(code, "123456");
    await userEvent.click(screen.getByRole("button", { name: "Check" }));
    await waitFor(() => expect(submitted).toBe("123456"));
  });
});
