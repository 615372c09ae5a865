/**
 * A machine created in Node (tests, SSR, scripts) does not keep the process alive: the tab
 * channel is unref'd, so a script that never calls destroy() still exits.
 */
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

it("a script that creates a machine and never destroys it exits by itself", async () => {
  const script = `
    import { createCognitoAuth } from "./src/index.ts";
    const auth = createCognitoAuth({ userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "client", storage: "memory" });
    auth.subscribe(() => console.log(auth.getSnapshot().step));
  `;
  const started = Date.now();
  const output = await new Promise<string>((done, fail) => {
    execFile(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, timeout: 20_000 }, (error, stdout) =>
      error ? fail(error) : done(stdout));
  });
  expect(output.trim()).toBe("signIn");
  expect(Date.now() - started).toBeLessThan(20_000);
}, 30_000);
