/**
 * AWS credentials from the identity pool in Chromium, against the local stack: the page's
 * useAwsCredentials shows them, and a request aws4fetch signs with them is accepted by the local
 * SigV4 service. They live in memory only (nothing in localStorage or sessionStorage), and a
 * sign-out in one tab removes them from both; with guests enabled, both tabs fall back to guest
 * credentials, which the service accepts as unauthenticated.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, openTab, type Tab } from "./browser";
import { finish, signIn, signInScreen, welcome } from "./helpers";
import { userFor } from "../support/dev-api";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const status = (tab: Tab) => tab.page.getByRole("status", { name: "AWS credentials" });
const answer = (tab: Tab) => tab.page.getByLabel("AWS answer");
const identityRequests = (tab: Tab) => tab.cognito().filter((r) => r.headers["x-amz-target"]?.startsWith("AWSCognitoIdentityService.")).map((r) => r.target);

/** What the tab's storage holds that looks like the credentials: must be nothing. */
const storedSecrets = (tab: Tab, secrets: string[]) =>
  tab.page.evaluate((wanted) => {
    const all = [...Object.values(localStorage), ...Object.values(sessionStorage)].join("\n");
    return wanted.filter((s) => all.includes(s));
  }, secrets);

async function twoTabs(query: string) {
  const user = userFor("confirmed");
  const context = await browser.newContext();
  const a = await openTab(context, query);
  await signIn(a, user.username, user.password);
  await welcome(a, user.email).waitFor();
  const b = await openTab(context, query);
  await welcome(b, user.email).waitFor();
  for (const tab of [a, b]) await expect.poll(() => status(tab).textContent()).toMatch(/^ready user /);
  return { user, context, a, b };
}

describe("AWS credentials from the identity pool", () => {
  it("sign a request the local SigV4 service accepts; memory only; gone in both tabs after sign-out", async () => {
    const { user, context, a, b } = await twoTabs("?identity=signedIn");
    expect(identityRequests(a)).toEqual(["GetId", "GetCredentialsForIdentity"]);

    await a.page.getByRole("button", { name: "Call AWS" }).click();
    await expect.poll(() => answer(a).textContent()).toBe("accepted user");
    const signed = a.requests.find((r) => r.url.includes("/aws-service/notes"))!;
    expect(signed.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIA[A-Z2-7]{16}\/\d{8}\/local\/execute-api\/aws4_request, SignedHeaders=[a-z;-]*host[a-z;-]*, Signature=[0-9a-f]{64}$/);
    const sessionToken = signed.headers["x-amz-security-token"]!;
    const accessKeyId = /Credential=(\w+)/.exec(signed.headers.authorization!)![1]!;
    for (const tab of [a, b]) expect(await storedSecrets(tab, [accessKeyId, sessionToken])).toEqual([]);

    await a.page.getByRole("button", { name: "Sign out", exact: true }).click();
    for (const tab of [a, b]) {
      await signInScreen(tab).waitFor();
      await expect.poll(() => status(tab).textContent()).toBe("signedOut");
      await tab.page.getByRole("button", { name: "Call AWS" }).click();
      await expect.poll(() => answer(tab).textContent()).toBe("failed SignedOut");
    }
    await finish(context, [a, b], user.password);
  });

  it("with guests enabled: guest credentials before sign-in and after sign-out, in both tabs", async () => {
    const first = await browser.newContext();
    const guest = await openTab(first, "?identity=withGuests");
    await expect.poll(() => status(guest).textContent()).toMatch(/^ready guest /);
    await guest.page.getByRole("button", { name: "Call AWS" }).click();
    await expect.poll(() => answer(guest).textContent()).toBe("accepted guest");
    await first.close();

    const { user, context, a, b } = await twoTabs("?identity=withGuests");
    const userIdentity = (await status(a).textContent())!.split(" ")[2];
    await b.page.getByRole("button", { name: "Sign out", exact: true }).click();
    for (const tab of [a, b]) {
      await signInScreen(tab).waitFor();
      await expect.poll(() => status(tab).textContent()).toMatch(/^ready guest /);
      expect((await status(tab).textContent())!.split(" ")[2]).not.toBe(userIdentity);
      await tab.page.getByRole("button", { name: "Call AWS" }).click();
      await expect.poll(() => answer(tab).textContent()).toBe("accepted guest");
    }
    await finish(context, [a, b], user.password);
  });
});
