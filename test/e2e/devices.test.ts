/**
 * Remembered devices through the page (Chromium, the local stack, the ?pool=devices page with
 * rememberDevices() and <DeviceSettings>): "Remember this device" on the MFA screen, the next
 * sign-in with no MFA (its requests counted), a refresh naming the device, a reload, "Forget"
 * asking for MFA again, and a device remembered by amazon-cognito-identity-js carried over.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, openTab, type Tab } from "./browser";
import { config, describeRequest, freshTab, signIn, signInScreen, totpCode, type AuthWindow } from "./helpers";
import { deviceUser, freshTotpUser, MapStorage, rememberDevice, signInWithDevice } from "../support/device-client";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pool = () => config().devicesPool;
const home = (tab: Tab, username: string) => tab.page.getByRole("heading", { name: `Welcome, ${username}@example.com` });
/** The device keys the page keeps, by their amazon-cognito-identity-js names. */
const deviceKeys = (tab: Tab, username: string) => tab.page.evaluate(({ prefix }) => Object.fromEntries(
  ["deviceKey", "deviceGroupKey", "randomPasswordKey"].map((field) => [field, localStorage.getItem(`${prefix}.${field}`)])),
{ prefix: `CognitoIdentityServiceProvider.${pool().userPoolClientId}.${username}` });
/** The tab's Cognito requests from the `from`-th on, readable. */
const since = (tab: Tab, from: number) => tab.cognito().slice(from).map(describeRequest);

async function enterMfaCode(tab: Tab, secret: string, remember: boolean) {
  await tab.page.getByText("Enter the code from your authenticator app.").waitFor();
  await tab.page.getByRole("textbox", { name: "Code", exact: true }).fill(await totpCode(secret));
  const box = tab.page.getByRole("checkbox", { name: "Remember this device" });
  expect(await box.isChecked()).toBe(false);
  if (remember) await box.check();
  await tab.page.getByRole("button", { name: "Verify", exact: true }).click();
}

async function signOut(tab: Tab) {
  await tab.page.getByRole("button", { name: "Sign out", exact: true }).first().click();
  await signInScreen(tab).waitFor();
}

describe("remembered devices, through the page", () => {
  it("ticks 'Remember this device', signs out, reloads, and signs in again with no MFA prompt; a refresh names the device", async () => {
    const user = await freshTotpUser(config().endpoint, pool());
    const context = await browser.newContext();
    await context.clock.install();
    const tab = await openTab(context, "?pool=devices");
    await signIn(tab, user.username, user.password);
    await enterMfaCode(tab, user.totpSecret, true);
    await home(tab, user.username).waitFor();
    expect(since(tab, 0)).toEqual([
      "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER", "RespondToAuthChallenge:SOFTWARE_TOKEN_MFA",
      "ConfirmDevice", "UpdateDeviceStatus",
    ]);
    const keys = await deviceKeys(tab, user.username);
    expect(keys.deviceKey).toMatch(/_[0-9a-f-]{36}$/);
    expect(keys.randomPasswordKey).toBeTruthy();
    // The device secret never went over the wire (only its verifier did).
    for (const request of tab.requests) expect(request.body.includes(keys.randomPasswordKey!), request.url).toBe(false);

    // A refresh (tokens live 60 minutes, refreshed 60 s before expiry) sends the DEVICE_KEY and works.
    let from = tab.cognito().length;
    await context.clock.fastForward("59:40");
    await tab.page.evaluate(() => (window as unknown as AuthWindow).auth.getTokens());
    const refresh = tab.cognito().slice(from);
    expect(refresh.map(describeRequest)).toEqual(["InitiateAuth:REFRESH_TOKEN_AUTH"]);
    expect(JSON.parse(refresh[0]!.body).AuthParameters.DEVICE_KEY).toBe(keys.deviceKey);
    await home(tab, user.username).waitFor();

    await signOut(tab);
    expect(await deviceKeys(tab, user.username)).toEqual(keys); // sign-out keeps the device
    await tab.page.reload();
    await signInScreen(tab).waitFor();
    from = tab.cognito().length;
    await signIn(tab, user.username, user.password);
    await home(tab, user.username).waitFor();
    expect(since(tab, from)).toEqual([
      "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER",
      "RespondToAuthChallenge:DEVICE_SRP_AUTH", "RespondToAuthChallenge:DEVICE_PASSWORD_VERIFIER",
    ]);
    expect(tab.problems).toEqual([]);
    await context.close();
  });

  it("without the box ticked the device is not remembered: MFA again next time", async () => {
    const user = await freshTotpUser(config().endpoint, pool());
    const { context, tab } = await freshTab(browser, "?pool=devices");
    await signIn(tab, user.username, user.password);
    await enterMfaCode(tab, user.totpSecret, false);
    await home(tab, user.username).waitFor();
    expect(since(tab, 0).slice(-1)).toEqual(["ConfirmDevice"]);
    await signOut(tab);
    await signIn(tab, user.username, user.password);
    await tab.page.getByText("Enter the code from your authenticator app.").waitFor();
    await context.close();
  });

  it("lists the devices in account settings, this one marked; 'Forget' (confirmed) removes its keys, and the next sign-in asks for MFA", async () => {
    const user = await freshTotpUser(config().endpoint, pool());
    const { context, tab } = await freshTab(browser, "?pool=devices");
    const { page } = tab;
    await signIn(tab, user.username, user.password);
    await enterMfaCode(tab, user.totpSecret, true);
    await home(tab, user.username).waitFor();
    await page.getByRole("button", { name: "Account settings" }).click();
    const section = page.getByRole("region", { name: "Devices" });
    const row = section.getByRole("listitem");
    await expect.poll(() => row.count()).toBe(1);
    await row.getByText("This device").waitFor();
    await row.getByText("Remembered", { exact: true }).waitFor();
    await row.getByText(/^Last used /).waitFor();
    await row.getByRole("button", { name: /^Forget: / }).click();
    // The confirmation takes focus; cancelling keeps the device.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Forget device");
    await row.getByRole("button", { name: "Cancel" }).click();
    expect(await deviceKeys(tab, user.username)).toMatchObject({ deviceKey: expect.any(String) });
    await row.getByRole("button", { name: /^Forget: / }).click();
    await row.getByRole("button", { name: "Forget device" }).click();
    await section.getByText(/was forgotten\.$/).waitFor();
    await section.getByText("No devices yet.").waitFor();
    expect(await deviceKeys(tab, user.username)).toEqual({ deviceKey: null, deviceGroupKey: null, randomPasswordKey: null });
    await signOut(tab);
    const from = tab.cognito().length;
    await signIn(tab, user.username, user.password);
    await page.getByText("Enter the code from your authenticator app.").waitFor();
    expect(since(tab, from)).toEqual(["InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER"]);
    expect(tab.problems).toEqual([]);
    await context.close();
  });

  it("a device remembered by amazon-cognito-identity-js (its storage as it wrote it) skips MFA in the kit", async () => {
    const user = await freshTotpUser(config().endpoint, pool());
    const storage = new MapStorage();
    const library = deviceUser(pool(), config().endpoint, user.username, storage);
    const first = await signInWithDevice(library, user.username, user.password, user.totpSecret);
    expect(first).toMatchObject({ kind: "success", askedForMfa: true });
    await rememberDevice(library);
    const { context, tab } = await freshTab(browser, "?pool=devices");
    await tab.page.evaluate((items) => {
      for (const [key, value] of items) localStorage.setItem(key, value);
    }, [...storage.items]);
    await tab.page.reload();
    // The library's session is the kit's too (same keys): signed in from storage.
    await home(tab, user.username).waitFor();
    await signOut(tab);
    const from = tab.cognito().length;
    await signIn(tab, user.username, user.password);
    await home(tab, user.username).waitFor();
    expect(since(tab, from)).toEqual([
      "InitiateAuth:USER_SRP_AUTH", "RespondToAuthChallenge:PASSWORD_VERIFIER",
      "RespondToAuthChallenge:DEVICE_SRP_AUTH", "RespondToAuthChallenge:DEVICE_PASSWORD_VERIFIER",
    ]);
    await context.close();
  });
});
