/**
 * The static Storybook as a designer opens it: `storybook build` once, the output served over
 * HTTP, and every sidebar entry of its index.json (each story, each docs page) opened in headless
 * Chromium. A story passes when it renders visible content and finishes with no error: its play
 * function, the a11y check (`a11y.test: "error"`) and the page itself all clean. Used by
 * test/storybook-static.test.ts and by `npm run storybook:check`.
 */
import { spawn } from "node:child_process";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { chromiumPath } from "../../scripts/chromium-path.js";

const ROOT = resolve(import.meta.dirname, "../..");
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** One entry of the built index.json (what the sidebar lists). */
export interface IndexEntry {
  type: "story" | "docs";
  id: string;
  title: string;
  name: string;
  importPath: string;
  tags?: string[];
}

/** What opening one entry showed. */
export interface Visit {
  id: string;
  type: IndexEntry["type"];
  /** Empty when the entry is fine. */
  problems: string[];
  /** A docs page's text (title, descriptions, props table). */
  text?: string;
  ms: number;
}

/**
 * Builds the Storybook into `outDir` (no demo config baked in: the live stories must explain
 * themselves without a local Cognito, as on any machine that did not run `npm run demo`).
 */
export async function buildStorybook(outDir: string): Promise<void> {
  const bin = createRequire(import.meta.url).resolve("storybook/package.json").replace(/package\.json$/, "dist/bin/dispatcher.js");
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [bin, "build", "-o", outDir, "--quiet", "--disable-telemetry"], {
      cwd: ROOT,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1", CRK_STORYBOOK_DEMO_CONFIG: "off", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", fail);
    child.on("exit", done);
  });
  if (code !== 0) throw new Error(`storybook build exited with ${code}:\n${output.join("").slice(-4000)}`);
}

/** The sidebar's entries of a built Storybook (stories and docs pages shown in dev, in index order). */
export function readIndex(outDir: string): IndexEntry[] {
  const index = JSON.parse(readFileSync(join(outDir, "index.json"), "utf8")) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((e) => (e.tags ?? ["dev"]).includes("dev"));
}

const TYPES: Record<string, string> = {
  ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".json": "application/json",
  ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2", ".ico": "image/x-icon", ".map": "application/json",
};

/** A plain static server for the built files, on a free port of 127.0.0.1. */
export async function serveStatic(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(outDir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(outDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "max-age=3600" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** Records the preview channel's events from the moment Storybook creates it. */
const RECORD_EVENTS = `(() => {
  const events = (window.__crkEvents = []);
  const names = ["storyRendered", "storyFinished", "storyErrored", "storyThrewException", "storyMissing", "playFunctionThrewException",
    "unhandledErrorsWhilePlaying", "docsRendered"];
  let channel;
  Object.defineProperty(window, "__STORYBOOK_ADDONS_CHANNEL__", {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      for (const name of names) value.on(name, (payload) => events.push({ name, payload }));
    },
  });
})();`;

interface Recorded { name: string; payload: unknown }

/** The first lines of an error (CRK_SB_LINES=60 shows more, e.g. the DOM a failed query saw). */
const describe = (payload: unknown): string => {
  if (payload && typeof payload === "object") {
    const { message, description, title } = payload as { message?: string; description?: string; title?: string };
    const text = message ?? description ?? title;
    if (text) return text.split("\n").slice(0, Number(process.env.CRK_SB_LINES ?? 6)).join(" | ");
  }
  return JSON.stringify(payload).slice(0, 400);
};

/** What failed on the page: channel errors, a finished story's status and failed reports. */
function channelProblems(events: Recorded[]): string[] {
  const problems: string[] = [];
  for (const { name, payload } of events) {
    if (name === "storyFinished") {
      const { status, reporters = [] } = payload as { status: string; reporters?: { type: string; status: string; result?: unknown }[] };
      for (const report of reporters.filter((r) => r.status === "failed")) {
        const violations = (report.result as { violations?: { id: string; nodes: { target: unknown }[] }[] } | undefined)?.violations ?? [];
        problems.push(`${report.type} report failed${violations.length ? `: ${violations.map((v) => `${v.id} at ${JSON.stringify(v.nodes.map((n) => n.target))}`).join("; ")}` : ""}`);
      }
      if (status !== "success" && !reporters.some((r) => r.status === "failed")) problems.push(`finished with status ${status}`);
    } else if (name !== "storyRendered" && name !== "docsRendered") {
      problems.push(`${name}: ${Array.isArray(payload) ? payload.map(describe).join("; ") : describe(payload)}`);
    }
  }
  return problems;
}

/** Whether each element matching a selector shows content: text a person can read, or a drawn image. */
const visibleContent = (page: Page, selector: string) => page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((root) => {
  const text = (root.innerText ?? "").trim();
  const drawn = [...root.querySelectorAll("svg, img, canvas")].some((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
  const box = root.getBoundingClientRect();
  return (text.length > 0 || drawn) && box.width > 0 && box.height > 0;
})`) as Promise<boolean[]>;

async function waitForEvent(page: Page, test: string, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction(`window.__crkEvents.some(${test})`, undefined, { timeout: timeoutMs, polling: 50 });
    return true;
  } catch {
    return false;
  }
}

/** A tab kept open across stories: Storybook switches stories in place, as its sidebar does. */
export interface Tab { page: Page; errors: string[]; at: IndexEntry["type"] | null }

/** Debian's Chromium (scripts/chromium-path), headless, one context for all tabs. */
export async function launchContext(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return { context, close: () => browser.close() };
}

/** A tab that records the preview's channel events and the page's uncaught errors. */
export async function openTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const tab: Tab = { page, errors: [], at: null };
  page.on("pageerror", (error) => tab.errors.push(`page error: ${error.message.split("\n")[0]}`));
  await page.addInitScript(RECORD_EVENTS);
  return tab;
}

/**
 * Shows one story or docs page and reports what was wrong with it. A story is switched to in the
 * tab's running preview (as a click in the sidebar does); a docs page, or a story opened with
 * toolbar `globals` ("theme:dark;locale:ar"), gets a fresh page load.
 * The a11y addon's automatic run is off here (`a11y.manual`): the storybook Vitest project runs
 * axe on every story already.
 */
export async function visit(tab: Tab, baseUrl: string, entry: IndexEntry, { globals = "", timeoutMs = 20_000 } = {}): Promise<Visit> {
  const started = Date.now();
  const { page } = tab;
  tab.errors.length = 0;
  if (entry.type === "story" && tab.at === "story" && !globals) {
    await page.evaluate(`window.__crkEvents.length = 0; window.__STORYBOOK_ADDONS_CHANNEL__.emit("setCurrentStory", { storyId: ${JSON.stringify(entry.id)}, viewMode: "story" })`);
  } else {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}&globals=a11y.manual:!true${globals ? `;${globals}` : ""}`);
  }
  tab.at = entry.type;
  const problems: string[] = [];
  const id = JSON.stringify(entry.id);
  const done = entry.type === "story"
    ? `(e) => (e.name === "storyFinished" && e.payload.storyId === ${id}) || ["storyErrored", "storyThrewException", "storyMissing"].includes(e.name)`
    : `(e) => ["docsRendered", "storyErrored", "storyThrewException", "storyMissing"].includes(e.name)`;
  if (!(await waitForEvent(page, done, timeoutMs))) problems.push(`did not finish within ${timeoutMs} ms`);
  let text: string | undefined;
  if (entry.type === "docs") {
    // Every story shown on the page has rendered (docs pages do not run plays), then has content.
    const blocks = await page.locator(".docs-story").count();
    await waitForEvent(page, `(e, i, all) => all.filter((x) => x.name === "storyRendered").length >= ${blocks}`, timeoutMs);
    const roots = await visibleContent(page, ".docs-story [id^='story--']");
    if (blocks === 0) problems.push("docs page shows no story");
    roots.forEach((ok, i) => { if (!ok) problems.push(`docs story ${i + 1} of ${roots.length} is blank`); });
    text = await page.locator("#storybook-docs").innerText();
  } else {
    const [root] = await visibleContent(page, "#storybook-root");
    if (!root) problems.push("blank canvas: no visible text or image in #storybook-root");
  }
  if (await page.locator("body.sb-show-errordisplay").count()) {
    problems.push(`error display: ${(await page.locator("#error-message").innerText().catch(() => "")).trim().slice(0, 300)}`);
  }
  problems.push(...channelProblems(await page.evaluate("window.__crkEvents") as Recorded[]), ...tab.errors);
  return { id: entry.id, type: entry.type, problems: [...new Set(problems)], ...(text === undefined ? {} : { text }), ms: Date.now() - started };
}

/**
 * Opens every entry, `parallel` tabs at a time, in index order (one browser context: the bundle is
 * fetched once; each tab shows story after story).
 */
export async function visitAll(context: BrowserContext, baseUrl: string, entries: IndexEntry[], parallel = 2): Promise<Visit[]> {
  const visits: Visit[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    const tab = await openTab(context);
    for (let i = next++; i < entries.length; i = next++) visits[i] = await visit(tab, baseUrl, entries[i]!);
    await tab.page.close();
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return visits;
}
