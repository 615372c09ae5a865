/**
 * The package as people install it: build, `npm pack`, and install the tarball into a scratch app
 * (with the peers at this repository's versions), so measurements and tests go through the
 * published `exports` and files rather than through `src/`.
 *
 * @example
 * const { dir } = await packedApp({ extraDeps: ["@types/react", "typescript"] });
 * // dir/node_modules/cognito-react-kit is the installed tarball
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The repository root. */
export const REPO_ROOT = resolve(import.meta.dirname, "..");
/** Peers every scratch app gets, at the versions installed in this repository. */
export const PEERS = ["react", "react-dom", "react-hook-form", "zod"] as const;

const CACHE = join(tmpdir(), "cognito-react-kit-packed");
const LOCK = join(REPO_ROOT, "node_modules/.cache/cognito-react-kit-build.lock");
/** Runs npm in `cwd` and returns its stdout; a failure throws with the end of npm's output. */
export function npm(args: string[], cwd: string): string {
  try {
    return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm ${args.join(" ")} failed in ${cwd}:\n${`${stdout}\n${stderr}`.trim().slice(-3000)}`);
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `work` while holding a lock shared by every process building `dist/` in this tree (other
 * test files, other engineers' runs), so no build deletes `dist/` under another's `npm pack`.
 * A lock whose holder died is taken over.
 *
 * @example
 * await withBuildLock(() => execFileSync("npm", ["run", "build"]));
 */
export async function withBuildLock<T>(work: () => T | Promise<T>): Promise<T> {
  mkdirSync(join(LOCK, ".."), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "pid"), String(process.pid));
      break;
    } catch {
      let holder = 0;
      try {
        holder = Number(readFileSync(join(LOCK, "pid"), "utf8"));
      } catch {
        // Just created, pid not written yet: wait, unless it has been like this for long.
        if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs < 10_000) holder = -1;
      }
      if (holder === 0 || (holder > 0 && !alive(holder))) rmSync(LOCK, { recursive: true, force: true });
      else if (waited > 300_000) throw new Error(`build lock ${LOCK} held by ${holder} for 5 minutes`);
      else await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * `npm run build` then `npm pack`, under the build lock; the tarball is copied out of the tree.
 *
 * @example
 * const tarball = await buildAndPack(); // /tmp/…/cognito-react-kit-0.1.0-<hash>.tgz
 */
export function buildAndPack(): Promise<string> {
  return withBuildLock(() => {
    npm(["run", "build"], REPO_ROOT);
    const packs = join(CACHE, "tarballs");
    mkdirSync(packs, { recursive: true });
    const out = join(packs, `pack-${process.pid}`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    const [{ filename }] = JSON.parse(npm(["pack", "--json", "--pack-destination", out], REPO_ROOT)) as [{ filename: string }];
    const packed = join(out, filename);
    const hash = createHash("sha256").update(readFileSync(packed)).digest("hex").slice(0, 16);
    const tarball = join(packs, filename.replace(/\.tgz$/, `-${hash}.tgz`));
    renameSync(packed, tarball);
    rmSync(out, { recursive: true, force: true });
    return tarball;
  });
}

let packing: Promise<string> | undefined;

/** The version of a package installed in this repository, or undefined. */
function repoVersion(name: string): string | undefined {
  const file = join(REPO_ROOT, "node_modules", name, "package.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version : undefined;
}

/** `name` pinned to the repository's version when it has one and none was given. */
function pinned(spec: string): string {
  if (/^@?[^@]+@/.test(spec)) return spec;
  const version = repoVersion(spec);
  return version ? `${spec}@${version}` : spec;
}

/**
 * A scratch app with the packed package installed: built and packed once per process, installed
 * once per tarball content and dependency list (cached under the OS temp dir, so repeated runs
 * only re-pack). Peers react, react-dom, react-hook-form and zod come at the repository's versions,
 * and so do `extraDeps` the repository has (e.g. "@types/react", "typescript").
 *
 * @example
 * const { dir, tarball } = await packedApp();
 * await build({ absWorkingDir: dir, entryPoints: ["app.tsx"], bundle: true }); // resolves cognito-react-kit by name
 */
export async function packedApp(options: { extraDeps?: string[] } = {}): Promise<{ dir: string; tarball: string }> {
  const tarball = await (packing ??= buildAndPack());
  const deps = [...PEERS, ...(options.extraDeps ?? [])].map(pinned).sort();
  const key = createHash("sha256").update(tarball).update(JSON.stringify(deps)).digest("hex").slice(0, 16);
  const dir = join(CACHE, `app-${key}`);
  if (existsSync(join(dir, ".ready"))) return { dir, tarball };
  // Installed beside, then renamed into place: concurrent processes never see a half-installed app.
  const staging = `${dir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, "package.json"), JSON.stringify({ name: "scratch-app", private: true, type: "module" }, null, 2));
  npm(["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball, ...deps], staging);
  writeFileSync(join(staging, ".ready"), tarball);
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process got there first
  }
  if (!existsSync(join(dir, ".ready"))) throw new Error(`scratch app ${dir} is not ready`);
  return { dir, tarball };
}

if (process.argv[1] === import.meta.filename) {
  const started = Date.now();
  const { dir, tarball } = await packedApp({ extraDeps: process.argv.slice(2) });
  console.log(`${tarball}\n${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
