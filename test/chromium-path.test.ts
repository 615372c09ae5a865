/**
 * The Chromium finder (scripts/chromium-path.mjs) and the pretest's install plan
 * (scripts/find-chromium.mjs), against real files in a scratch directory.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHROMIUM_NOT_FOUND, chromiumPath, findChromium } from "../scripts/chromium-path.js";
import { planInstall } from "../scripts/find-chromium.mjs";

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "crk-chromium-"));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const file = (path: string, mode = 0o755) => {
  const full = join(home, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, "#!/bin/sh\n");
  chmodSync(full, mode);
  return full;
};

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first, and refuses one that is not an executable file", () => {
    const set = file("bin/my-chrome");
    file(".cache/ms-playwright/chromium-1200/chrome-linux64/chrome");
    expect(findChromium({ env: { CHROMIUM_PATH: set }, platform: "linux", home, system: [] })).toBe(set);
    const notExecutable = file("bin/readme", 0o644);
    expect(() => findChromium({ env: { CHROMIUM_PATH: notExecutable }, home })).toThrow(`CHROMIUM_PATH=${notExecutable} is not an executable file`);
    expect(() => findChromium({ env: { CHROMIUM_PATH: join(home, "bin") }, home })).toThrow(/not an executable file/);
  });

  it("finds Playwright's cached Chromium on Linux, newest revision first, before the system's", () => {
    const system = file("usr/bin/chromium");
    file(".cache/ms-playwright/chromium-999/chrome-linux/chrome");
    const newest = file(".cache/ms-playwright/chromium-1200/chrome-linux64/chrome");
    file(".cache/ms-playwright/chromium-1300/chrome-linux64/chrome", 0o644); // not executable: skipped
    expect(findChromium({ env: {}, platform: "linux", home, system: [system] })).toBe(newest);
  });

  it("honours PLAYWRIGHT_BROWSERS_PATH and the macOS cache layout", () => {
    const custom = file("browsers/chromium-1100/chrome-linux/chrome");
    expect(findChromium({ env: { PLAYWRIGHT_BROWSERS_PATH: join(home, "browsers") }, platform: "linux", home, system: [] })).toBe(custom);
    const mac = file("Library/Caches/ms-playwright/chromium-1200/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing");
    expect(findChromium({ env: {}, platform: "darwin", home, system: [] })).toBe(mac);
    expect(findChromium({ env: {}, platform: "linux", home, system: [] })).toBeUndefined();
  });

  it("falls back to the system's Chromium, and says what to do when there is none", () => {
    const system = file("usr/bin/google-chrome");
    expect(findChromium({ env: {}, platform: "linux", home, system: [join(home, "usr/bin/chromium"), system] })).toBe(system);
    expect(findChromium({ env: {}, platform: "linux", home, system: [] })).toBeUndefined();
    expect(() => chromiumPath({ env: {}, platform: "linux", home, system: [] })).toThrow(CHROMIUM_NOT_FOUND);
  });
});

describe("planInstall (the pretest on a machine without Chromium)", () => {
  it("installs Debian's package as root, and reinstalls what dpkg lists when the files are gone", () => {
    expect(planInstall({ platform: "linux", uid: 0, hasApt: true, installed: [] })).toEqual({ kind: "apt", packages: ["chromium"], reinstall: false });
    expect(planInstall({ platform: "linux", uid: 0, hasApt: true, installed: ["chromium", "chromium-common"] }))
      .toEqual({ kind: "apt", packages: ["chromium", "chromium-common"], reinstall: true });
  });

  it("prints one line to act on elsewhere: not root, no apt, macOS, Windows", () => {
    const machines = [
      { platform: "linux", uid: 1000, hasApt: true, installed: [] },
      { platform: "linux", uid: 0, hasApt: false, installed: [] },
      { platform: "darwin", uid: 501, hasApt: false, installed: [] },
      { platform: "win32", uid: undefined, hasApt: false, installed: [] },
    ] as const;
    for (const machine of machines) expect(planInstall(machine)).toEqual({ kind: "manual", message: CHROMIUM_NOT_FOUND });
    expect(CHROMIUM_NOT_FOUND).not.toContain("\n");
    expect(CHROMIUM_NOT_FOUND).toMatch(/apt-get install chromium.*brew install --cask chromium.*CHROMIUM_PATH/);
  });
});

describe("every browser launch in the repository", () => {
  it("finds its Chromium through scripts/chromium-path", () => {
    const root = resolve(import.meta.dirname, "..");
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (name === "node_modules" || name === "dist" || name.startsWith(".readme")) return [];
      return statSync(path).isDirectory() ? walk(path) : /\.(m?[jt]sx?)$/.test(name) ? [path] : [];
    });
    const files = [...["scripts", "test", "stories", ".storybook"].flatMap((d) => walk(join(root, d))), join(root, "vitest.config.ts")];
    const launching = files
      .filter((path) => !/chromium-path(\.test\.ts|\.ts|\.mjs|\.d\.mts)$/.test(path) && /executablePath/.test(readFileSync(path, "utf8")))
      .map((path) => relative(root, path));
    expect(launching).toEqual(expect.arrayContaining(["vitest.config.ts", "test/e2e/browser.ts", "scripts/bench-render.ts"]));
    const astray = launching.filter((path) => !/chromium-path(\.js|\.ts|\.mjs)?["']/.test(readFileSync(join(root, path), "utf8")));
    expect(astray).toEqual([]);
  });
});
