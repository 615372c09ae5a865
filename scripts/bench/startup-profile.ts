/**
 * Where a page's start-up time goes (`npx tsx scripts/bench/startup-profile.ts [kit|react|amplify]
 * [--src | --src=<dir>] [--loads=5] [--rate=4]`): the pages of bench-startup.ts, built with the same settings
 * but unminified (so functions and modules keep their names), loaded cold with the CPU throttled
 * 4×. Prints, up to the moment the form is interactive, the main thread's busy time by trace event
 * (compile, evaluate, React's tasks, style, layout; thread time, see startup-trace.ts) and the JS
 * self time by bundled module and by function from a V8 CPU profile (sampled, wall clock).
 */
import type { CDPSession } from "playwright-core";
import { fileURLToPath } from "node:url";
import { buildPages, launch, PAGES, serve, summary, type PageName } from "../bench-startup.js";
import { PROBE, startupOf } from "./startup-probe.js";
import { selfTimes, type TraceEvent } from "./startup-trace.js";

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }

const CATEGORIES = ["blink.user_timing", "devtools.timeline", "v8", "v8.execute", "disabled-by-default-devtools.timeline", "disabled-by-default-v8.compile", "loading", "blink"];

/** The bundled module of each line of an unminified esbuild bundle (from its `// path` comments). */
function modulesByLine(js: string): (line: number) => string {
  const marks: [number, string][] = [];
  js.split("\n").forEach((text, i) => {
    const m = /^\/\/ (\S+\.(?:[cm]?[jt]sx?))$/.exec(text);
    if (m) marks.push([i, m[1]!.replace(/^.*node_modules\//, "").replace(/^(\.\.\/)+/, "")]);
  });
  return (line) => {
    let found = "(page)";
    for (const [at, name] of marks) if (at <= line) found = name; else break;
    return found;
  };
}

async function profileOnce(cdp: CDPSession): Promise<void> {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
}

export async function profileStartup(name: PageName, options: { src?: string; loads?: number; rate?: number } = {}) {
  const { bundles } = await buildPages({ ...options, minify: false });
  const { server, origin } = await serve(bundles);
  const browser = await launch();
  const js = new TextDecoder().decode(bundles[name].js);
  const moduleOf = modulesByLine(js);
  const byEvent = new Map<string, number[]>();
  const byModule = new Map<string, number[]>();
  const byFunction = new Map<string, number[]>();
  const ready: number[] = [];
  const add = (m: Map<string, number[]>, key: string, load: number, ms: number) => {
    const row = m.get(key) ?? [];
    row[load] = (row[load] ?? 0) + ms;
    m.set(key, row);
  };
  try {
    for (let load = 0; load < (options.loads ?? 5); load++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript({ content: PROBE });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: options.rate ?? 4 });
      await profileOnce(cdp);
      await browser.startTracing(page, { categories: CATEGORIES });
      await page.goto(`${origin}/${name}/`, { waitUntil: "commit" });
      const startup = await startupOf(page);
      const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      await context.close();
      ready.push(startup.ready);
      // The probe's mark puts "interactive" on the trace's clock (the CPU profile's too: µs of TimeTicks).
      for (const [event, ms] of selfTimes(trace.traceEvents, startup.ready)) add(byEvent, event, load, ms);
      const until = trace.traceEvents.find((e) => e.name === "interactive")!.ts;
      let at = profile.startTime;
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, i) => {
        at += profile.timeDeltas[i] ?? 0;
        if (at > until) return;
        const frame = nodes.get(id)!.callFrame;
        const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const own = frame.url.includes(`/${name}/app.js`);
        add(byModule, own ? moduleOf(frame.lineNumber) : frame.url ? "(other script)" : frame.functionName || "(anonymous)", load, ms);
        if (own) add(byFunction, `${frame.functionName || "(anonymous)"} ${moduleOf(frame.lineNumber)}:${frame.lineNumber + 1}`, load, ms);
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  const loads = ready.length;
  const median = (row: number[]) => summary(Array.from({ length: loads }, (_, i) => row[i] ?? 0)).median;
  const top = (m: Map<string, number[]>, n: number) =>
    [...m].map(([k, row]) => [k, median(row)] as const).sort((a, b) => b[1] - a[1]).slice(0, n).filter(([, ms]) => ms >= 0.5);
  return { ready: summary(ready), events: top(byEvent, 15), modules: top(byModule, 25), functions: top(byFunction, 20), loads };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = (PAGES.find((p) => process.argv.includes(p)) ?? "kit") as PageName;
  const arg = (key: string) => process.argv.find((a) => a.startsWith(`--${key}=`))?.split("=")[1];
  const src = process.argv.includes("--src") ? fileURLToPath(new URL("../..", import.meta.url)) : arg("src");
  const rate = Number(arg("rate") ?? 4);
  const r = await profileStartup(name, { loads: Number(arg("loads") ?? 5), rate, ...(src ? { src } : {}) });
  console.log(`${name}: interactive at median ${Math.round(r.ready.median)} ms (${r.loads} loads, CPU throttled ${rate}×, unminified build); medians per load:`);
  console.log("main thread busy by trace event (self thread time, ms):");
  for (const [k, ms] of r.events) console.log(`  ${ms.toFixed(1).padStart(7)}  ${k}`);
  console.log("JS self time by bundled module (CPU profile, ms):");
  for (const [k, ms] of r.modules) console.log(`  ${ms.toFixed(1).padStart(7)}  ${k}`);
  console.log("JS self time by function (ms):");
  for (const [k, ms] of r.functions) console.log(`  ${ms.toFixed(1).padStart(7)}  ${k}`);
}
