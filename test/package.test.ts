/**
 * The published package: the build emits one ESM file per source module (so apps tree-shake it)
 * with its types, keeps "use client", every subpath export resolves, the core entry reaches no
 * React, and the entries (languages included) load in Node by their public names.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withBuildLock } from "../scripts/packed-app";

const root = resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  sideEffects: string[];
  exports: Record<string, string | { types: string; import: string }>;
  peerDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

/** Every module file reachable from `file` through relative imports (static and dynamic). */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/(?:from\s*|import\()"(\.[^"]+)"/g)) reachable(resolve(dirname(file), spec!), seen);
  return seen;
}

/** Source modules (tests and declarations excepted), relative to src/. */
function sources(dir = join(root, "src")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.(test|d)\.tsx?$/.test(e.name) ? [relative(join(root, "src"), join(dir, e.name))] : []);
}

/** The 22 languages besides English, by module name (ar, …, zh-hant). */
const LANGUAGES = ["ar", "cs", "da", "de", "es", "fi", "fr", "he", "hi", "it", "ja", "ko", "nb", "nl", "pl", "pt", "ru", "sv", "tr", "uk", "zh-hans", "zh-hant"];

describe("package", () => {
  beforeAll(async () => {
    // Under the lock every build of this tree takes (size test, other runs): none swaps dist/ under us.
    await withBuildLock(() => execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "pipe" }));
  }, 300_000);

  it("emits JS and .d.ts for every subpath export (each language for the ./ui/i18n/* pattern)", () => {
    for (const [path, target] of Object.entries(pkg.exports)) {
      const names = path.includes("*") ? LANGUAGES : [""];
      for (const name of names) {
        const at = (file: string) => join(root, file.replace("*", name));
        if (typeof target === "string") expect(existsSync(at(target)), path).toBe(true);
        else {
          expect(existsSync(at(target.import)), `${path} ${name} import`).toBe(true);
          expect(existsSync(at(target.types)), `${path} ${name} types`).toBe(true);
        }
      }
    }
  });

  it("keeps module boundaries: one JS file per source module, \"use client\" kept, side effects in CSS only", () => {
    const modules = sources();
    expect(modules.length).toBeGreaterThan(60);
    for (const file of modules) {
      const emitted = join(root, "dist", file.replace(/\.tsx?$/, ".js"));
      expect(existsSync(emitted), emitted).toBe(true);
      const client = /^["']use client["']/.test(readFileSync(join(root, "src", file), "utf8"));
      expect(readFileSync(emitted, "utf8").startsWith('"use client";'), `${file} "use client"`).toBe(client);
    }
    expect(modules.filter((f) => /^(ui\/.*\.tsx|ui\/index\.ts|react\/.*)$/.test(f)).every((f) => readFileSync(join(root, "src", f), "utf8").startsWith('"use client"'))).toBe(true);
    expect(pkg.sideEffects).toEqual(["**/*.css"]);
  });

  it("the core entry reaches no React and no AWS SDK code", () => {
    const files = reachable(join(root, "dist/index.js"));
    expect(files.size).toBeGreaterThan(1);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from\s*"(react|react-dom|@aws-sdk\/[^"]+)"/);
    }
  });

  it("the identity-pool entry reaches no React and no AWS SDK; the core entry reaches no identity-pool module", () => {
    const files = reachable(join(root, "dist/identity-pool/index.js"));
    expect(files.size).toBeGreaterThan(2);
    for (const file of files) expect(readFileSync(file, "utf8"), file).not.toMatch(/from\s*"(react|react-dom|aws4fetch|@aws-sdk\/[^"]+)"/);
    expect([...reachable(join(root, "dist/index.js"))].filter((file) => file.includes("identity-pool"))).toEqual([]);
    expect(readFileSync(join(root, "dist/identity-pool/react.js"), "utf8").startsWith('"use client";')).toBe(true);
  });

  it("the passwordless entry reaches no React and no AWS SDK; neither the core nor the ui entry reaches it", () => {
    const files = reachable(join(root, "dist/passwordless/index.js"));
    expect(files.size).toBeGreaterThan(2);
    for (const file of files) expect(readFileSync(file, "utf8"), file).not.toMatch(/from\s*"(react|react-dom|aws4fetch|@aws-sdk\/[^"]+)"/);
    for (const entry of ["dist/index.js", "dist/ui/index.js"]) {
      expect([...reachable(join(root, entry))].filter((file) => file.includes("passwordless")), entry).toEqual([]);
    }
    expect(readFileSync(join(root, "dist/ui/passwordless/index.js"), "utf8").startsWith('"use client";')).toBe(true);
  });

  it("the passkeys entry reaches no React and no AWS SDK; neither the core nor the screens reach any passkeys module", () => {
    const files = reachable(join(root, "dist/passkeys/index.js"));
    expect(files.size).toBeGreaterThan(3);
    for (const file of files) expect(readFileSync(file, "utf8"), file).not.toMatch(/from\s*"(react|react-dom|@aws-sdk\/[^"]+)"/);
    for (const entry of ["dist/index.js", "dist/ui/index.js"]) {
      expect([...reachable(join(root, entry))].filter((file) => /passkey/i.test(file)), entry).toEqual([]);
    }
    expect(readFileSync(join(root, "dist/ui/passkeys/index.js"), "utf8").startsWith('"use client";')).toBe(true);
  });

  it("the devices entry reaches no React and no AWS SDK; no other entry but devices/ui reaches a devices module", () => {
    const files = reachable(join(root, "dist/devices/index.js"));
    expect(files.size).toBeGreaterThan(3);
    for (const file of files) expect(readFileSync(file, "utf8"), file).not.toMatch(/from\s*"(react|react-dom|@aws-sdk\/[^"]+)"/);
    for (const entry of ["dist/index.js", "dist/react/index.js", "dist/ui/index.js", "dist/identity-pool/index.js"]) {
      expect([...reachable(join(root, entry))].filter((file) => /devices/.test(file)), entry).toEqual([]);
    }
    expect(readFileSync(join(root, "dist/devices/ui/index.js"), "utf8").startsWith('"use client";')).toBe(true);
  });

  it("imports only declared packages", () => {
    const allowed = new Set([...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies), "react/jsx-runtime", "zod/mini", "lean-qr/nano"]);
    for (const entry of ["dist/index.js", "dist/react/index.js", "dist/ui/index.js", "dist/ui/i18n/languages.js", "dist/sdk/index.js", "dist/oauth/index.js", "dist/identity-pool/index.js", "dist/identity-pool/react.js", "dist/passkeys/index.js", "dist/ui/passkeys/index.js", "dist/devices/index.js", "dist/devices/ui/index.js", "dist/passwordless/index.js", "dist/ui/passwordless/index.js"]) {
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
    expect(typeof (await load("cognito-react-kit/identity-pool")).createIdentityPoolCredentials).toBe("function");
    expect(typeof (await load("cognito-react-kit/passwordless")).choiceSignIn).toBe("function");
    expect(typeof (await load("cognito-react-kit/passkeys")).passkeysOf).toBe("function");
    expect(typeof (await load("cognito-react-kit/devices")).rememberDevices).toBe("function");
    // A language by its own subpath, and the picker loading one through its dynamic import().
    expect((await load("cognito-react-kit/ui/i18n/fr")).fr).toMatchObject({ "meta.lang": "fr" });
    const { pickLanguage } = (await load("cognito-react-kit/ui/i18n")) as { pickLanguage: (tags: string[]) => Promise<Record<string, string>> };
    expect((await pickLanguage(["fr-CA", "en"]))["meta.lang"]).toBe("fr");
    expect((await pickLanguage(["he-IL"]))["meta.lang"]).toBe("he");
  });
});
