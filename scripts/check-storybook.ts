/**
 * `npm run storybook:check [-- --out <dir>] [--no-build] [--keep]`: builds the static Storybook, opens
 * every story and docs page in headless Chromium and prints each one that renders a blank canvas,
 * fails its play function or its a11y check, or throws; then the sidebar's duplicate names. Exits
 * non-zero when anything is wrong. (test/storybook-static.test.ts asserts the same in `npm test`.)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildStorybook, launchContext, readIndex, serveStatic, visitAll } from "../test/support/storybook-static.js";
import { duplicateNames } from "../test/support/storybook-sidebar.js";

const args = process.argv.slice(2);
const outArg = args.indexOf("--out");
const outDir = outArg >= 0 && args[outArg + 1] ? resolve(args[outArg + 1]!) : mkdtempSync(join(tmpdir(), "crk-storybook-"));
const started = Date.now();
if (!args.includes("--no-build")) await buildStorybook(outDir);
const built = Date.now();
const entries = readIndex(outDir);
const server = await serveStatic(outDir);
const browser = await launchContext();
const visits = await visitAll(browser.context, server.url, entries);
await browser.close();
await server.close();
const failed = visits.filter((v) => v.problems.length > 0);
for (const v of failed) console.log(`✗ ${v.type} ${v.id}\n    ${v.problems.join("\n    ")}`);
const duplicates = duplicateNames(entries);
for (const d of duplicates) console.log(`✗ sidebar: ${d}`);
const slowest = [...visits].sort((a, b) => b.ms - a.ms).slice(0, 3).map((v) => `${v.id} ${v.ms} ms`).join(", ");
console.log(
  `${visits.length} entries (${entries.filter((e) => e.type === "story").length} stories, ${entries.filter((e) => e.type === "docs").length} docs pages): ` +
    `${failed.length} with problems, ${duplicates.length} duplicate names. Build ${((built - started) / 1000).toFixed(1)} s, ` +
    `visits ${((Date.now() - built) / 1000).toFixed(1)} s; slowest: ${slowest}. Output: ${outDir}`,
);
if (outArg < 0 && !args.includes("--keep")) rmSync(outDir, { recursive: true, force: true });
process.exitCode = failed.length + duplicates.length > 0 ? 1 : 0;
