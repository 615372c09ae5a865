/**
 * Re-renders per keystroke in <SignIn/>: Debian's Chromium types into the drop-in's fields with
 * real key events; React's Profiler counts every commit inside <Authenticator>.
 */
import { build } from "esbuild";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { chromiumPath } from "./chromium-path.js";

export async function benchRenders(): Promise<{ keystrokes: number; commits: number; control: number }> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("bench/render-page.tsx", import.meta.url))],
    bundle: true, format: "esm", write: false, jsx: "automatic", logLevel: "silent",
    define: { "process.env.NODE_ENV": '"development"' }, // the Profiler reports in development builds
  });
  const html = '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>';
  const server = createServer((req, res) => {
    if (req.url === "/app.js") res.writeHead(200, { "content-type": "text/javascript" }).end(bundle.outputFiles[0]!.contents);
    else res.writeHead(200, { "content-type": "text/html" }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const browser = await chromium.launch({
    executablePath: chromiumPath(), headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const username = page.getByRole("textbox", { name: "Username or email" });
    await username.waitFor();
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => (window as unknown as { commits: { count: number } }).commits.count);
    const typed = "someone@example.com";
    const password = "Correct-Horse-Battery-1!";
    await username.click();
    await page.keyboard.type(typed);
    await page.getByRole("textbox", { name: "Password" }).click();
    await page.keyboard.type(password);
    await page.waitForTimeout(300);
    const count = () => page.evaluate(() => (window as unknown as { commits: { count: number } }).commits.count);
    const after = await count();
    // Control: the counter does see commits — a submit with the password cleared shows a field error.
    await page.getByRole("textbox", { name: "Password" }).fill("");
    await page.keyboard.press("Enter");
    await page.getByText("Fill in this field.").waitFor();
    return { keystrokes: typed.length + password.length, commits: after - before, control: (await count()) - after };
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { keystrokes, commits, control } = await benchRenders();
  console.log(`renders: ${commits} React commits in <Authenticator> for ${keystrokes} keystrokes in <SignIn/> = ${(commits / keystrokes).toFixed(2)} re-renders per keystroke (control: one invalid submit = ${control} commits, so the counter works)`);
}
