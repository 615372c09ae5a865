/**
 * `npm run size`: gzip size (esbuild --minify, gzip -9) of each public entry as an app would
 * ship it, and of a sample app that drops in <Authenticator> — all measured beyond React (React,
 * react-dom and, for ./sdk, the AWS SDK are external; react-hook-form, zod and lean-qr count).
 * Budgets are enforced by test/size.test.ts through the same function.
 */
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const DROP_IN_APP = `
import { createCognitoAuth } from "./src/index";
import { Authenticator } from "./src/ui/index";
import { createRoot } from "react-dom/client";
import { jsx } from "react/jsx-runtime";
const auth = createCognitoAuth({ userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789" });
createRoot(document.getElementById("root")).render(jsx(Authenticator, { auth }));
`;

/** What is measured: an entry's whole export surface, or the sample app. */
export const TARGETS = {
  core: { contents: 'export * from "./src/index";', budget: 8_000 },
  react: { contents: 'export * from "./src/react/index";', budget: null },
  ui: { contents: 'export * from "./src/ui/index";', budget: null },
  sdk: { contents: 'export * from "./src/sdk/index";', budget: null },
  oauth: { contents: 'export * from "./src/oauth/index";', budget: null },
  dropIn: { contents: DROP_IN_APP, budget: 35_000 },
} as const;

export const CSS_BUDGET = 6_000;
const REACT = ["react", "react-dom", "react-dom/client", "react/jsx-runtime", "@aws-sdk/*"];

export async function gzipSize(contents: string): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL("..", import.meta.url)), loader: "tsx" },
    bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", write: false,
    external: REACT, legalComments: "none", jsx: "automatic", logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureAll() {
  const rows: { name: string; minified: number; gzip: number; budget: number | null }[] = [];
  for (const [name, target] of Object.entries(TARGETS)) rows.push({ name, ...(await gzipSize(target.contents)), budget: target.budget });
  const css = readFileSync(new URL("../src/ui/styles.css", import.meta.url));
  rows.push({ name: "css", minified: css.length, gzip: gzipSync(css, { level: 9 }).length, budget: CSS_BUDGET });
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await measureAll()) {
    const budget = row.budget === null ? "" : `, budget ${(row.budget / 1000).toFixed(1)} kB: ${row.gzip <= row.budget ? "ok" : "OVER BUDGET"}`;
    console.log(`${row.name.padEnd(7)} ${(row.gzip / 1000).toFixed(2)} kB gzip (${(row.minified / 1000).toFixed(1)} kB min)${budget}`);
  }
  console.log("For scale: AWS Amplify UI's Authenticator with aws-amplify ships ~172 kB gzip of JS beyond React, plus ~30 kB of CSS.");
}
