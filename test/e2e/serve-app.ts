/**
 * Builds the e2e page with esbuild (as an app bundler would: minified, production React) and
 * serves it on a free loopback port under a strict Content-Security-Policy.
 */
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";

export interface ServedApp {
  url: string;
  close(): Promise<void>;
}

export async function serveApp(pageConfig: object, cognitoOrigin: string): Promise<ServedApp> {
  const root = resolve(import.meta.dirname, "../..");
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, "app/main.tsx")],
    bundle: true, minify: true, format: "esm", write: false, jsx: "automatic", logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const js = bundle.outputFiles[0]!.contents;
  const css = readFileSync(resolve(root, "src/ui/styles.css"));
  // Written per request: the config may gain entries after the server starts (e.g. a client whose callback is this URL).
  const html = () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cognito-react-kit e2e</title>
<link rel="stylesheet" href="/styles.css"><script type="application/json" id="config">${JSON.stringify(pageConfig)}</script>
</head><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>`;
  const csp = `default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self' ${cognitoOrigin}`;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const [type, body] = path === "/app.js" ? ["text/javascript", js] : path === "/styles.css" ? ["text/css", css] : path === "/" ? ["text/html", html()] : [null, null];
    if (!type) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": `${type}; charset=utf-8`, "content-security-policy": csp, "cache-control": "no-store" }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
