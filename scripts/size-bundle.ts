/**
 * Bundles an app entry the way an app's build would — esbuild (--minify, code splitting) or Vite's
 * production build — from inside a scratch app directory, so every import of the kit goes through
 * its package `exports`. React and react-dom are external (the figures are "beyond React"); every
 * other dependency (react-hook-form, zod, lean-qr, …) is counted.
 */
import { build as esbuild } from "esbuild";
import { relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export type Bundler = "esbuild" | "vite";
export const BUNDLERS: readonly Bundler[] = ["esbuild", "vite"];

/** One emitted JS file. `initial`: loaded with the entry (it or its static imports, transitively). */
export interface Chunk {
  file: string;
  minified: number;
  gzip: number;
  initial: boolean;
  /** The module a lazily loaded chunk was split off for (its dynamic import's target), if any. */
  source?: string;
}

export interface BundleResult {
  bundler: Bundler;
  chunks: Chunk[];
  /** gzip -9 bytes of the initial chunks, each compressed on its own (as served), summed. */
  initial: number;
  /** Chunks loaded only through a dynamic import(). */
  lazy: Chunk[];
}

/** Not counted: React itself, and the AWS SDK (a peer used only by the ./sdk adapter). */
export const EXTERNAL = ["react", "react-dom", "react-dom/client", "react/jsx-runtime", "@aws-sdk/*"];
const EXTERNAL_RE = /^(react|react-dom)(\/|$)|^@aws-sdk\//;

interface Emitted {
  file: string;
  code: Uint8Array | string;
  isEntry: boolean;
  imports: string[];
  source?: string;
}

function summarize(bundler: Bundler, emitted: Emitted[]): BundleResult {
  const byFile = new Map(emitted.map((e) => [e.file, e]));
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const next of byFile.get(file)?.imports ?? []) if (byFile.has(next)) visit(next);
  };
  for (const e of emitted) if (e.isEntry) visit(e.file);
  const chunks = emitted.map((e) => {
    const bytes = typeof e.code === "string" ? Buffer.from(e.code) : e.code;
    const source = e.source ? { source: e.source } : {};
    return { file: e.file, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initial: initial.has(e.file), ...source };
  });
  return { bundler, chunks, initial: chunks.filter((c) => c.initial).reduce((sum, c) => sum + c.gzip, 0), lazy: chunks.filter((c) => !c.initial) };
}

async function withEsbuild(dir: string, entry: string): Promise<BundleResult> {
  const outdir = resolve(dir, "out");
  const result = await esbuild({
    absWorkingDir: dir, entryPoints: [entry], outdir, bundle: true, splitting: true, minify: true, format: "esm",
    platform: "browser", target: "es2022", jsx: "automatic", write: false, metafile: true, external: EXTERNAL,
    legalComments: "none", logLevel: "silent", define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
  });
  const meta = result.metafile.outputs;
  const emitted = result.outputFiles.filter((f) => f.path.endsWith(".js")).map((f): Emitted => {
    const key = relative(dir, f.path);
    const info = meta[key]!;
    return {
      // Dynamically imported modules are entry points too in esbuild's metafile: only ours is the app's.
      file: key, code: f.contents, isEntry: info.entryPoint === entry, ...(info.entryPoint ? { source: info.entryPoint } : {}),
      imports: info.imports.filter((i) => i.kind === "import-statement" && !i.external).map((i) => i.path),
    };
  });
  return summarize("esbuild", emitted);
}

interface RollupChunkLike {
  type: "chunk" | "asset";
  fileName: string;
  code?: string;
  isEntry?: boolean;
  imports?: string[];
  facadeModuleId?: string | null;
}

async function withVite(dir: string, entry: string): Promise<BundleResult> {
  const { build } = await import("vite");
  const output = await build({
    root: dir, configFile: false, envFile: false, logLevel: "silent", mode: "production",
    build: {
      write: false, minify: true, target: "es2022", modulePreload: false, copyPublicDir: false, reportCompressedSize: false,
      rollupOptions: { input: resolve(dir, entry), external: (id: string) => EXTERNAL_RE.test(id), preserveEntrySignatures: false },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as { output: RollupChunkLike[] }[];
  const emitted = outputs.flatMap((o) => o.output).filter((c) => c.type === "chunk").map((c): Emitted => ({
    file: c.fileName, code: c.code ?? "", isEntry: Boolean(c.isEntry), imports: c.imports ?? [], ...(c.facadeModuleId ? { source: c.facadeModuleId } : {}),
  }));
  return summarize("vite", emitted);
}

/**
 * Bundles `entry` (relative to `dir`) with one bundler, minified, and sizes every emitted chunk.
 *
 * @example
 * const { dir } = await packedApp();
 * const result = await bundle("vite", dir, "samples/app.tsx");
 * console.log(result.initial, result.lazy.length);
 */
export function bundle(bundler: Bundler, dir: string, entry: string): Promise<BundleResult> {
  return bundler === "esbuild" ? withEsbuild(dir, entry) : withVite(dir, entry);
}
