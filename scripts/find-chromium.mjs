/**
 * `npm test`'s pretest: make sure a Chromium is there for the browser tests. Silent and
 * network-free when one is found; as root on Debian/Ubuntu installs the distribution's package
 * with apt-get (reinstalling it when dpkg lists it but its files are gone); anywhere else prints
 * one line saying what to run, and fails. No tool downloads a browser of its own. Plain
 * JavaScript, so it starts in plain node; types in find-chromium.d.mts.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { CHROMIUM_NOT_FOUND, findChromium } from "./chromium-path.mjs";

export function planInstall(machine) {
  if (machine.platform !== "linux" || machine.uid !== 0 || !machine.hasApt) return { kind: "manual", message: CHROMIUM_NOT_FOUND };
  if (machine.installed.length > 0) return { kind: "apt", packages: [...machine.installed], reinstall: true };
  return { kind: "apt", packages: ["chromium"], reinstall: false };
}

const run = (command, args) =>
  spawnSync(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;

/** Chromium packages dpkg lists as installed (`chromium`, `chromium-common`, …). */
function installedChromiumPackages() {
  const listed = spawnSync("dpkg-query", ["-W", "-f=${Package} ${db:Status-Status}\\n", "chromium*"], { encoding: "utf8" });
  return (listed.stdout ?? "").split("\n").filter((line) => line.endsWith(" installed")).map((line) => line.split(" ")[0]);
}

function thisMachine() {
  const hasApt = existsSync("/usr/bin/apt-get") && existsSync("/usr/bin/dpkg-query");
  return { platform: process.platform, uid: process.getuid?.(), hasApt, installed: hasApt ? installedChromiumPackages() : [] };
}

/** Ubuntu has no `chromium` package; its `chromium-browser` is the one to ask for there. */
const aptName = (name) => (name === "chromium" && !run("apt-cache", ["show", "chromium"]) ? "chromium-browser" : name);

function install(plan) {
  console.log(`Chromium not found: ${plan.reinstall ? "reinstalling" : "installing"} ${plan.packages.join(" ")} with apt-get…`);
  if (!run("apt-get", ["update", "-qq"])) return false;
  return run("apt-get", ["install", "-y", "-qq", ...(plan.reinstall ? ["--reinstall"] : []), ...plan.packages.map(aptName)]);
}

export function ensureChromium() {
  try {
    if (findChromium()) return 0;
  } catch (error) {
    console.error(error.message); // CHROMIUM_PATH set to something that is not a browser
    return 1;
  }
  const plan = planInstall(thisMachine());
  if (plan.kind === "apt" && install(plan)) {
    const path = findChromium();
    if (path) {
      console.log(`Chromium installed: ${path}`);
      return 0;
    }
  }
  console.error(CHROMIUM_NOT_FOUND);
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = ensureChromium();
