/**
 * Where this machine's Chromium is: the one lookup every browser launch in the repository uses
 * (Vitest's browser projects, the e2e tests, the render bench). No tool downloads a browser of
 * its own; `scripts/find-chromium.ts` (npm's `pretest`) installs one where it can.
 */
import { accessSync, constants, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** The one line printed when no Chromium is found and none can be installed here. */
export const CHROMIUM_NOT_FOUND =
  "Chromium not found: install it (sudo apt-get install chromium / brew install --cask chromium) or set CHROMIUM_PATH";

/** System-wide installs, in the order they are tried. */
export const SYSTEM_CHROMIUMS: Readonly<Record<string, readonly string[]>> = {
  linux: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  ],
};

/** Inside one `chromium-<revision>` folder of Playwright's cache, per platform. */
const CACHE_LAYOUTS: Readonly<Record<string, readonly string[]>> = {
  linux: ["chrome-linux64/chrome", "chrome-linux/chrome"],
  darwin: [
    "chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
    "chrome-mac/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
    "chrome-mac/Chromium.app/Contents/MacOS/Chromium",
  ],
};

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
  /** System paths to try after Playwright's cache (default: {@link SYSTEM_CHROMIUMS}). */
  system?: readonly string[];
}

export const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Playwright's browser cache: `PLAYWRIGHT_BROWSERS_PATH`, else the platform's default place. */
export function playwrightCache(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  const set = env.PLAYWRIGHT_BROWSERS_PATH;
  if (set && set !== "0") return set;
  return platform === "darwin" ? join(home, "Library/Caches/ms-playwright") : join(home, ".cache/ms-playwright");
}

/** Every place a Chromium could be, best first (newest cached revision first). */
export function chromiumCandidates(options: FindOptions = {}): string[] {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const cache = playwrightCache(env, platform, options.home ?? homedir());
  let revisions: string[] = [];
  try {
    revisions = readdirSync(cache)
      .filter((name) => /^chromium-\d+$/.test(name))
      .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  } catch {
    // no cache
  }
  const cached = revisions.flatMap((dir) => (CACHE_LAYOUTS[platform] ?? []).map((inner) => join(cache, dir, inner)));
  return [...cached, ...(options.system ?? SYSTEM_CHROMIUMS[platform] ?? [])];
}

/**
 * The Chromium to launch, or `undefined` when this machine has none. `CHROMIUM_PATH` wins, and
 * must then be an executable file.
 *
 * @example
 * const path = findChromium(); // "/usr/bin/chromium" on Debian with the chromium package
 */
export function findChromium(options: FindOptions = {}): string | undefined {
  const set = (options.env ?? process.env).CHROMIUM_PATH;
  if (set) {
    if (!isExecutable(set)) throw new Error(`CHROMIUM_PATH=${set} is not an executable file`);
    return set;
  }
  return chromiumCandidates(options).find(isExecutable);
}

/**
 * The Chromium to launch; throws {@link CHROMIUM_NOT_FOUND} when there is none. Use it for every
 * `executablePath` in the repository.
 *
 * @example
 * import { chromium } from "playwright-core";
 * import { chromiumPath } from "../scripts/chromium-path.js";
 * const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
 */
export function chromiumPath(options: FindOptions = {}): string {
  const path = findChromium(options);
  if (!path) throw new Error(CHROMIUM_NOT_FOUND);
  return path;
}
