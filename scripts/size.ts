/**
 * `npm run size`: gzip size (esbuild --minify, gzip -9) of each public entry as an app would
 * ship it, peers (React, react-hook-form, zod, the AWS SDK) excluded. Budgets are enforced by
 * test/size.test.ts through the same function.
 */
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

export const ENTRIES = {
  core: "src/index.ts",
} as const;

/** Bytes, in kB of 1000 bytes. */
export const BUDGETS: Record<keyof typeof ENTRIES, number> = { core: 8_000 };

const PEERS = ["react", "react-dom", "react/jsx-runtime", "react-hook-form", "zod", "@aws-sdk/*"];

export async function gzipSize(entry: string): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022",
    write: false, external: PEERS, legalComments: "none", jsx: "automatic", logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureAll() {
  const rows: { name: keyof typeof ENTRIES; minified: number; gzip: number; budget: number }[] = [];
  for (const name of Object.keys(ENTRIES) as (keyof typeof ENTRIES)[]) {
    rows.push({ name, ...(await gzipSize(ENTRIES[name])), budget: BUDGETS[name] });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await measureAll()) {
    const ok = row.gzip <= row.budget ? "ok" : "OVER BUDGET";
    console.log(`${row.name.padEnd(6)} ${(row.gzip / 1000).toFixed(2)} kB gzip (${(row.minified / 1000).toFixed(1)} kB min), budget ${(row.budget / 1000).toFixed(1)} kB: ${ok}`);
  }
}
