/**
 * `npm run demo`: the local Cognito (cognito-react-kit-local, seeded with the demo pools, config in
 * .cognito/demo-config.json) and Storybook wired to it. Ctrl-C stops both.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { main } from "../packages/local-cognito/src/cli";

const cognito = await main(["start", "--demo", "--dir", ".cognito"]);
if (!cognito) process.exit(1);

const storybookBin = createRequire(import.meta.url).resolve("storybook/package.json").replace(/package\.json$/, "dist/bin/dispatcher.js");
const port = process.env.STORYBOOK_PORT ?? "6006";
const storybook = spawn(process.execPath, [storybookBin, "dev", "-p", port, "--no-open", "--ci", "--no-version-updates"], {
  stdio: "inherit",
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1" },
});

const stop = (code = 0) => {
  storybook.kill("SIGTERM");
  void cognito.stop().then(() => process.exit(code));
};
storybook.on("exit", (code) => stop(code ?? 0));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
