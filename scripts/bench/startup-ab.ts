/**
 * Before/after for one change to the kit (`npx tsx scripts/bench/startup-ab.ts <before-dir>
 * <after-dir> [--runs=15] [--rate=4]`, each dir a checkout holding src/, e.g. a `git archive` of a commit):
 * the kit page of bench-startup.ts built from each, loaded alternately (cold, CPU throttled 4×, or
 * `--rate=1`: unthrottled, where busy time is the work itself) in the same rounds, so both share
 * the machine's noise. Prints wall-clock and main-thread busy medians.
 */
import { fileURLToPath } from "node:url";
import { bundle, kitSource, launch, loadOnce, serve, summary, type Load } from "../bench-startup.js";

export async function compareKits(before: string, after: string, runs = 15, rate = 4) {
  const entry = fileURLToPath(new URL("startup-kit.tsx", import.meta.url));
  const build = async (src: string) => bundle(entry, [(await kitSource(src)).plugin!]);
  const { server, origin } = await serve({ before: await build(before), after: await build(after) });
  const browser = await launch();
  const loads: Record<"before" | "after", Load[]> = { before: [], after: [] };
  try {
    for (const side of ["before", "after"] as const) await loadOnce(browser, `${origin}/${side}/`, true);
    for (let round = 0; round < runs; round++) {
      const order = round % 2 ? (["after", "before"] as const) : (["before", "after"] as const);
      for (const side of order) loads[side].push(await loadOnce(browser, `${origin}/${side}/`, false, rate));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const of = (side: "before" | "after", key: "ready" | "cpu") => summary(loads[side].map((l) => l[key]));
  const paired = summary(loads.after.map((l, i) => l.ready - loads.before[i]!.ready)).median;
  return { of, paired, runs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [before, after] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (!before || !after) throw new Error("usage: startup-ab.ts <before-dir> <after-dir> [--runs=15]");
  const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 15);
  const rate = Number(process.argv.find((a) => a.startsWith("--rate="))?.slice(7) ?? 4);
  const { of, paired } = await compareKits(before, after, runs, rate);
  const r = Math.round;
  for (const side of ["before", "after"] as const) {
    const w = of(side, "ready");
    const b = of(side, "cpu");
    console.log(`${side.padEnd(6)} interactive median ${r(w.median)} ms (p25–p75 ${r(w.p25)}–${r(w.p75)}), main thread busy median ${r(b.median)} ms (p25–p75 ${r(b.p25)}–${r(b.p75)})`);
  }
  console.log(`after − before: ${r(of("after", "ready").median - of("before", "ready").median)} ms wall (median of per-round differences ${r(paired)} ms), ` +
    `${r(of("after", "cpu").median - of("before", "cpu").median)} ms busy (${runs} loads each, CPU throttled ${rate}×)`);
}
