/**
 * `npm run size -- --peers`: AWS Amplify UI's <Authenticator> with aws-amplify, installed into a
 * scratch app of its own (from the npm registry; cached under the OS temp dir) and bundled exactly
 * like our samples (scripts/size-bundle.ts), for a ratio measured the same way on the same day.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { PEERS, REPO_ROOT } from "./packed-app.js";
import { bundle, BUNDLERS } from "./size-bundle.js";
import type { Measured } from "./size.js";

const APP = `import { Amplify } from "aws-amplify";
import { Authenticator } from "@aws-amplify/ui-react";
import "@aws-amplify/ui-react/styles.css";
import { createRoot } from "react-dom/client";

Amplify.configure({ Auth: { Cognito: { userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789" } } });

createRoot(document.getElementById("root")!).render(
  <Authenticator signUpAttributes={["email", "name"]}>
    {({ user, signOut }) => (
      <main>
        <p>Hello {user?.username}</p>
        <button onClick={signOut}>Sign out</button>
      </main>
    )}
  </Authenticator>,
);
`;

const version = (name: string) => (JSON.parse(readFileSync(join(REPO_ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

/** A scratch app with @aws-amplify/ui-react and aws-amplify (latest) and our peers' React. */
function amplifyApp(): string {
  const dir = join(tmpdir(), "cognito-react-kit-packed", `amplify-react-${version("react")}`);
  if (existsSync(join(dir, ".ready"))) return dir;
  const staging = `${dir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, "package.json"), JSON.stringify({ name: "amplify-scratch", private: true, type: "module" }));
  const deps = ["@aws-amplify/ui-react", "aws-amplify", ...PEERS.filter((p) => p.startsWith("react")).map((p) => `${p}@${version(p)}`)];
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", ...deps], { cwd: staging, stdio: ["ignore", "ignore", "inherit"] });
  writeFileSync(join(staging, ".ready"), "");
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

/**
 * Bundles Amplify UI's Authenticator with both bundlers; lines comparing it with our drop-in.
 *
 * @example
 * for (const line of await measureAmplify(results["drop-in"])) console.log(line);
 */
export async function measureAmplify(ours: Measured): Promise<string[]> {
  const dir = amplifyApp();
  const installed = (name: string) => (JSON.parse(readFileSync(join(dir, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  mkdirSync(join(dir, "sample"), { recursive: true });
  writeFileSync(join(dir, "sample/main.tsx"), APP);
  const css = gzipSync(readFileSync(join(dir, "node_modules/@aws-amplify/ui-react/dist/styles.css")), { level: 9 }).length;
  const lines = [`Amplify UI ${installed("@aws-amplify/ui-react")} + aws-amplify ${installed("aws-amplify")}, <Authenticator> app, same bundlers:`];
  for (const bundler of BUNDLERS) {
    const theirs = await bundle(bundler, dir, "sample/main.tsx");
    const mine = ours[bundler].initial;
    lines.push(`  ${bundler.padEnd(8)} ${(theirs.initial / 1000).toFixed(2)} kB gzip JS (+${theirs.lazy.length} lazy chunks) vs our drop-in ${(mine / 1000).toFixed(2)} kB: ${(theirs.initial / mine).toFixed(2)}× ours`);
  }
  lines.push(`  css      ${(css / 1000).toFixed(2)} kB gzip`);
  return lines;
}
