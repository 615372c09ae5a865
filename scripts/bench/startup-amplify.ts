/**
 * Amplify UI's page of the start-up benchmark. @aws-amplify/ui-react and aws-amplify are never
 * dependencies of this repository: they are installed into a scratch directory at bench time,
 * cached under node_modules/.cache/, and the page is written there so it resolves them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The versions measured (pinned, so figures say what they compare against). */
export const AMPLIFY_VERSIONS = { "@aws-amplify/ui-react": "6.15.6", "aws-amplify": "6.22.1" } as const;

/** The same drop-in as the kit's page, configured with a fake user pool; no request is needed to show sign-in. */
const PAGE = `
import { Amplify } from "aws-amplify";
import { Authenticator } from "@aws-amplify/ui-react";
import "@aws-amplify/ui-react/styles.css";
import { createRoot } from "react-dom/client";

Amplify.configure({ Auth: { Cognito: { userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789" } } });

createRoot(document.getElementById("root")).render(
  <Authenticator>{({ signOut }) => <button type="button" onClick={signOut}>Sign out</button>}</Authenticator>,
);
`;

/**
 * Installs Amplify UI into `<repo>/node_modules/.cache/bench-startup-amplify` (once per version
 * set) and returns the page's entry file there.
 *
 * @example
 * const entry = amplifyPage("/work/main"); // …/node_modules/.cache/bench-startup-amplify/page.jsx
 */
export function amplifyPage(repoRoot: string): string {
  const dir = join(repoRoot, "node_modules/.cache/bench-startup-amplify");
  const manifest = JSON.stringify({ name: "bench-startup-amplify", private: true, dependencies: AMPLIFY_VERSIONS }, null, 2);
  const stamp = join(dir, ".installed");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== manifest) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), manifest);
    console.log(`installing ${Object.entries(AMPLIFY_VERSIONS).map(([n, v]) => `${n}@${v}`).join(" ")} into ${dir} (once)…`);
    // React comes from this repository (the bundler resolves it there), so peers are not installed.
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--legacy-peer-deps", "--ignore-scripts", "--loglevel=error"], { cwd: dir, stdio: "inherit" });
    writeFileSync(stamp, manifest);
  }
  const entry = join(dir, "page.jsx");
  writeFileSync(entry, PAGE);
  return entry;
}
