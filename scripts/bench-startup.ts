/**
 * `npm run bench:startup`: how soon a person can type. Three pages — React alone rendering a plain
 * sign-in form (the floor), the kit's <Authenticator>, and Amplify UI's <Authenticator> — bundled
 * with the same esbuild settings, served from 127.0.0.1, and loaded cold (a fresh browser context
 * each time) in Debian's Chromium with the CPU throttled 4×, interleaved round by round so they
 * share the machine's noise. "Interactive" is defined in bench/startup-probe.ts.
 */
import { build, type Plugin } from "esbuild";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { AMPLIFY_VERSIONS, amplifyPage } from "./bench/startup-amplify.js";
import { chromiumPath } from "./chromium-path.js";
import { packedApp } from "./packed-app.js";
import { PROBE, startupOf, verifyInteractive, type Startup } from "./bench/startup-probe.js";
import { LIGHT_CATEGORIES, mainThreadCpu, type TraceEvent } from "./bench/startup-trace.js";

const ROOT = resolve(import.meta.dirname, "..");
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
export const PAGES = ["react", "kit", "amplify"] as const;
export type PageName = (typeof PAGES)[number];
const LABEL: Record<PageName, string> = { react: "React-only", kit: "kit", amplify: "Amplify UI" };

/**
 * Where the kit page's imports of ../../src come from: the packed package by name, as an app
 * gets it (default), or the `src/` of a checkout (`--src` = this one, `--src=<dir>` another, e.g.
 * a `git archive` of a commit to compare against).
 */
export async function kitSource(src: string | undefined): Promise<{ plugin: Plugin | null; label: string }> {
  if (src) {
    const dir = resolve(src);
    const plugin: Plugin = {
      name: "kit-src",
      setup(b) {
        b.onResolve({ filter: /^\.\.\/\.\.\/src\// }, async (args) => {
          const found = await b.resolve(`./${args.path.slice(6)}`, { resolveDir: dir, kind: args.kind });
          return found.errors.length ? { errors: found.errors } : { path: found.path };
        });
      },
    };
    return { plugin: dir === ROOT ? null : plugin, label: `bundled from ${dir === ROOT ? "" : dir + "/"}src/` };
  }
  const { dir, tarball } = await packedApp();
  const byName: Record<string, string> = {
    "../../src/index": "cognito-react-kit", "../../src/ui/index": "cognito-react-kit/ui", "../../src/ui/styles.css": "cognito-react-kit/styles.css",
  };
  const plugin: Plugin = {
    name: "packed-kit",
    setup(b) {
      b.onResolve({ filter: /^\.\.\/\.\.\/src\// }, async (args) => {
        const name = byName[args.path];
        if (!name) throw new Error(`the kit page imports ${args.path}, which has no public name`);
        const found = await b.resolve(name, { resolveDir: dir, kind: args.kind });
        return found.errors.length ? { errors: found.errors } : { path: found.path };
      });
    },
  };
  return { plugin, label: `from the packed tarball ${tarball.split("/").pop()}, installed in a scratch app` };
}

/** Every page gets this repository's one copy of React, so the pages differ only above it. */
const oneReact: Plugin = {
  name: "one-react",
  setup(b) {
    b.onResolve({ filter: /^(react|react-dom|scheduler)(\/.*)?$/ }, async (args) => {
      if (args.pluginData === "one-react") return undefined;
      const found = await b.resolve(args.path, { resolveDir: ROOT, kind: args.kind, pluginData: "one-react" });
      return found.errors.length ? { errors: found.errors } : { path: found.path };
    });
  },
};

export interface Bundle { js: Uint8Array; css: Uint8Array | null }

/** The same settings for all three: minified, production React, ES2022, one JS and one CSS file. */
export async function bundle(entry: string, plugins: Plugin[], options: { minify?: boolean } = {}): Promise<Bundle> {
  const result = await build({
    entryPoints: { app: entry }, outdir: "/bench-out", write: false, bundle: true, minify: options.minify ?? true,
    format: "esm", platform: "browser", target: "es2022", jsx: "automatic", legalComments: "none", logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' }, nodePaths: [join(ROOT, "node_modules")], plugins: [oneReact, ...plugins],
  });
  const js = result.outputFiles.find((f) => f.path.endsWith(".js"))!.contents;
  const css = result.outputFiles.find((f) => f.path.endsWith(".css"))?.contents ?? null;
  return { js, css };
}

export async function buildPages(options: { src?: string; minify?: boolean } = {}) {
  const kit = await kitSource(options.src);
  const here = (file: string) => fileURLToPath(new URL(`bench/${file}`, import.meta.url));
  const bundles: Record<PageName, Bundle> = {
    react: await bundle(here("startup-react.tsx"), [], options),
    kit: await bundle(here("startup-kit.tsx"), kit.plugin ? [kit.plugin] : [], options),
    amplify: await bundle(amplifyPage(ROOT), [], options),
  };
  return { bundles, kitLabel: kit.label };
}

/** Serves /<page>/ (HTML), /<page>/app.js and /<page>/app.css; nothing is cacheable. */
export async function serve(bundles: Record<string, Bundle>) {
  const server = createServer((req, res) => {
    const [, page = "", file] = (req.url ?? "").split("/");
    const b = bundles[page];
    if (!b) return void res.writeHead(404).end();
    const headers = { "cache-control": "no-store" };
    if (file === "app.js") return void res.writeHead(200, { ...headers, "content-type": "text/javascript" }).end(b.js);
    if (file === "app.css" && b.css) return void res.writeHead(200, { ...headers, "content-type": "text/css" }).end(b.css);
    const link = b.css ? '<link rel="stylesheet" href="app.css">' : "";
    res.writeHead(200, { ...headers, "content-type": "text/html" })
      .end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page}</title>${link}<script type="module" src="app.js"></script></head><body><div id="root"></div></body></html>`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });

/** A load's figures: wall-clock ms to interactive (and to the next frame), and the main thread's busy ms until then. */
export interface Load extends Startup { cpu: number }

/**
 * One cold load: a fresh context (empty cache), CPU throttled (4×) before navigating, a light trace
 * (task boundaries only) for the main thread's busy time.
 */
export async function loadOnce(browser: Browser, url: string, verify = false, rate = 4): Promise<Load> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript({ content: PROBE });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await browser.startTracing(page, { categories: LIGHT_CATEGORIES });
    await page.goto(url, { waitUntil: "commit" });
    let timer: NodeJS.Timeout | undefined;
    const startup = await Promise.race([
      startupOf(page),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${url}: no interactive form in 30 s ${errors.join("; ")}`)), 30_000))),
    ]).finally(() => clearTimeout(timer));
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    if (verify) await verifyInteractive(page);
    if (errors.length) throw new Error(`${url}: ${errors.join("; ")}`);
    return { ...startup, cpu: mainThreadCpu(trace.traceEvents, startup.ready) };
  } finally {
    await context.close();
  }
}

const quantile = (sorted: number[], q: number) => {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo]! + ((sorted[Math.ceil(at)] ?? sorted[lo]!) - sorted[lo]!) * (at - lo);
};
export const summary = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p25: quantile(s, 0.25), p75: quantile(s, 0.75), min: s[0]!, max: s[s.length - 1]! };
};

/**
 * N rounds of the three pages throttled 4× (wall clock and busy time), then N unthrottled rounds
 * for the main thread's work alone (its busy time with no throttle: CPU ms, steady under load).
 */
export async function benchStartup(options: { runs?: number; src?: string } = {}) {
  const runs = options.runs ?? 15;
  const { bundles, kitLabel } = await buildPages(options);
  const { server, origin } = await serve(bundles);
  const browser = await launch();
  const times: Record<PageName, Load[]> = { react: [], kit: [], amplify: [] };
  const work: Record<PageName, number[]> = { react: [], kit: [], amplify: [] };
  try {
    for (const page of PAGES) await loadOnce(browser, `${origin}/${page}/`, true); // warm-up, and the keystroke proof
    for (const rate of [4, 1]) {
      for (let round = 0; round < runs; round++) {
        // Each round starts with a different page, so none is always first after a pause.
        for (let i = 0; i < PAGES.length; i++) {
          const page = PAGES[(round + i) % PAGES.length]!;
          const load = await loadOnce(browser, `${origin}/${page}/`, false, rate);
          if (rate === 4) times[page].push(load);
          else work[page].push(load.cpu);
        }
      }
    }
    return { times, work, bundles, kitLabel, runs, chromium: browser.version() };
  } finally {
    await browser.close();
    server.close();
  }
}

const ms = (n: number) => `${Math.round(n)}`;

export function report({ times, work, bundles, kitLabel, runs, chromium: version }: Awaited<ReturnType<typeof benchStartup>>): string[] {
  const of = (p: PageName, key: "ready" | "frame" | "cpu") => summary(times[p].map((t) => t[key]));
  const kb = (b: Uint8Array | null) => (b ? gzipSync(b, { level: 9 }).length / 1000 : 0);
  const lines = [
    `start-up: ms from navigation start to an interactive sign-in form (${runs} cold loads each, interleaved; CPU throttled 4×; Chromium ${version}; ${new Date().toISOString().slice(0, 10)})`,
    `kit ${kitLabel}; Amplify UI ${Object.entries(AMPLIFY_VERSIONS).map(([n, v]) => `${n}@${v}`).join(" + ")}`,
  ];
  for (const p of PAGES) {
    const r = of(p, "ready");
    lines.push(`  ${LABEL[p].padEnd(10)} median ${ms(r.median).padStart(4)} ms  (p25–p75 ${ms(r.p25)}–${ms(r.p75)}, min–max ${ms(r.min)}–${ms(r.max)}; on screen at ${ms(of(p, "frame").median)}; ` +
      `busy ${ms(of(p, "cpu").median)} ms; unthrottled work ${ms(summary(work[p]).median)} ms)  JS ${kb(bundles[p].js).toFixed(1)} kB + CSS ${kb(bundles[p].css).toFixed(1)} kB gzip`);
  }
  const beyond = (value: (p: PageName) => number) => {
    const kit = value("kit") - value("react");
    const amplify = value("amplify") - value("react");
    return `kit ${ms(kit)} ms, Amplify UI ${ms(amplify)} ms → Amplify/kit = ${(amplify / kit).toFixed(2)}×`;
  };
  const paired = (p: PageName) => summary(times[p].map((t, i) => t.ready - times.react[i]!.ready)).median;
  lines.push(`cost beyond React (goal: Amplify/kit ≥ 3×)`);
  lines.push(`  to interactive, difference of medians: ${beyond((p) => of(p, "ready").median)}`);
  lines.push(`  to interactive, median of per-round differences: ${beyond((p) => (p === "react" ? 0 : paired(p)))}`);
  lines.push(`  main thread busy under the throttle (its thread time; leaves out idle waits and what other processes take): ${beyond((p) => of(p, "cpu").median)}`);
  lines.push(`  main thread work unthrottled (CPU ms until interactive, steadiest on a shared machine): ${beyond((p) => summary(work[p]).median)}`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const src = process.argv.includes("--src") ? ROOT : arg("src");
  const result = await benchStartup({ runs: Number(arg("runs") ?? 15), ...(src ? { src } : {}) });
  for (const line of report(result)) console.log(line);
}
