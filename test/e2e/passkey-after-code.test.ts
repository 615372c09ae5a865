/**
 * A passwordless account's first passkey, in Chromium with its virtual authenticator and the
 * choice-based sign-in screens: signed in by an emailed code (no password exists), the prompt adds
 * a passkey, and after sign-out the passkey alone signs in — no code, no password on the wire.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { cognitoCall } from "cognito-react-kit-local";
import { launch, openTab } from "./browser";
import { codeSent, config, describeRequest, uniqueName } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
}

/** An account signed up without a password (the pool allows email codes), confirmed, its email verified. */
async function passwordlessUser() {
  const pool = inject("passkeyPool");
  const username = uniqueName("plk");
  const email = `${username}@example.com`;
  const call = (op: string, body: object) => cognitoCall(config().endpoint, op, body);
  await call("SignUp", { ClientId: pool.userPoolClientId, Username: username, UserAttributes: [{ Name: "email", Value: email }] });
  await call("AdminConfirmSignUp", { UserPoolId: pool.userPoolId, Username: username });
  await call("AdminUpdateUserAttributes", { UserPoolId: pool.userPoolId, Username: username, UserAttributes: [{ Name: "email", Value: email }, { Name: "email_verified", Value: "true" }] });
  return { username, email };
}

describe("a passkey added after an email-code sign-in", () => {
  it("signs in by code, adds a passkey from the prompt, then signs in with the passkey alone", async () => {
    const user = await passwordlessUser();
    const context = await browser.newContext();
    const tab = await openTab(context, "?pool=passkeys&choice", inject("appUrl").replace("127.0.0.1", "localhost"));
    const p = tab.page;
    const credentials = await virtualAuthenticator(p);

    // 1. Username first; the account has only an email, so the one way is an emailed code.
    let since = Date.now();
    await p.getByRole("textbox", { name: "Username or email" }).fill(user.username);
    await p.keyboard.press("Enter");
    await p.getByRole("button", { name: "Email me a code" }).click();
    await p.getByRole("textbox", { name: "Code" }).fill(await codeSent(user.username, since, "EMAIL"));
    await p.getByRole("heading", { name: `Welcome, ${user.email}` }).waitFor();
    // The sign-in, then the prompt's look at the account's passkeys (none yet).
    expect(tab.cognito().map(describeRequest)).toEqual(["InitiateAuth:USER_AUTH", "RespondToAuthChallenge:SELECT_CHALLENGE", "RespondToAuthChallenge:EMAIL_OTP", "ListWebAuthnCredentials"]);

    // 2. The prompt offers a passkey; adding it registers one on the authenticator.
    await p.getByRole("heading", { name: "Sign in faster next time" }).waitFor();
    await p.getByRole("button", { name: "Add a passkey" }).click();
    await p.getByText("Your passkey was added.").waitFor();
    expect(await credentials()).toHaveLength(1);

    // 3. Signed out, then in with the passkey alone: no code is sent, no password exists to send.
    await p.getByRole("button", { name: "Sign out" }).click();
    await p.getByRole("button", { name: "Sign in with a passkey" }).waitFor();
    await p.getByRole("textbox", { name: "Username or email" }).fill(user.username);
    const before = tab.cognito().length;
    since = Date.now();
    await p.getByRole("button", { name: "Sign in with a passkey" }).click();
    await p.getByRole("heading", { name: `Welcome, ${user.email}` }).waitFor();
    expect(tab.cognito().slice(before).map(describeRequest)).toEqual(["InitiateAuth:USER_AUTH", "RespondToAuthChallenge:WEB_AUTHN"]);
    const sent = (await (await fetch(`${config().endpoint}/_dev/messages?username=${encodeURIComponent(user.username)}`)).json()) as { messages: { at: number }[] };
    expect(sent.messages.filter((m) => m.at >= since)).toEqual([]);
    expect(tab.problems).toEqual([]);
    await context.close();
  });
});
