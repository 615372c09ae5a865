/**
 * A language from loadLanguage holds the sign-in screens' strings; the account screens and the
 * hosted-UI buttons load their part of it (a chunk of its own) when they appear, showing the
 * language's "please wait" (or nothing) meanwhile — never the English strings in between.
 */
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { hostedUi } from "../../src/oauth/index";
import { AccountSettings, HostedUiButtons } from "../../src/ui/index";
import { de } from "../../src/ui/i18n/de";
import { enOAuth } from "../../src/ui/i18n/en-oauth";
import { enAccount } from "../../src/ui/i18n/en-account";
import { fr } from "../../src/ui/i18n/fr";
import { loadLanguage } from "../../src/ui/i18n/languages";
import { prepareAuth, TEST_USER as USER, withAuth } from "../../src/testing/index";

const profile = { Username: "ana", UserAttributes: [{ Name: "email", Value: "ana@example.com" }, { Name: "email_verified", Value: "true" }], UserMFASettingList: [] };

describe("language parts", () => {
  it("account settings in a loaded language: its 'please wait' first, then its own account strings, no English", async () => {
    const language = await loadLanguage("fr");
    expect(language).not.toHaveProperty("account.title");
    const auth = await prepareAuth({ operations: { GetUser: profile } }, (a) => a.signIn(USER));
    const englishSeen: string[] = [];
    const observer = new MutationObserver(() => {
      for (const text of [enAccount["account.title"], enAccount["account.changePassword"], enAccount["account.signOutEverywhere"]]) {
        if (document.body.textContent?.includes(text)) englishSeen.push(text);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    render(withAuth(auth, { language }, <AccountSettings />));
    expect(screen.getByRole("status")).toHaveTextContent(fr["common.pending"]);
    expect(await screen.findByRole("heading", { name: fr["account.title"] })).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: fr["account.signOutEverywhere"] })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: fr["account.changePassword"] })).toBeInTheDocument();
    observer.disconnect();
    expect(englishSeen).toEqual([]);
  });

  it("a statically imported language is whole: the account screens show at once", async () => {
    const auth = await prepareAuth({ operations: { GetUser: profile } }, (a) => a.signIn(USER));
    render(withAuth(auth, { language: fr }, <AccountSettings />));
    expect(screen.getByRole("heading", { name: fr["account.title"] })).toBeInTheDocument();
  });

  it("hosted-UI buttons in a loaded language: nothing for a moment, then the language's buttons", async () => {
    const language = await loadLanguage("de");
    expect(language).not.toHaveProperty("oauth.Google");
    const auth = await prepareAuth({});
    const config = { domain: "https://auth.example.com", redirectSignIn: "https://app.example.com/", redirectSignOut: "https://app.example.com/", providers: ["Google"] };
    const hosted = hostedUi(auth, config, { navigate: () => undefined, storage: sessionStorage });
    const englishSeen: string[] = [];
    const observer = new MutationObserver(() => void (document.body.textContent?.includes(enOAuth["oauth.Google"]) && englishSeen.push(enOAuth["oauth.Google"])));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    render(withAuth(auth, { language }, <HostedUiButtons hosted={hosted} />));
    expect(screen.queryByRole("button")).toBeNull();
    expect(await screen.findByRole("button", { name: de["oauth.Google"] })).toBeInTheDocument();
    observer.disconnect();
    expect(englishSeen).toEqual([]);
  });
});
