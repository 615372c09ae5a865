/**
 * Passkeys in Chromium with its virtual authenticator (DevTools Protocol WebAuthn domain): add a
 * passkey after signing in, sign out, sign in with the passkey alone (two requests, no password
 * on the wire), remove it in account settings and see passkey sign-in refused. The page is opened
 * on http://localhost (the pool's relying party id; WebAuthn refuses IP addresses).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, CDPSession, Page } from "playwright-core";
import { cognitoCall } from "cognito-react-kit-local";
import { carries, launch, openTab, type Tab } from "./browser";
import { config, describeRequest, signIn, uniqueName, uniquePassword } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A resident-key, user-verifying platform authenticator that answers without a prompt. */
async function virtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; credentials: () => Promise<unknown[]> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { cdp, credentials: async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials };
}

async function passkeyUser() {
  const pool = inject("passkeyPool");
  const username = uniqueName("pk");
  const password = uniquePassword("Passkey");
  const call = (op: string, body: object) => cognitoCall(config().endpoint, op, body);
  await call("AdminCreateUser", {
    UserPoolId: pool.userPoolId, Username: username, MessageAction: "SUPPRESS", TemporaryPassword: password,
    UserAttributes: [{ Name: "email", Value: `${username}@example.com` }, { Name: "email_verified", Value: "true" }],
  });
  await call("AdminSetUserPassword", { UserPoolId: pool.userPoolId, Username: username, Password: password, Permanent: true });
  return { username, password, email: `${username}@example.com` };
}

describe("passkeys with Chromium's virtual authenticator", () => {
  it("adds a passkey after sign-in, signs in with it alone, and after removing it passkey sign-in is refused", async () => {
    const user = await passkeyUser();
    const context = await browser.newContext();
    // The page on localhost (the relying party), with a virtual authenticator of its own.
    const tab: Tab = await openTab(context, "?pool=passkeys", inject("appUrl").replace("127.0.0.1", "localhost"));
    const { page: p } = tab;
    const authenticator = await virtualAuthenticator(p);
    expect(await authenticator.credentials()).toEqual([]);

    // 1. Signed in with a password (SRP), the prompt offers a passkey; adding one creates it on the authenticator.
    await signIn(tab, user.username, user.password);
    await p.getByRole("heading", { name: `Welcome, ${user.email}` }).waitFor();
    await p.getByRole("heading", { name: "Sign in faster next time" }).waitFor();
    await p.getByRole("button", { name: "Add a passkey" }).click();
    await p.getByText("Your passkey was added.").waitFor();
    expect(await authenticator.credentials()).toHaveLength(1);

    // 2. Signed out, then in with the passkey alone: USER_AUTH + WEB_AUTHN, and no password anywhere.
    await p.getByRole("button", { name: "Sign out" }).click();
    await p.getByRole("button", { name: "Sign in with a passkey" }).waitFor();
    await p.getByRole("textbox", { name: "Username or email" }).fill(user.username);
    const before = tab.cognito().length;
    await p.getByRole("button", { name: "Sign in with a passkey" }).click();
    await p.getByRole("heading", { name: `Welcome, ${user.email}` }).waitFor();
    const signInRequests = tab.cognito().slice(before);
    expect(signInRequests.map(describeRequest)).toEqual(["InitiateAuth:USER_AUTH", "RespondToAuthChallenge:WEB_AUTHN"]);
    expect(signInRequests.some((r) => carries(r, user.password) || /"PASSWORD"|SRP_A/.test(r.body))).toBe(false);
    expect(JSON.parse(signInRequests[0]!.body)).toMatchObject({ AuthParameters: { USERNAME: user.username, PREFERRED_CHALLENGE: "WEB_AUTHN" } });
    // Signed in by passkey: no prompt to add one.
    expect(await p.getByRole("heading", { name: "Sign in faster next time" }).count()).toBe(0);

    // 3. Account settings list it with its name and date; removing it asks first.
    await p.getByRole("button", { name: "Account settings" }).click();
    await p.getByRole("heading", { name: "Passkeys" }).waitFor();
    const item = p.getByRole("listitem").filter({ hasText: "Added " });
    await item.waitFor();
    expect(await item.count()).toBe(1);
    await item.getByRole("button", { name: /^Remove / }).click();
    await p.getByText(/^Remove the passkey .*\? You will no longer be able to sign in with it\.$/).waitFor();
    await p.getByRole("group").getByRole("button", { name: "Remove passkey", exact: true }).click();
    await p.getByText("The passkey was removed.").waitFor();
    await p.getByText("You have no passkeys yet.").waitFor();

    // 4. The authenticator still holds the passkey, but the pool refuses passkey sign-in now.
    expect(await authenticator.credentials()).toHaveLength(1);
    await p.getByRole("button", { name: "Sign out" }).first().click();
    await p.getByRole("textbox", { name: "Username or email" }).fill(user.username);
    await p.getByRole("button", { name: "Sign in with a passkey" }).click();
    await p.getByRole("heading", { name: "Use your passkey" }).waitFor();
    await p.getByText("There is no passkey for this account yet. Sign in another way, then add one.").waitFor();
    expect(await p.getByRole("heading", { name: /^Welcome/ }).count()).toBe(0);
    // "Sign in another way" goes back with the username kept.
    await p.getByRole("button", { name: "Sign in another way" }).click();
    expect(await p.getByRole("textbox", { name: "Username or email" }).inputValue()).toBe(user.username);
    expect(tab.problems).toEqual([]);
    await context.close();
  });
});
