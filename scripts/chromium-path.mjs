/**
 * Where this machine's Chromium is: the one lookup every browser launch in the repository uses
 * (Vitest's browser projects, the e2e tests, the benches). No tool downloads a browser of its own;
 * `scripts/find-chromium.mjs` (npm's `pretest`) installs one where it can. Plain JavaScript, so
 * the pretest starts in plain `node`; types in chromium-path.d.mts.
 */
import { accessSync, constants, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const CHROMIUM_NOT_FOUND =
  "Chromium not found: install it (sudo apt-get install chromium / brew install --cask chromium) or set CHROMIUM_PATH";

export const SYSTEM_CHROMIUMS = {
  linux: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  ],
};

/** Inside one `chromium-<revision>` folder of Playwright's cache, per platform. */
const CACHE_LAYOUTS = {
  linux: ["chrome-linux64/chrome", "chrome-linux/chrome"],
  darwin: [
    "chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
    "chrome-mac/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
    "chrome-mac/Chromium.app/Contents/MacOS/Chromium",
  ],
};

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function playwrightCache(env, platform, home) {
  const set = env.PLAYWRIGHT_BROWSERS_PATH;
  if (set && set !== "0") return set;
  return platform === "darwin" ? join(home, "Library/Caches/ms-playwright") : join(home, ".cache/ms-playwright");
}

export function chromiumCandidates(options = {}) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const cache = playwrightCache(env, platform, options.home ?? homedir());
  let revisions = [];
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

export function findChromium(options = {}) {
  const set = (options.env ?? process.env).CHROMIUM_PATH;
  if (set) {
    if (!isExecutable(set)) throw new Error(`CHROMIUM_PATH=${set} is not an executable file`);
    return set;
  }
  return chromiumCandidates(options).find(isExecutable);
}

export function chromiumPath(options = {}) {
  const path = findChromium(options);
  if (!path) throw new Error(CHROMIUM_NOT_FOUND);
  return path;
}
