// Library build: one ESM file per source module (esbuild transforms each file, no bundling), so an
// app's bundler sees the module graph and drops every screen, language and part the app does not
// import; `"use client"` stays at the top of the files that have it. tsc emits the .d.ts files and
// the stylesheet is copied as is. Built beside dist/ and swapped in at the end, so a reader of
// dist/ (npm pack, a test) never sees it half-written.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Every module under src/, tests and declaration files excepted. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sources("src");
const out = `dist.${process.pid}.tmp`;
rmSync(out, { recursive: true, force: true });
try {
await build({
  entryPoints: files,
  outdir: out,
  outbase: "src",
  bundle: false,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  jsx: "automatic",
  legalComments: "none",
  logLevel: "warning",
});
// The directive must survive: React server frameworks rely on it to find the client boundary.
for (const file of files) {
  if (!/^["']use client["'];?/.test(readFileSync(file, "utf8"))) continue;
  const emitted = join(out, file.slice("src/".length).replace(/\.tsx?$/, ".js"));
  if (!readFileSync(emitted, "utf8").startsWith('"use client";')) throw new Error(`${emitted} lost "use client"`);
}
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json", "--outDir", out], { stdio: "inherit" });
copyFileSync("src/ui/styles.css", join(out, "ui/styles.css"));
rmSync("dist", { recursive: true, force: true });
renameSync(out, "dist");
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`built dist/ (${files.length} modules)`);
