/**
 * The published package: the build emits every subpath export with its types, the core entry
 * reaches no React, and the entries load in Node by their public names.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, string | { types: string; import: string }>;
  peerDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

/** Every module file reachable from `file` through relative imports. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/from\s*"(\.[^"]+)"/g)) reachable(resolve(dirname(file), spec!), seen);
  return seen;
}

describe("package", () => {
  beforeAll(() => {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "pipe" });
  }, 120_000);

  it("emits JS and .d.ts for every subpath export", () => {
    for (const [path, target] of Object.entries(pkg.exports)) {
      if (typeof target === "string") expect(existsSync(join(root, target)), path).toBe(true);
      else {
        expect(existsSync(join(root, target.import)), `${path} import`).toBe(true);
        expect(existsSync(join(root, target.types)), `${path} types`).toBe(true);
      }
    }
  });

  it("the core entry reaches no React and no AWS SDK code", () => {
    const files = reachable(join(root, "dist/index.js"));
    expect(files.size).toBeGreaterThan(1);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from\s*"(react|react-dom|@aws-sdk\/[^"]+)"/);
    }
  });

  it("imports only declared packages", () => {
    const allowed = new Set([...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies), "react/jsx-runtime", "zod/mini", "lean-qr/nano"]);
    for (const entry of ["dist/index.js", "dist/react/index.js", "dist/ui/index.js", "dist/sdk/index.js", "dist/oauth/index.js"]) {
      for (const file of reachable(join(root, entry))) {
        for (const [, spec] of readFileSync(file, "utf8").matchAll(/from\s*"([^".][^"]*)"/g)) expect(allowed, `${file} imports ${spec}`).toContain(spec);
      }
    }
  });

  it("publint and arethetypeswrong (ESM-only) find nothing wrong", () => {
    const bin = (name: string) => join(root, "node_modules/.bin", name);
    expect(execFileSync(bin("publint"), ["--strict"], { cwd: root, encoding: "utf8" })).toContain("All good!");
    // Exits non-zero on any problem; styles.css is not a module with types.
    execFileSync(bin("attw"), ["--pack", ".", "--profile", "esm-only", "--exclude-entrypoints", "./styles.css", "--format", "ascii"], { cwd: root, encoding: "utf8" });
  }, 120_000);

  it("loads by its public names", async () => {
    // Names in variables: the built files exist only once this test has built them.
    const load = (name: string) => import(/* @vite-ignore */ name) as Promise<Record<string, unknown>>;
    expect(typeof (await load("cognito-react-kit")).createCognitoAuth).toBe("function");
    expect(typeof (await load("cognito-react-kit/sdk")).sdkTransport).toBe("function");
  });
});
