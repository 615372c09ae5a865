/** Types of find-chromium.mjs, npm test's pretest (plain JavaScript so that it starts in plain node). */

export interface Machine {
  platform: NodeJS.Platform;
  /** `undefined` where there are no POSIX user ids (Windows). */
  uid: number | undefined;
  hasApt: boolean;
  /** Chromium packages dpkg lists as installed (`chromium`, `chromium-common`, …). */
  installed: readonly string[];
}

export type InstallPlan =
  | { kind: "apt"; packages: string[]; reinstall: boolean }
  | { kind: "manual"; message: string };

/**
 * What to do on a machine without a usable Chromium. dpkg may list the package while its files
 * are missing (deleted, or hidden by a mount): a plain `apt-get install` then answers "already the
 * newest version" and does nothing, so those packages are reinstalled instead.
 *
 * @example
 * planInstall({ platform: "linux", uid: 0, hasApt: true, installed: [] }); // { kind: "apt", packages: ["chromium"], reinstall: false }
 */
export declare function planInstall(machine: Machine): InstallPlan;

/**
 * Finds Chromium, installing it where that is this machine's ordinary way; returns the exit code
 * (0 when there is one).
 *
 * @example
 * process.exitCode = ensureChromium();
 */
export declare function ensureChromium(): number;
