/**
 * Where a page's start-up time goes (`npx tsx scripts/bench/startup-profile.ts [kit|react|amplify]
 * [--src | --src=<dir>] [--loads=5]`): the pages of bench-startup.ts, built with the same settings
 * but unminified (so functions and modules keep their names), loaded cold with the CPU throttled
 * 4×. Prints, up to the moment the form is interactive, the main thread's CPU time by trace event
 * (compile, evaluate, React's tasks, style, layout) and the JS self time by bundled module and by
 * function from a V8 CPU profile. Thread CPU time does not count the time the throttle or other
 * processes take the core away, so these figures hold still on a busy machine.
 */
import type { CDPSession } from "playwright-core";
import { fileURLToPath } from "node:url";
import { buildPages, launch, PAGES, serve, summary, type PageName } from "../bench-startup.js";
import { PROBE, startupOf } from "./startup-probe.js";

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } }
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }

const CATEGORIES = ["blink.user_timing", "devtools.timeline", "v8", "v8.execute", "disabled-by-default-devtools.timeline", "disabled-by-default-v8.compile", "loading", "blink"];

/** Self CPU time (ms) of each complete event on the renderer's main thread, from `from` until `until` (µs). */
function selfTimes(events: TraceEvent[], from: number, until: number): Map<string, number> {
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((x) => x.pid === e.pid && x.name === "EvaluateScript"));
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.tdur !== undefined && e.ts >= from && e.ts <= until)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  const stack: { e: TraceEvent; children: number }[] = [];
  const close = (frame: { e: TraceEvent; children: number }) =>
    totals.set(frame.e.name, (totals.get(frame.e.name) ?? 0) + Math.max(0, frame.e.tdur! - frame.children) / 1000);
  for (const e of mine) {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= e.ts) close(stack.pop()!);
    if (stack.length) stack.at(-1)!.children += e.tdur!;
    stack.push({ e, children: 0 });
  }
  while (stack.length) close(stack.pop()!);
  return totals;
}

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

export async function profileStartup(name: PageName, options: { src?: string; loads?: number } = {}) {
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
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await profileOnce(cdp);
      await browser.startTracing(page, { categories: CATEGORIES });
      await page.goto(`${origin}/${name}/`, { waitUntil: "commit" });
      const startup = await startupOf(page);
      const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      await context.close();
      ready.push(startup.ready);
      // The probe's mark puts "interactive" on the trace's clock (the CPU profile's too: µs of TimeTicks).
      const until = trace.traceEvents.find((e) => e.name === "interactive")?.ts;
      if (until === undefined) throw new Error("the trace has no \"interactive\" mark");
      for (const [event, ms] of selfTimes(trace.traceEvents, until - startup.ready * 1000, until)) add(byEvent, event, load, ms);
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
  const r = await profileStartup(name, { loads: Number(arg("loads") ?? 5), ...(src ? { src } : {}) });
  console.log(`${name}: interactive at median ${Math.round(r.ready.median)} ms (${r.loads} throttled loads, unminified build); medians per load:`);
  console.log("main-thread CPU by trace event (self, ms):");
  for (const [k, ms] of r.events) console.log(`  ${ms.toFixed(1).padStart(7)}  ${k}`);
  console.log("JS self time by bundled module (CPU profile, ms):");
  for (const [k, ms] of r.modules) console.log(`  ${ms.toFixed(1).padStart(7)}  ${k}`);
  console.log("JS self time by function (ms):");
  for (const [k, ms] of r.functions) console.log(`  ${ms.toFixed(1).padStart(7)}  ${k}`);
}
