/**
 * The choice-based sign-in screens in Chromium on the scripted transport: `<Authenticator>` shows
 * them once "cognito-react-kit/passwordless/ui" is imported — only for a machine with the add-on;
 * a loaded language's own strings, no English in between; keyboard and axe. (The flows themselves
 * are proven against the local Cognito in passwordless-live.test.tsx.)
 */
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { createCognitoAuth, memoryStorage, type CognitoAuth } from "../../src/index";
import { Authenticator } from "../../src/ui/index";
import { signInActions } from "../../src/ui/add-on-screens";
import { choiceSignIn } from "../../src/ui/passwordless/index";
import { enPasswordless } from "../../src/ui/i18n/en-passwordless";
import { frPasswordless } from "../../src/ui/i18n/fr-passwordless";
import { loadLanguage } from "../../src/ui/i18n/languages";
import type { SignInMethod } from "../../src/passwordless/index";
import { scriptedTransport, settle, signedIn, type Script } from "../../src/testing/index";

const SESSION = "scripted-session";
const SELECT = { ChallengeName: "SELECT_CHALLENGE", AvailableChallenges: ["EMAIL_OTP", "PASSWORD_SRP"], ChallengeParameters: {}, Session: SESSION };
const EMAIL_OTP = { ChallengeName: "EMAIL_OTP", ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "a***@e***.com" }, Session: SESSION };

async function machine(script: Script, methods: SignInMethod[] | null = ["EMAIL_OTP", "PASSWORD"]): Promise<CognitoAuth> {
  const auth = createCognitoAuth({
    userPoolId: "eu-west-1_Ui", userPoolClientId: `ui-${Math.random().toString(36).slice(2)}`, storage: memoryStorage(), locks: null,
    transport: scriptedTransport({ latency: 10, ...script }), ...(methods ? { addOns: [choiceSignIn({ methods })] } : {}),
  });
  await settle(auth, (s) => s.step !== "restoring");
  return auth;
}

async function noAxeViolations() {
  const { violations } = await axe.run(document.body);
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

describe("<Authenticator> with choiceSignIn", () => {
  it("username first, then the choice, then the emailed code with resend; all by keyboard; axe clean at each screen", async () => {
    const auth = await machine({ operations: { InitiateAuth: SELECT }, challenges: { SELECT_CHALLENGE: EMAIL_OTP } });
    render(<Authenticator auth={auth} />);
    const username = await screen.findByLabelText("Username or email");
    expect(screen.queryByLabelText("Password")).toBeNull();
    await noAxeViolations();
    await userEvent.type(username, "ana@example.com{Enter}");
    expect(await screen.findByRole("heading", { name: "Choose how to sign in" })).toHaveFocus();
    expect(screen.getByLabelText("Email me a code")).toBeChecked();
    await noAxeViolations();
    // The password, by keyboard: arrow to it, its field appears.
    await userEvent.click(screen.getByLabelText("Email me a code"));
    await userEvent.keyboard("{ArrowDown}");
    expect(screen.getByLabelText("Use my password")).toBeChecked();
    expect(screen.getByLabelText("Password")).toHaveAttribute("autocomplete", "current-password");
    await userEvent.keyboard("{ArrowUp}");
    expect(screen.queryByLabelText("Password")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByText(/^Enter the code we emailed to/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Send a new code in \d+ s$/ })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Sign in another way" })).toBeEnabled();
    await noAxeViolations();
    auth.destroy();
  });

  it("a machine without the add-on keeps the stock screens, the passwordless module imported or not", async () => {
    const auth = await machine({}, null);
    render(<Authenticator auth={auth} />);
    expect(await screen.findByLabelText("Password")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeInTheDocument();
    auth.destroy();
  });

  it("a loaded language: its own strings of these screens once their part is in, never English in between", async () => {
    const language = await loadLanguage("fr");
    expect(language).not.toHaveProperty("choice.title");
    const auth = await machine({ operations: { InitiateAuth: SELECT } });
    const englishSeen: string[] = [];
    const observer = new MutationObserver(() => {
      for (const text of [enPasswordless["choice.title"], enPasswordless["method.EMAIL_OTP"], enPasswordless["choice.otherAccount"]]) if (document.body.textContent?.includes(text)) englishSeen.push(text);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    render(<Authenticator auth={auth} language={language} />);
    await userEvent.type(await screen.findByLabelText(language["label.usernameOrEmail"]!), "ana@example.com");
    await userEvent.click(screen.getByRole("button", { name: frPasswordless["choice.continue"] }));
    expect(await screen.findByRole("heading", { name: frPasswordless["choice.title"] })).toBeInTheDocument();
    expect(screen.getByLabelText(frPasswordless["method.EMAIL_OTP"])).toBeInTheDocument();
    observer.disconnect();
    expect(englishSeen).toEqual([]);
    auth.destroy();
  });

  it("other add-ons' ways in (signInActions, e.g. a passkey button) show under the username, as on the stock screen", async () => {
    const auth = await machine({});
    const Passkey = () => <button type="button">Sign in with a passkey</button>;
    signInActions.push(Passkey);
    try {
      render(<Authenticator auth={auth} />);
      expect(await screen.findByRole("button", { name: "Sign in with a passkey" })).toBeInTheDocument();
      expect(screen.getByLabelText("Username or email")).toBeInTheDocument();
    } finally {
      signInActions.splice(signInActions.indexOf(Passkey), 1);
      auth.destroy();
    }
  });

  it("the Authenticator's loginMechanism and hideSignUp reach the choice sign-in screen", async () => {
    const auth = await machine({});
    render(<Authenticator auth={auth} loginMechanism="email" hideSignUp />);
    expect(await screen.findByLabelText("Email")).toHaveAttribute("type", "email");
    expect(screen.queryByRole("button", { name: "Create an account" })).toBeNull();
    expect(screen.getByRole("button", { name: "Forgot your password?" })).toBeInTheDocument();
    auth.destroy();
  });

  it("the app's own messages win over the screens' strings", async () => {
    const auth = await machine({});
    render(<Authenticator auth={auth} messages={{ "choice.continue": "Next" }} />);
    expect(await screen.findByRole("button", { name: "Next" })).toBeInTheDocument();
    auth.destroy();
  });

  it("passwordless sign-up from the Authenticator: no password field; the code then signs in by itself", async () => {
    const auth = await machine({
      operations: {
        SignUp: { UserConfirmed: false, UserSub: "s", Session: "sign-up", CodeDeliveryDetails: { DeliveryMedium: "EMAIL", Destination: "a***@e***.com" } },
        ConfirmSignUp: { Session: "confirmed" },
        InitiateAuth: signedIn({ email: "ana@example.com" }),
      },
    }, ["EMAIL_OTP"]);
    render(<Authenticator auth={auth} initialScreen="signUp" />);
    expect(await screen.findByText(enPasswordless["passwordlessSignUp.description"])).toBeInTheDocument();
    expect(screen.queryByLabelText(/password/i)).toBeNull();
    await userEvent.type(screen.getByLabelText("Email"), "ana@example.com{Enter}");
    await userEvent.type(await screen.findByLabelText("Code"), "123456");
    expect(await screen.findByText("Signed in as ana@example.com")).toBeInTheDocument();
    auth.destroy();
  });
});
