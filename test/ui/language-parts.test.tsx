/**
 * A language from loadLanguage holds the sign-in screens' strings; the account screens load their
 * part of it (a chunk of its own) when they appear, showing the language's "please wait" meanwhile —
 * never the English strings in between.
 */
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { AccountSettings } from "../../src/ui/index";
import { enAccount } from "../../src/ui/i18n/en-account";
import { fr } from "../../src/ui/i18n/fr";
import { loadLanguage } from "../../src/ui/i18n/languages";
import { prepareAuth, USER, withAuth } from "../../stories/support/story-auth";

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
});
