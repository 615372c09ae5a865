/**
 * README.md as a new app developer meets it, on the package as npm installs it: every ts/tsx
 * sample compiles in a scratch app that installed the packed tarball (skipLibCheck: false, no AWS
 * SDK installed); the seeded-user table is what `npm run cognito` prints; the drop-in sample,
 * signed in against the local Cognito in Chromium, shows one "Sign out"; no link leaves the
 * repository.
 */
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, dirname, join, relative, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { packedApp } from "../scripts/packed-app.js";
import { describeDemo } from "cognito-react-kit-local";
import { launch } from "./e2e/browser.js";

const root = resolve(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const samples = [...readme.matchAll(/```(tsx?)\n([\s\S]*?)```/g)].map((m) => ({ ext: m[1]!, code: m[2]! }));
/** What a Vite + TypeScript app has besides the kit and its peers (the vite.config sample needs vite; the identity-pool sample, aws4fetch). */
const APP_DEV_DEPS = ["typescript", "@types/react", "@types/react-dom", "@types/node", "vite", "@vitejs/plugin-react", "aws4fetch"];
const POOL = '{ userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789" }';

/** The first tsx sample after a heading. */
function sampleUnder(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  const block = /```tsx\n([\s\S]*?)```/.exec(readme.slice(Math.max(start, 0)));
  if (start < 0 || !block) throw new Error(`README.md has no tsx sample under "${heading}"`);
  return block[1]!;
}

describe("README samples", () => {
  it("has samples for the drop-in, customizing, hooks-only, the core and the local Cognito", () => {
    expect(samples.length).toBeGreaterThanOrEqual(6);
    expect(samples.some((s) => s.code.includes('endpoint: "http://127.0.0.1:9229"'))).toBe(true);
  });

  it("each compiles in an app that installed the packed package, skipLibCheck off, no AWS SDK", async () => {
    const { dir } = await packedApp({ extraDeps: APP_DEV_DEPS });
    // The SDK is an optional peer: had a type file of the kit imported it, tsc would fail here.
    expect(existsSync(join(dir, "node_modules/@aws-sdk/client-cognito-identity-provider"))).toBe(false);
    const folder = join(dir, `readme-samples-${process.pid}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    samples.forEach((s, i) => writeFileSync(join(folder, `sample-${i}.${s.ext}`), `export {};\n${s.code}`));
    writeFileSync(join(folder, "tsconfig.json"), JSON.stringify({
      compilerOptions: {
        target: "ES2022", lib: ["ES2022", "DOM", "DOM.Iterable"], module: "ESNext", moduleResolution: "Bundler",
        jsx: "react-jsx", strict: true, skipLibCheck: false, noEmit: true, isolatedModules: true, types: ["vite/client"],
      },
      include: ["*.ts", "*.tsx"],
    }));
    let output = "";
    try {
      execFileSync(process.execPath, [join(dir, "node_modules/typescript/bin/tsc"), "-p", folder], { encoding: "utf8" });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout || error);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    expect(output).toBe("");
  }, 600_000);
});

describe("the seeded-user table", () => {
  it("lists every user `npm run cognito` prints, in its order, with the same username, alias and password", () => {
    const printed = describeDemo(inject("cognito")).split("\n").filter((line) => /^ {2}\S/.test(line)).map((line) => line.trim().split(/\s+/).slice(0, 4));
    const lines = readme.slice(readme.indexOf("| scenario ")).split("\n");
    const table = lines.slice(2, lines.findIndex((line) => !line.startsWith("|")))
      .map((line) => line.split("|").slice(1, 5).map((cell) => cell.trim().replace(/^`|`$/g, "")));
    expect(printed.length).toBeGreaterThanOrEqual(9);
    expect(table).toEqual(printed);
  });
});

describe("the drop-in sample", () => {
  it("signed in, shows the account settings with one Sign out button", async () => {
    const { dir } = await packedApp({ extraDeps: APP_DEV_DEPS });
    const { userPoolId, userPoolClientId, endpoint } = inject("cognito");
    const sample = sampleUnder("### The drop-in");
    expect(sample).toContain(POOL);
    const folder = join(dir, `readme-drop-in-${process.pid}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeFileSync(join(folder, "app.tsx"), sample.replace(POOL, JSON.stringify({ userPoolId, userPoolClientId, endpoint })));
    writeFileSync(join(folder, "main.tsx"), 'import { createRoot } from "react-dom/client";\nimport { App } from "./app";\ncreateRoot(document.getElementById("root")!).render(<App />);\n');
    const out = join(folder, "out");
    await build({
      absWorkingDir: dir, entryPoints: [join(folder, "main.tsx")], outdir: out, bundle: true, format: "esm", platform: "browser",
      target: "es2022", jsx: "automatic", logLevel: "silent", define: { "process.env.NODE_ENV": '"production"' },
    });
    const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>drop-in</title><link rel="stylesheet" href="/main.css"></head><body><div id="root"></div><script type="module" src="/main.js"></script></body></html>';
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const csp = { "content-security-policy": `default-src 'self'; style-src 'self'; img-src 'self' data:; connect-src ${endpoint}` };
      if (path === "/") return void res.writeHead(200, { ...csp, "content-type": "text/html; charset=utf-8" }).end(page);
      const file = join(out, basename(path));
      if (!existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { ...csp, "content-type": path.endsWith(".css") ? "text/css" : "text/javascript" }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const browser = await launch();
    try {
      const tab = await browser.newPage();
      const problems: string[] = [];
      tab.on("pageerror", (error) => problems.push(error.message));
      await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await tab.getByLabel("Username or email").fill("demo-confirmed");
      await tab.getByLabel("Password", { exact: true }).fill("Confirmed-Pass-1!");
      await tab.getByRole("button", { name: "Sign in", exact: true }).click();
      await tab.getByRole("button", { name: "Sign out on all devices" }).waitFor({ timeout: 20_000 });
      await expect(tab.getByText("Hello confirmed@example.com").count()).resolves.toBe(1);
      await expect(tab.getByRole("button", { name: "Sign out", exact: true }).count()).resolves.toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await new Promise((r) => server.close(r));
      rmSync(folder, { recursive: true, force: true });
    }
  }, 600_000);
});

describe("every sample with <AccountSettings/>", () => {
  it("adds no Sign out button of its own (the settings end with one)", () => {
    const withSettings = samples.filter((s) => s.code.includes("<AccountSettings"));
    expect(withSettings.length).toBeGreaterThanOrEqual(2);
    expect(withSettings.filter((s) => />\s*Sign out\s*</.test(s.code)).map((s) => s.code.split("\n")[0])).toEqual([]);
  });
});

describe("links", () => {
  it("every relative link in README.md, CONTRIBUTING.md and docs/ points at a file in the repository", () => {
    const documents = ["README.md", "CONTRIBUTING.md", "docs/architecture.md", "docs/security.md"];
    const links = documents.flatMap((doc) => [...readFileSync(join(root, doc), "utf8").matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1]!).filter((href) => !/^(https?:|mailto:|#)/.test(href))
      .map((href) => ({ doc, href, target: resolve(root, dirname(doc), href.split("#")[0]!) })));
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const { doc, href, target } of links) {
      expect(relative(root, target).startsWith(".."), `${doc}: ${href}`).toBe(false);
      expect(existsSync(target), `${doc}: ${href}`).toBe(true);
    }
    expect(readme).not.toMatch(/\.\.\/shared/);
  });
});
