// The tool's build: src/index.ts (start(), config types) and src/cli.ts (the bin) bundled by esbuild
// into dist/ as ESM for Node, with every package left external (cognito-local's deep imports get
// the ".js" Node's ESM resolution needs); tsc emits the declarations, whose relative imports get
// ".js" too, so "node16" and "bundler" resolution both read them.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist");
rmSync(out, { recursive: true, force: true });

const nodeEsmDeepImports = {
  name: "node-esm-deep-imports",
  setup(b) {
    const requireHere = createRequire(join(root, "package.json"));
    const base = dirname(requireHere.resolve("cognito-local/package.json"));
    b.onResolve({ filter: /^cognito-local\/lib\// }, (args) => {
      const file = requireHere.resolve(args.path); // e.g. lib/services → lib/services/index.js
      if (file.endsWith(".json")) return { path: file }; // bundled: Node's ESM would want an import attribute
      return { path: `cognito-local/${file.slice(base.length + 1).split("\\").join("/")}`, external: true };
    });
  },
};
await build({
  absWorkingDir: root,
  entryPoints: ["src/index.ts", "src/cli.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  plugins: [nodeEsmDeepImports],
  legalComments: "none",
  logLevel: "warning",
});
chmodSync(join(out, "cli.js"), 0o755);

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.json")], { stdio: "inherit" });
for (const file of readdirSync(out).filter((f) => f.endsWith(".d.ts"))) {
  const path = join(out, file);
  writeFileSync(path, readFileSync(path, "utf8").replace(/(from |import\()"(\.\/[\w-]+)"/g, '$1"$2.js"'));
}
console.error(`built ${out}`); // stderr: `npm pack --json` prints JSON on stdout
