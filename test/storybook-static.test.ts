/**
 * The Storybook designers review, as built by `storybook build` and opened in Chromium: every
 * story renders visible content and finishes its play function; every docs page renders with its
 * component's description; the sidebar is grouped by journey in flow order with no two entries of
 * the same name; the toolbar's theme, language and direction reach the screens and the canvas.
 * New story files are covered as they are added (everything comes from the built index.json).
 * One build and one Chromium for the whole file (see test/support/storybook-static.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStorybook, launchContext, openTab, readIndex, serveStatic, visit, visitAll, type IndexEntry, type Visit } from "./support/storybook-static";
import { duplicateNames } from "./support/storybook-sidebar";
import { SCRIPTED_JOURNEYS } from "../stories/support/no-local-cognito";
import { globalTypes, mergeUi, toolbarUi } from "../.storybook/toolbar";
import { LANGUAGE_LOADERS } from "../src/ui/i18n/languages";

const ROOT = resolve(import.meta.dirname, "..");

/** The journeys in the order a person meets them (issue 13; .storybook/README.md). */
const JOURNEYS = ["Drop-in", "Sign in", "Sign up", "MFA", "Recovery", "Account", "Hosted UI", "Local Cognito"];

/** Each journey's first components, in flow order. */
const FLOW: Record<string, string[]> = {
  "Drop-in": ["Authenticator"],
  "Sign in": ["Sign-in screen", "New password"],
  "Sign up": ["Sign-up screen"],
  MFA: ["Select MFA type", "Confirm sign-in", "Set up TOTP"],
  Recovery: ["Forgot password", "Confirm forgot password"],
};

/** The first sentence of the JSDoc right above `export function <name>` in a source file, as markdown shows it (no backticks). */
function jsdocOf(file: string, name: string): string {
  const source = readFileSync(join(ROOT, file), "utf8");
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export function ${name}\\b`).exec(source);
  if (!match) throw new Error(`no JSDoc above ${name} in ${file}`);
  const text = match[1]!.split("\n").map((line) => line.replace(/^\s*\*\s?/, "")).filter((line) => !line.startsWith("@")).join(" ");
  return text.replace(/`/g, "").replace(/\s+/g, " ").trim().split(/(?<=[.:])\s/)[0]!;
}

/**
 * Each screen's docs page and where its component's description is written (a story file whose
 * meta has a JSDoc of its own, as Verify contact's, shows that one instead).
 */
const DESCRIBED: Record<string, [file: string, component: string]> = {
  "drop-in-authenticator--docs": ["src/ui/authenticator.tsx", "Authenticator"],
  "sign-in-sign-in-screen--docs": ["src/ui/screens/sign-in.tsx", "SignIn"],
  "sign-in-new-password--docs": ["src/ui/screens/codes.tsx", "NewPassword"],
  "sign-up-sign-up-screen--docs": ["src/ui/screens/sign-up.tsx", "SignUp"],
  "sign-up-confirm-sign-up--docs": ["src/ui/screens/codes.tsx", "ConfirmSignUp"],
  "mfa-select-mfa-type--docs": ["src/ui/screens/mfa.tsx", "SelectMfaType"],
  "mfa-confirm-sign-in--docs": ["src/ui/screens/codes.tsx", "ConfirmSignIn"],
  "mfa-set-up-totp--docs": ["src/ui/screens/mfa.tsx", "SetupTotp"],
  "recovery-forgot-password--docs": ["src/ui/screens/codes.tsx", "ForgotPassword"],
  "recovery-confirm-forgot-password--docs": ["src/ui/screens/codes.tsx", "ConfirmForgotPassword"],
  "account-account-settings--docs": ["src/ui/account/account-settings.tsx", "AccountSettings"],
  "hosted-ui-hosted-ui-buttons--docs": ["src/ui/oauth/hosted-ui-buttons.tsx", "HostedUiButtons"],
};

describe("the sidebar's naming rules", () => {
  const entry = (title: string, name: string, type: "story" | "docs" = "story") => ({ title, name, type });

  it("accepts the same state name under different components", () => {
    expect(duplicateNames([entry("Sign in/Sign-in screen", "Dark"), entry("Sign up/Sign-up screen", "Dark"), entry("Sign in/Sign-in screen", "Docs", "docs")])).toEqual([]);
  });

  it("finds a component name used in two groups, two entries of one name, and a story named like a group", () => {
    expect(duplicateNames([entry("Live/Local Cognito", "A"), entry("Demo/Local Cognito", "B")])).toEqual([`"Live/Local Cognito", "Demo/Local Cognito" show the same name`]);
    expect(duplicateNames([entry("MFA/Set up TOTP", "Ready"), entry("MFA/Set up TOTP", "ready")])).toEqual([`"MFA/Set up TOTP" has 2 entries named "ready"`]);
    expect(duplicateNames([entry("Drop-in/Authenticator", "A"), entry("Local Cognito/Live flows", "Authenticator")]))
      .toEqual([`story "Local Cognito/Live flows/Authenticator" is named like "Drop-in/Authenticator"`]);
    expect(duplicateNames([entry("Sign in/Sign-in screen", "A"), entry("Sign in/Sign in", "B")])).toHaveLength(1);
  });
});

describe("the toolbar's switches", () => {
  it("offer each of the kit's 23 languages by its own name, loaded as an app loads it", async () => {
    const items = globalTypes.locale.toolbar.items;
    expect(items.map((i) => i.value)).toEqual(Object.keys(LANGUAGE_LOADERS));
    expect(new Set(items.map((i) => i.title)).size).toBe(23);
    const ui = await toolbarUi({ theme: "dark", locale: "he", direction: "auto" });
    expect([ui.colorScheme, ui.language?.["meta.lang"], ui.dir]).toEqual(["dark", "he", undefined]);
    expect(await toolbarUi({ locale: "xx", direction: "rtl" })).toEqual({ colorScheme: "light", dir: "rtl" });
    expect(await toolbarUi({ locale: "en" })).toEqual({ colorScheme: "light" });
  });

  it("leave what a story sets itself", () => {
    expect(mergeUi({ colorScheme: "dark", dir: "rtl" }, { colorScheme: "light" })).toEqual({ colorScheme: "light", dir: "rtl" });
    expect(mergeUi({ colorScheme: "dark" }, undefined)).toEqual({ colorScheme: "dark" });
  });
});

describe("the static Storybook", () => {
  const outDir = mkdtempSync(join(tmpdir(), "crk-storybook-"));
  let entries: IndexEntry[] = [];
  let visits: Visit[] = [];
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Awaited<ReturnType<typeof launchContext>> | undefined;

  beforeAll(async () => {
    await buildStorybook(outDir);
    entries = readIndex(outDir);
    server = await serveStatic(outDir);
    browser = await launchContext();
    visits = await visitAll(browser.context, server.url, entries);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it("renders every story with visible content, its play function passing, and every docs page", () => {
    expect(entries.filter((e) => e.type === "story").length).toBeGreaterThan(100);
    const failed = visits.filter((v) => v.problems.length > 0).map((v) => `${v.id}: ${v.problems.join("; ")}`);
    expect(failed).toEqual([]);
  });

  it("groups the sidebar by journey, in flow order", () => {
    const groups = [...new Set(entries.map((e) => e.title.split("/")[0]))];
    expect(groups).toEqual(JOURNEYS);
    const titles = entries.map((e) => e.title).filter((t, i, all) => all.indexOf(t) === i);
    // The screens in the order a person meets them (a journey's options after its form).
    for (const [journey, components] of Object.entries(FLOW)) {
      expect(titles.filter((t) => t.startsWith(`${journey}/`)).slice(0, components.length), journey).toEqual(components.map((c) => `${journey}/${c}`));
    }
  });

  it("has no two sidebar entries with the same name", () => {
    expect(duplicateNames(entries)).toEqual([]);
  });

  it("gives every component a docs page, first in its group, with the description from its JSDoc", () => {
    const titles = [...new Set(entries.map((e) => e.title))];
    for (const title of titles) expect(entries.find((e) => e.title === title)?.type, title).toBe("docs");
    for (const [id, [file, component]] of Object.entries(DESCRIBED)) {
      const page = visits.find((v) => v.id === id);
      expect(page?.text?.replace(/\s+/g, " "), id).toContain(jsdocOf(file, component));
    }
  });

  it("links the live stories' stand-in to a docs page of every scripted journey", () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const [, id] of SCRIPTED_JOURNEYS) expect(ids, id).toContain(id);
    expect(SCRIPTED_JOURNEYS.map(([name]) => name)).toEqual(JOURNEYS.filter((j) => j !== "Local Cognito"));
  });

  it("switches theme, language and direction from the toolbar, with the canvas following the theme", async () => {
    const tab = await openTab(browser!.context);
    const { page } = tab;
    const open = async (id: string, globals: string) => {
      // The play functions speak English: with another language they fail, so only the page is read here.
      await visit(tab, server!.url, entries.find((e) => e.id === id)!, { globals });
      return page.locator("#storybook-root section[data-screen]").first();
    };
    let screen = await open("sign-in-sign-in-screen--idle", "theme:dark;locale:ar;direction:ltr");
    expect(await screen.getAttribute("data-theme")).toBe("dark");
    expect(await screen.getAttribute("dir")).toBe("ltr");
    expect(await screen.locator("h2").innerText()).toBe("تسجيل الدخول");
    expect(await page.evaluate("getComputedStyle(document.body).backgroundColor")).toBe("rgb(11, 13, 18)");

    screen = await open("sign-in-sign-in-screen--idle", "theme:light;locale:he;direction:auto");
    expect(await screen.getAttribute("data-theme")).toBe("light");
    expect(await screen.getAttribute("dir")).toBe("rtl");
    expect(await page.evaluate("getComputedStyle(document.body).backgroundColor")).toBe("rgba(0, 0, 0, 0)");

    // A story's own state wins: the French story stays French, and takes the toolbar's theme.
    screen = await open("sign-in-sign-in-screen--french", "theme:dark;locale:de");
    expect(await screen.locator("h2").innerText()).toBe("Connexion");
    expect(await screen.getAttribute("data-theme")).toBe("dark");
    await page.close();
  });
});
