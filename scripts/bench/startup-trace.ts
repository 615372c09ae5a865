/**
 * Reading a Chromium trace of one page load: the renderer's main thread, the probe's
 * "interactive" mark, and the thread time (`tdur`) spent there before it. Chromium's CPU throttle
 * keeps the thread busy, so under a 4× throttle this is about 4× the work; what it leaves out is
 * idle waiting (network, timers) and the time other processes take the core, so it holds still on
 * a busy machine where wall-clock figures spread.
 */

export interface TraceEvent { name: string; cat?: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } }

/** What the benchmark records with each load (light: task boundaries and user timing only). */
export const LIGHT_CATEGORIES = ["disabled-by-default-devtools.timeline", "blink.user_timing"];

/** The renderer main thread's complete events from navigation start to the "interactive" mark (ts in µs). */
export function untilInteractive(events: TraceEvent[], readyMs: number): TraceEvent[] {
  const mark = events.find((e) => e.name === "interactive" && e.cat?.includes("blink.user_timing"));
  if (!mark) throw new Error('the trace has no "interactive" mark');
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && e.pid === mark.pid);
  if (!main) throw new Error("the trace names no renderer main thread");
  const from = mark.ts - readyMs * 1000;
  return events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.tdur !== undefined && e.ts >= from && e.ts <= mark.ts);
}

/** Main-thread busy ms (thread time of top-level tasks) until interactive. */
export function mainThreadCpu(events: TraceEvent[], readyMs: number): number {
  const tasks = untilInteractive(events, readyMs).filter((e) => e.name === "RunTask").sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  let total = 0;
  for (const task of tasks) {
    if (task.ts < end) continue; // nested run loop
    total += task.tdur!;
    end = task.ts + task.dur!;
  }
  return total / 1000;
}

/** Self CPU ms of each event name (nesting subtracted) on the main thread until interactive. */
export function selfTimes(events: TraceEvent[], readyMs: number): Map<string, number> {
  const mine = untilInteractive(events, readyMs).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
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
