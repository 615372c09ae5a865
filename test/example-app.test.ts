/**
 * examples/app-testing as an app team has it: the packed kit and the packed local Cognito tool
 * installed (from the npm cache) into a copy of the example, then the example's own `npm test` —
 * its stories and Testing Library test on cognito-react-kit/testing, and SRP sign-ins against
 * cognito-react-kit-local started by its own global setup. Only the public entries are reachable.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAndPack, npm, REPO_ROOT, withBuildLock } from "../scripts/packed-app";
import { chromiumPath } from "../scripts/chromium-path";

const EXAMPLE = join(REPO_ROOT, "examples/app-testing");
const CACHE = join(tmpdir(), "cognito-react-kit-packed");

/** The tool's tarball (its prepack builds dist/), under the build lock like the kit's. */
function packTool(): Promise<string> {
  return withBuildLock(() => {
    const out = join(CACHE, "tarballs", `tool-${process.pid}`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const [{ filename }] = JSON.parse(npm(["pack", "--json", "--pack-destination", out], join(REPO_ROOT, "packages/local-cognito"))) as [{ filename: string }];
    return join(out, filename);
  });
}

const exampleFiles = (dir = EXAMPLE): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  ["node_modules", ".cognito"].includes(e.name) ? [] : e.isDirectory() ? exampleFiles(join(dir, e.name)) : [join(dir, e.name)]);

/** A copy of the example with both tarballs and the repository's versions of everything else installed; cached by content. */
async function installedExample(): Promise<string> {
  const kit = await buildAndPack();
  const tool = await packTool();
  const hash = createHash("sha256").update(readFileSync(kit)).update(readFileSync(tool));
  for (const file of exampleFiles().sort()) hash.update(file.slice(EXAMPLE.length)).update(readFileSync(file));
  const dir = join(CACHE, `example-${hash.digest("hex").slice(0, 16)}`);
  if (existsSync(join(dir, ".ready"))) return dir;
  const staging = `${dir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(EXAMPLE, staging, { recursive: true, filter: (src) => !/[/\\](node_modules|\.cognito)$/.test(src) });
  const pkg = JSON.parse(readFileSync(join(staging, "package.json"), "utf8")) as Record<string, Record<string, string>>;
  for (const field of ["dependencies", "devDependencies"] as const) {
    for (const name of Object.keys(pkg[field]!)) {
      const installed = join(REPO_ROOT, "node_modules", name, "package.json");
      pkg[field]![name] = name === "cognito-react-kit" ? `file:${kit}` : name === "cognito-react-kit-local" ? `file:${tool}`
        : existsSync(installed) ? (JSON.parse(readFileSync(installed, "utf8")) as { version: string }).version : pkg[field]![name]!;
    }
  }
  writeFileSync(join(staging, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  npm(["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], staging);
  rmSync(join(tool, ".."), { recursive: true, force: true });
  writeFileSync(join(staging, ".ready"), kit);
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process got there first
  }
  return dir;
}

describe("examples/app-testing, installed from the packed tarballs", () => {
  it("its own test command passes: two stories and a Testing Library test on cognito-react-kit/testing, SRP sign-ins against cognito-react-kit-local", async () => {
    const dir = await installedExample();
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.dependencies["cognito-react-kit"]).toMatch(/^file:.*\.tgz$/);
    expect(pkg.devDependencies["cognito-react-kit-local"]).toMatch(/^file:.*\.tgz$/);
    // The installed packages are the tarballs' (dist only), not links into this repository.
    expect(existsSync(join(dir, "node_modules/cognito-react-kit/src"))).toBe(false);
    expect(existsSync(join(dir, "node_modules/cognito-react-kit-local/src"))).toBe(false);
    const run = spawnSync("npm", ["test", "--", "--reporter=verbose"], {
      cwd: dir, encoding: "utf8", env: { ...process.env, CHROMIUM_PATH: chromiumPath(), CI: "1", NO_COLOR: "1" }, timeout: 150_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output.slice(-4000)).toBe(0);
    for (const name of [
      "signs ana in with the right password", "refuses a wrong password",
      "shows who is signed in", "asks for the SMS code", "story SignedInAsAdmin renders", "story MfaPending renders",
    ]) expect(output, name).toMatch(new RegExp(`✓ .*${name}`));
    expect(output).toMatch(/Tests\s+6 passed \(6\)/);
  }, 300_000);
});
