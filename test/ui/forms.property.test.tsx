/**
 * Random form input in Chromium: <SignIn/>, <SignUp/>, the code forms (confirm sign-up, confirm
 * sign-in), <NewPassword/> and <ConfirmForgotPassword/> get random strings — empty, whitespace,
 * any Unicode, 256+ characters, and plausible valid values — pasted or typed, then submitted.
 * Nothing throws; an input the rules below refuse gets a message on its field and sends no
 * command; a valid one sends exactly what was typed (passwords untouched, usernames trimmed, and
 * emails — in an email field, or a username field holding an "@" — lowercased: normalizeUsername).
 *
 * The rules are written here independently of the kit's schema: required fields non-empty,
 * passwords at most 256 characters, new passwords meeting Cognito's default policy, codes six
 * digits, email and phone well-formed.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { ConfirmForgotPassword, ConfirmSignIn, ConfirmSignUp, NewPassword, SignIn, SignUp } from "../../src/ui/index";
import type { CognitoAuth } from "../../src/index";
import { prepareAuth, TEST_USER as USER, withAuth, challenge } from "../../src/testing/index";

/** Bounded in count and time: a failure (and its shrinking, each step a render) ends within a minute. */
const RUNS = { numRuns: 15, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true };
afterEach(cleanup);

type Kind = "username" | "password" | "newPassword" | "code" | "email" | "text";
interface Screen {
  name: string;
  ui: () => ReactElement;
  prepare: () => Promise<CognitoAuth>;
  command: keyof CognitoAuth;
  /** Field label → kind. */
  fields: Record<string, Kind>;
  submit: string;
  /** Cases always tried first: [value, typed] per field. */
  examples: [string, boolean][][];
}

const DELIVERY = { DeliveryMedium: "EMAIL", Destination: "a***@e***.com", AttributeName: "email" };
const signedUp = () => prepareAuth({ operations: { SignUp: { UserConfirmed: false, CodeDeliveryDetails: DELIVERY } } }, async (a) => {
  a.navigate("signUp");
  await a.signUp({ username: "ana", password: USER.password, attributes: { email: "ana@example.com" } });
});

const SCREENS: Screen[] = [
  { name: "SignIn", ui: () => <SignIn />, prepare: () => prepareAuth({}), command: "signIn", fields: { "Username or email": "username", Password: "password" }, submit: "Sign in",
    examples: [[["   ", false], ["Correct-Horse-1!", false]], [["ana", true], ["x".repeat(257), false]], [[" ana ", false], [" pw ", true]]] },
  {
    name: "SignUp", ui: () => <SignUp attributes={["email"]} />, prepare: () => prepareAuth({}, (a) => a.navigate("signUp")), command: "signUp",
    fields: { Username: "username", Email: "email", Password: "newPassword" }, submit: "Create account",
    examples: [[[" ", false], ["ana@example.com", false], ["Correct-Horse-1!", false]], [["ana", false], ["ana@", true], ["Correct-Horse-1!", false]]],
  },
  { name: "ConfirmSignUp", ui: () => <ConfirmSignUp />, prepare: signedUp, command: "confirmSignUp", fields: { Code: "code" }, submit: "Confirm",
    examples: [[["12345a", true]], [["1234567", true]], [["12 34 56", false]]] },
  {
    name: "ConfirmSignIn", ui: () => <ConfirmSignIn />, command: "confirmSignIn", fields: { Code: "code" }, submit: "Verify",
    prepare: () => prepareAuth({ afterPassword: challenge("SMS_MFA", { CODE_DELIVERY_DESTINATION: "+*******0101" }) }, (a) => a.signIn(USER)),
    examples: [[["١٢٣٤٥٦", true]], [["", false]]],
  },
  {
    name: "NewPassword", ui: () => <NewPassword />, command: "completeNewPassword", fields: { "New password": "newPassword", "Full name": "text" }, submit: "Set password",
    prepare: () => prepareAuth({ afterPassword: challenge("NEW_PASSWORD_REQUIRED", { userAttributes: "{}", requiredAttributes: '["userAttributes.name"]' }) }, (a) => a.signIn(USER)),
    examples: [[["Correct-Horse-1!", false], ["Ana", true]], [["correct-horse-1!", false], ["Ana", true]]],
  },
  {
    name: "ConfirmForgotPassword", ui: () => <ConfirmForgotPassword />, command: "confirmForgotPassword", fields: { Code: "code", "New password": "newPassword" },
    submit: "Reset password", prepare: () => prepareAuth({ operations: { ForgotPassword: { CodeDeliveryDetails: DELIVERY } } }, async (a) => {
      a.navigate("forgotPassword");
      await a.forgotPassword({ username: "ana" });
    }),
    examples: [[["123456", false], ["Correct-Horse-1!", false]], [["123456", true], ["Aa1!".repeat(65), false]]],
  },
];

/** Cognito's default policy: 8+ characters, a-z, A-Z, 0-9 and one of its symbols (or an inner space). */
const meetsPolicy = (v: string) =>
  [...v].length >= 8 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9]/.test(v) && /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/.test(v);

/** The rules a value of each kind must meet to be sent. */
const RULES: Record<Kind, (v: string) => boolean> = {
  // Required (only spaces is empty), then trimmed when sent; a password is taken as typed.
  username: (v) => v.trim().length > 0,
  password: (v) => v.length > 0 && v.length <= 256,
  newPassword: (v) => v.length > 0 && v.length <= 256 && meetsPolicy(v),
  code: (v) => /^\d{6}$/.test(v),
  // Trimmed first, as every identifier is.
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()),
  text: (v) => v.trim().length > 0,
};

const whitespace = fc.array(fc.constantFrom(" ", "\t", "\u00a0", "\u3000", "\u200b"), { minLength: 1, maxLength: 6 }).map((a) => a.join(""));
const VALID: Record<Kind, string[]> = {
  username: ["ana", " ana@example.com ", "Ωmega_1"],
  password: ["Correct-Horse-1!", " spaced secret ", "😀"],
  newPassword: ["Correct-Horse-1!", "Aa1 aaaa", "Pässwörd-2-Ok"],
  code: ["123456", "000000"],
  email: ["ana@example.com", "a.b@c.io"],
  text: ["Ana Example"],
};
const value = (kind: Kind) => fc.oneof(
  fc.constant(""), whitespace, fc.string({ maxLength: 30, unit: "grapheme" }), fc.string({ maxLength: 12, unit: "binary" }),
  fc.string({ minLength: 250, maxLength: 300, unit: "grapheme-ascii" }), fc.constantFrom(...VALID[kind]),
  fc.stringMatching(/^[0-9 -]{0,9}$/),
);

/** Paste (any field) or type (short values; user-event's "{" and "[" escaped). */
async function enter(input: HTMLElement, text: string, typed: boolean) {
  await userEvent.click(input);
  if (!text) return;
  if (typed && text.length <= 12) await userEvent.type(input, text.replace(/[{[]/g, (c) => c + c));
  else await userEvent.paste(text);
}

for (const s of SCREENS) {
  describe(`<${s.name}/> with random input`, () => {
    it("never throws; refuses what the rules refuse with a message and no command; sends valid input as typed", async () => {
      const entries = fc.tuple(...Object.values(s.fields).map((kind) => fc.tuple(value(kind), fc.boolean())));
      await fc.assert(
        fc.asyncProperty(entries, async (typedValues) => {
          const auth = await s.prepare();
          const sent: unknown[] = [];
          const real = auth[s.command] as (input: unknown) => unknown;
          Object.assign(auth, { [s.command]: (input: unknown) => (sent.push(input), real(input)) });
          try {
            render(withAuth(auth, {}, s.ui()));
            const labels = Object.keys(s.fields);
            // What the form holds is what the browser kept (a text input drops line breaks; a code field keeps digits),
            // read at once: a complete code submits by itself, and the screen may then move on.
            const held: string[] = [];
            for (const [i, label] of labels.entries()) {
              // (Standard attributes' controls load on demand: found, not got.)
              const input = (await screen.findByLabelText(label)) as HTMLInputElement;
              await enter(input, typedValues[i]![0], typedValues[i]![1]);
              held.push(input.value);
            }
            const valid = labels.every((label, i) => RULES[s.fields[label]!](held[i]!));
            // A complete code may have submitted itself, and the screen moved on.
            const button = screen.queryByRole("button", { name: s.submit });
            if (sent.length === 0 && button) await userEvent.click(button);
            const invalid = () => labels.filter((label) => screen.queryByLabelText(label)?.getAttribute("aria-invalid") === "true");
            await waitFor(() => expect(sent.length > 0 || invalid().length > 0).toBe(true));
            const context = `${JSON.stringify(held)} → sent ${JSON.stringify(sent)}, invalid ${JSON.stringify(invalid())}`;
            if (!valid) {
              expect(sent, context).toEqual([]);
              for (const label of invalid()) expect(screen.getByLabelText(label)).toHaveAccessibleDescription(expect.stringMatching(/\S/));
              expect(invalid().length, context).toBeGreaterThan(0);
              // The screen is still there, showing the messages.
              expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(1);
            } else {
              expect(sent.length, context).toBeGreaterThan(0);
              for (const [i, label] of labels.entries()) {
                const kind = s.fields[label]!;
                const sentValue = JSON.stringify(sent[0]);
                if (kind === "password" || kind === "newPassword") expect(sentValue, context).toContain(JSON.stringify(held[i]));
                if (kind === "code") expect(sentValue, context).toContain(JSON.stringify(held[i]!.trim()));
                // An email is sent lowercased (normalizeUsername, on by default).
                const email = kind === "email" || (kind === "username" && held[i]!.includes("@"));
                if (kind === "username" || kind === "email") expect(sentValue, context).toContain(JSON.stringify(email ? held[i]!.trim().toLowerCase() : held[i]!.trim()));
              }
            }
          } finally {
            cleanup();
            auth.destroy();
          }
        }),
        { ...RUNS, examples: s.examples.map((e) => [e] as [[string, boolean][]]) },
      );
    }, 120_000);
  });
}

/** A username of only spaces is empty: refused with the field's message, nothing sent (it once went out as ""). */
describe("a username of only spaces", () => {
  it("is refused by <SignIn/> before any command", async () => {
    const auth = await prepareAuth({});
    const sent: unknown[] = [];
    const real = auth.signIn;
    Object.assign(auth, { signIn: (input: Parameters<CognitoAuth["signIn"]>[0]) => (sent.push(input), real(input)) });
    render(withAuth(auth, {}, <SignIn />));
    await userEvent.type(screen.getByLabelText("Username or email"), "   ");
    await userEvent.type(screen.getByLabelText("Password"), "Correct-Horse-1!");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(screen.getByLabelText("Username or email").getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("Fill in this field.")).toBeTruthy();
    expect(sent).toEqual([]);
    auth.destroy();
  });
});
