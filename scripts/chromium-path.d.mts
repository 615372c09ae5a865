/** Types of chromium-path.mjs (plain JavaScript so that `npm test`'s pretest starts in plain node). */

/** The one line printed when no Chromium is found and none can be installed here. */
export declare const CHROMIUM_NOT_FOUND: string;

/** System-wide installs, in the order they are tried, per platform. */
export declare const SYSTEM_CHROMIUMS: Readonly<Record<string, readonly string[]>>;

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
  /** System paths to try after Playwright's cache (default: {@link SYSTEM_CHROMIUMS}). */
  system?: readonly string[];
}

/** An existing file this process may execute. */
export declare function isExecutable(path: string): boolean;

/** Playwright's browser cache: `PLAYWRIGHT_BROWSERS_PATH`, else the platform's default place. */
export declare function playwrightCache(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string;

/** Every place a Chromium could be, best first (newest cached Playwright revision first, then the system's). */
export declare function chromiumCandidates(options?: FindOptions): string[];

/**
 * The Chromium to launch, or `undefined` when this machine has none. `CHROMIUM_PATH` wins, and
 * must then be an executable file (else this throws).
 *
 * @example
 * const path = findChromium(); // "/usr/bin/chromium" on Debian with the chromium package
 */
export declare function findChromium(options?: FindOptions): string | undefined;

/**
 * The Chromium to launch; throws {@link CHROMIUM_NOT_FOUND} when there is none. Use it for every
 * `executablePath` in the repository.
 *
 * @example
 * import { chromium } from "playwright-core";
 * import { chromiumPath } from "../scripts/chromium-path.js";
 * const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
 */
export declare function chromiumPath(options?: FindOptions): string;
