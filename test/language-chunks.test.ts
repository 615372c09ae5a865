/**
 * Languages on demand, in a real browser: the README's language sample, installed from the packed
 * tarball and bundled by esbuild with code splitting, served under a strict CSP and opened in
 * Chromium with a given navigator.languages. Exactly one language chunk is fetched — the picked
 * language's screens' strings (its account and hosted-UI parts wait for those components) — its
 * text shows, and Hebrew turns the screen right to left.
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packedApp } from "../scripts/packed-app";
import { readmeSample } from "../scripts/size";
import { fr } from "../src/ui/i18n/fr";
import { he } from "../src/ui/i18n/he";
import { launch } from "./e2e/browser";

let browser: Browser;
let server: Server;
let origin: string;
let out: string;
/** Chunk file name → the language module it holds (fr-screens, fr-account, he-oauth, english, …). */
const languageChunks = new Map<string, string>();

beforeAll(async () => {
  const { dir } = await packedApp();
  const folder = join(dir, `language-chunks-${process.pid}`);
  out = join(folder, "out");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "main.tsx"), readmeSample("### Languages"));
  const result = await build({
    absWorkingDir: dir, entryPoints: [join(folder, "main.tsx")], outdir: out, bundle: true, splitting: true, minify: true,
    format: "esm", platform: "browser", target: "es2022", jsx: "automatic", metafile: true, logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  for (const [file, meta] of Object.entries(result.metafile.outputs)) {
    const language = /cognito-react-kit\/dist\/ui\/i18n\/([a-z-]+)\.js$/.exec(meta.entryPoint ?? "")?.[1];
    if (language) languageChunks.set(basename(file), language);
  }
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>languages</title><link rel="stylesheet" href="/main.css"></head>
<body><div id="root"></div><script type="module" src="/main.js"></script></body></html>`;
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const headers = { "content-security-policy": "default-src 'self'; style-src 'self'", "cache-control": "no-store" };
    if (path === "/") return void res.writeHead(200, { ...headers, "content-type": "text/html; charset=utf-8" }).end(page);
    if (path === "/favicon.ico") return void res.writeHead(204).end(); // asked for by the browser, not the app
    let body: Buffer;
    try {
      body = readFileSync(join(out, basename(path)));
    } catch {
      return void res.writeHead(404).end();
    }
    const type = path.endsWith(".css") ? "text/css" : "text/javascript";
    res.writeHead(200, { ...headers, "content-type": `${type}; charset=utf-8` }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (out) rmSync(join(out, ".."), { recursive: true, force: true });
});

/** Opens the page as a browser whose preferences are `languages`; the language chunks it fetched. */
async function open(languages: string[]) {
  const context = await browser.newContext({ locale: languages[0] });
  await context.addInitScript((list) => Object.defineProperty(Navigator.prototype, "languages", { get: () => list }), languages);
  const page = await context.newPage();
  const fetched: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => {
    const language = languageChunks.get(basename(new URL(request.url()).pathname));
    if (language) fetched.push(language);
  });
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => void (message.type() === "error" && problems.push(message.text())));
  await page.goto(`${origin}/`);
  return { page, fetched, problems, close: () => context.close() };
}

describe("languages load on demand in Chromium (the README's sample, packed, esbuild)", () => {
  it("the build has one chunk per language for the screens, 23 in all, and its account and hosted-UI parts apart", () => {
    const names = [...languageChunks.values()];
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n === "english" || n.endsWith("-screens"))).toHaveLength(23);
    expect(names.filter((n) => n.endsWith("-account"))).toHaveLength(22);
    expect(names.filter((n) => n.endsWith("-oauth"))).toHaveLength(22);
  });

  it('navigator.languages = ["fr-CA", "en"]: one language chunk, French, left to right', async () => {
    const { page, fetched, problems, close } = await open(["fr-CA", "en"]);
    expect(await page.evaluate(() => navigator.languages)).toEqual(["fr-CA", "en"]);
    const heading = page.getByRole("heading", { name: fr["signIn.title"] });
    await heading.waitFor();
    expect(await page.locator("[data-screen=signIn]").getAttribute("dir")).toBe("ltr");
    expect(await page.getByRole("button", { name: fr["signIn.submit"] }).count()).toBe(1);
    expect(fetched).toEqual(["fr-screens"]);
    expect(problems).toEqual([]);
    await close();
  });

  it('navigator.languages = ["he-IL"]: the Hebrew chunk alone, and the screen turns right to left', async () => {
    const { page, fetched, problems, close } = await open(["he-IL"]);
    await page.getByRole("heading", { name: he["signIn.title"] }).waitFor();
    expect(await page.locator("[data-screen=signIn]").getAttribute("dir")).toBe("rtl");
    expect(fetched).toEqual(["he-screens"]);
    expect(problems).toEqual([]);
    await close();
  });

  it("no match: English, from its own small chunk", async () => {
    const { page, fetched, close } = await open(["xx-YY"]);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(fetched).toEqual(["english"]);
    await close();
  });
}, 60_000);
