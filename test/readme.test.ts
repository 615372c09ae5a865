/**
 * Every TypeScript sample in README.md compiles against the kit's public entry points.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const samples = [...readFileSync(join(root, "README.md"), "utf8").matchAll(/```(tsx?)\n([\s\S]*?)```/g)].map((m) => ({ ext: m[1]!, code: m[2]! }));

describe("README samples", () => {
  it("has samples for the drop-in, customizing, hooks-only and the core", () => {
    expect(samples.length).toBeGreaterThanOrEqual(4);
  });

  it("each compiles with the strict settings of the project", () => {
    const dir = join(root, "test/.readme-samples");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    samples.forEach((s, i) => writeFileSync(join(dir, `sample-${i}.${s.ext}`), `export {};\n${s.code}`));
    writeFileSync(join(dir, "css.d.ts"), 'declare module "*.css";\n');
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
      extends: "../../tsconfig.json",
      compilerOptions: {
        noEmit: true, noUnusedLocals: false, baseUrl: ".",
        paths: { "cognito-react-kit": ["../../src/index.ts"], "cognito-react-kit/styles.css": ["./css.d.ts"], "cognito-react-kit/ui/i18n": ["../../src/ui/i18n/languages.ts"], "cognito-react-kit/ui/i18n/*": ["../../src/ui/i18n/*.ts"], "cognito-react-kit/*": ["../../src/*/index.ts"] },
      },
      include: ["*.ts", "*.tsx"],
    }));
    let output = "";
    try {
      execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", dir], { encoding: "utf8" });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe("");
  }, 60_000);
});
