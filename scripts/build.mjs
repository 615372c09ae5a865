// Library build: esbuild bundles each public entry as ESM (shared code split into chunks, peers
// external), tsc emits the .d.ts files, and the stylesheet is copied as is.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";

const entries = ["src/index.ts", "src/react/index.ts", "src/ui/index.ts", "src/sdk/index.ts", "src/oauth/index.ts"];
const external = ["react", "react-dom", "react/jsx-runtime", "react-hook-form", "zod", "@aws-sdk/*", "lean-qr", "lean-qr/*", "zod/*"];

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: entries,
  outdir: "dist",
  outbase: "src",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  jsx: "automatic",
  external,
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "none",
  logLevel: "warning",
});
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
mkdirSync("dist/ui", { recursive: true });
if (existsSync("src/ui/styles.css")) copyFileSync("src/ui/styles.css", "dist/ui/styles.css");
console.log("built dist/");
