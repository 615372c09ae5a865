/**
 * `npm run size`: what an app ships, measured on the package as people install it. The package is
 * built, packed and installed into a scratch app (scripts/packed-app.ts); each sample below is
 * written into that app and bundled through the package's `exports` with esbuild (--minify) and
 * with Vite's production build; gzip -9 of the JS beyond React (React and react-dom external;
 * react-hook-form, zod and lean-qr counted). The samples that users copy are read from README.md.
 * Budgets are enforced by test/size.test.ts through the same functions.
 * `npm run size -- --peers` also bundles AWS Amplify UI's Authenticator the same way (scripts/size-amplify.ts).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { packedApp, REPO_ROOT } from "./packed-app.js";
import { bundle, BUNDLERS, type Bundler, type BundleResult, type Chunk } from "./size-bundle.js";
import { bundledModules, TESTING_MODULE, TESTING_SAMPLE } from "./size-testing.js";
import { IDENTITY_POOL_MODULE, IDENTITY_POOL_SAMPLE } from "./size-identity-pool.js";
import { PASSWORDLESS_MODULE, PASSWORDLESS_SAMPLE } from "./size-passwordless.js";
import { PASSKEYS_MODULE, PASSKEYS_SAMPLE, passkeysUiSample } from "./size-passkeys.js";
import { DEVICES_MODULE, DEVICES_SAMPLE, DEVICES_UI_SAMPLE } from "./size-devices.js";

export interface Sample {
  name: string;
  /** Files of the sample app, relative to its folder; `main.tsx` is the entry. */
  files: Record<string, string>;
  /** gzip bytes the initial JS may weigh (or may add to `relativeTo`'s). */
  budget: number;
  relativeTo?: string;
  /** gzip bytes each language chunk (loaded by pickLanguage) may weigh, and how many there must be. */
  lazy?: { each: number; count: number };
}

/** The first ```tsx block under a README heading: what users copy. */
export function readmeSample(heading: string): string {
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  const start = readme.indexOf(`\n${heading}\n`);
  const block = start < 0 ? null : /```tsx\n([\s\S]*?)```/.exec(readme.slice(start));
  if (!block) throw new Error(`README.md has no tsx sample under "${heading}"`);
  return block[1]!;
}

const POOL = '{ userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789" }';
const mount = (from: string, component: string) =>
  `import { createRoot } from "react-dom/client";\nimport { ${component} } from "${from}";\ncreateRoot(document.getElementById("root")!).render(<${component} />);\n`;

/** The authenticator sample with `config` in createCognitoAuth's options, `component` rendered with `props`, `extra` imported from the ui. */
const authenticatorWith = (config: string, component: string, extra = "", props = "") =>
  `import { createCognitoAuth } from "cognito-react-kit";
import { ${[component, extra].filter(Boolean).join(", ")} } from "cognito-react-kit/ui";
import { createRoot } from "react-dom/client";
const auth = createCognitoAuth({ userPoolId: "eu-west-1_AbCdEf123", userPoolClientId: "1example23456789"${config ? `, ${config}` : ""} });
createRoot(document.getElementById("root")!).render(<${component} auth={auth}${props} />);\n`;

/** The samples and their budgets (gzip -9 bytes of initial JS beyond React). */
export function samples(): Sample[] {
  return [
    {
      name: "core",
      files: {
        "main.tsx": `import { createCognitoAuth } from "cognito-react-kit";
const auth = createCognitoAuth(${POOL});
auth.subscribe(() => console.log(auth.getSnapshot().step));
await auth.signIn({ username: "ana@example.com", password: String(Date.now()) });\n`,
      },
      // 8 kB until 2026-11-22; +100 B for two behaviours issue 13 asked of the machine itself: an
      // admin-forced reset sends its code at once, and the hook the optional verify-contact step
      // enters through. A same-day cut pass took back 11 B without dropping behaviour.
      budget: 8_100,
    },
    {
      name: "authenticator",
      files: {
        "main.tsx": `import { createCognitoAuth } from "cognito-react-kit";
import { Authenticator } from "cognito-react-kit/ui";
import { createRoot } from "react-dom/client";
const auth = createCognitoAuth(${POOL});
createRoot(document.getElementById("root")!).render(<Authenticator auth={auth} />);\n`,
      },
      budget: 35_000,
    },
    { name: "drop-in", files: { "app.tsx": readmeSample("### The drop-in"), "main.tsx": mount("./app", "App") }, budget: 40_000 },
        // Language chunks: each language's screens' strings (what pickLanguage loads), and for the 22
    // beyond English its account screens' and hosted-UI buttons' strings (loaded by those components).
    // (3.2 kB each since the form options' strings: 5 per language took Ukrainian's, the largest, from 2930 to 3041 B.)
    { name: "drop-in, 23 languages", files: { "main.tsx": readmeSample("### Languages") }, budget: 41_000, lazy: { each: 3_200, count: 23 + 22 * 2 } },
    // The drop-in's options, each measured as what it adds to the authenticator sample (off, they add nothing).
    {
      name: "verify contact step",
      files: { "main.tsx": authenticatorWith(`verifyContact: verifyContactStep`, "Authenticator", "verifyContactStep") },
      budget: 2_500,
      relativeTo: "authenticator",
    },
    {
      name: "header and footer",
      files: { "main.tsx": authenticatorWith("", "Authenticator", "", ' header={<img alt="Acme" src="/logo.svg" />} footer={<a href="/terms">Terms</a>}') },
      budget: 200,
      relativeTo: "authenticator",
    },
    { name: "modal", files: { "main.tsx": authenticatorWith("", "AuthenticatorModal") }, budget: 1_000, relativeTo: "authenticator" },
    {
      name: "withAuthenticator",
      files: {
        "main.tsx": `import { createCognitoAuth } from "cognito-react-kit";
import { withAuthenticator, type WithAuthenticatorProps } from "cognito-react-kit/ui";
import { createRoot } from "react-dom/client";
const auth = createCognitoAuth(${POOL});
const App = ({ user, signOut }: WithAuthenticatorProps) => <button onClick={signOut}>{user.username}</button>;
const Protected = withAuthenticator(App, { auth });
createRoot(document.getElementById("root")!).render(<Protected />);\n`,
      },
      budget: 1_000,
      relativeTo: "authenticator",
    },
    {
      name: "hosted UI buttons",
      files: { "app.tsx": readmeSample("### Hosted UI and social / enterprise sign-in (code + PKCE)"), "main.tsx": mount("./app", "Login") },
      budget: 3_000,
      relativeTo: "authenticator",
    },
    // Each form option turned on, as the README shows it (what the option adds to the Authenticator).
    { name: "custom sign-up fields", files: { "app.tsx": readmeSample("#### Custom sign-up fields"), "main.tsx": mount("./app", "SignUpWithTerms") }, budget: 1_500, relativeTo: "authenticator" },
    { name: "confirm password", files: { "app.tsx": readmeSample("#### Confirm password"), "main.tsx": mount("./app", "App") }, budget: 500, relativeTo: "drop-in" },
    { name: "phone numbers", files: { "app.tsx": readmeSample("#### Phone numbers with a country picker"), "main.tsx": mount("./app", "PhoneSignIn") }, budget: 3_000, relativeTo: "authenticator" },
    // Never in an app's production bundle (scripts/size-testing.ts checks the samples above); its own weight, for the record.
    TESTING_SAMPLE,
    // The identity-pool entry beyond the core sample (scripts/size-identity-pool.ts); the other samples must not hold it.
    IDENTITY_POOL_SAMPLE,
    // The passkeys entries (scripts/size-passkeys.ts): the client beyond the core, the screens beyond the authenticator.
    PASSKEYS_SAMPLE,
    passkeysUiSample(readmeSample("### Passkeys")),
    // Remembered devices beyond the core and authenticator samples (scripts/size-devices.ts); the other samples must not hold them.
    DEVICES_SAMPLE,
    DEVICES_UI_SAMPLE,
    // Choice-based sign-in beyond the authenticator (scripts/size-passwordless.ts); the other samples must not hold it.
    PASSWORDLESS_SAMPLE,
  ];
}

export const CSS_BUDGET = 6_000;
/** gzip bytes any other lazily loaded chunk (e.g. the QR encoder, fetched by the TOTP screens) may weigh. */
export const OTHER_LAZY_BUDGET = 3_000;

/** A lazy chunk split off for one of the kit's language modules (dist/ui/i18n/…), not for another module. */
export const isLanguageChunk = (chunk: Chunk) => /cognito-react-kit\/dist\/ui\/i18n\//.test(chunk.source ?? "");

/** A sample padded with `bytes` of incompressible text: for showing that a budget check fails. */
export function padded(sample: Sample, bytes: number): Sample {
  const pad = randomBytes(bytes).toString("base64");
  return { ...sample, name: `${sample.name} + ${bytes} random bytes`, files: { ...sample.files, "main.tsx": `${sample.files["main.tsx"]}\nconsole.log("${pad}");\n` } };
}

export type Measured = Record<Bundler, BundleResult>;

let run = 0;

/** Writes the sample into the scratch app and bundles it with both bundlers. */
export async function measureSample(sample: Sample): Promise<Measured> {
  const { dir } = await packedApp();
  const folder = join(dir, `samples-${process.pid}-${run++}`);
  rmSync(folder, { recursive: true, force: true });
  for (const [file, text] of Object.entries(sample.files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  try {
    const entry = join(folder.slice(dir.length + 1), "main.tsx");
    const measured = {} as Measured;
    for (const bundler of BUNDLERS) measured[bundler] = await bundle(bundler, dir, entry);
    return measured;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export interface Verdict {
  sample: string;
  bundler: Bundler;
  /** Initial gzip bytes (minus `relativeTo`'s, for a sample measured as an addition). */
  measured: number;
  budget: number;
  relativeTo?: string;
  /** Language chunks: how many, and the largest. */
  lazyCount: number;
  lazyLargest: number;
  /** The other lazy chunks (the module each was split off for → gzip bytes). */
  otherLazy: Record<string, number>;
  problems: string[];
}

/**
 * A sample's measurements against its budget; `problems` lists each way it is OVER.
 *
 * @example
 * const verdict = check(sample, "esbuild", await measureSample(sample), base);
 * if (verdict.problems.length) throw new Error(verdict.problems.join("\n"));
 */
export function check(sample: Sample, bundler: Bundler, measured: Measured, base?: Measured): Verdict {
  const result = measured[bundler];
  const value = result.initial - (sample.relativeTo ? base![bundler].initial : 0);
  const languages = result.lazy.filter(isLanguageChunk);
  const others = result.lazy.filter((c) => !isLanguageChunk(c));
  const lazyLargest = Math.max(0, ...languages.map((c) => c.gzip));
  const problems: string[] = [];
  if (value > sample.budget) problems.push(`OVER: ${sample.name} (${bundler}) ${value} B > ${sample.budget} B`);
  const expected = sample.lazy?.count ?? 0;
  if (languages.length !== expected) problems.push(`${sample.name} (${bundler}): ${languages.length} language chunks, expected ${expected}`);
  for (const chunk of languages) {
    if (chunk.gzip > sample.lazy!.each) problems.push(`OVER: ${sample.name} (${bundler}) lazy chunk ${chunk.file} ${chunk.gzip} B > ${sample.lazy!.each} B`);
  }
  for (const chunk of others) {
    if (chunk.gzip > OTHER_LAZY_BUDGET) problems.push(`OVER: ${sample.name} (${bundler}) lazy chunk ${chunk.file} ${chunk.gzip} B > ${OTHER_LAZY_BUDGET} B`);
  }
  const relative = sample.relativeTo ? { relativeTo: sample.relativeTo } : {};
  const otherLazy = Object.fromEntries(others.map((c) => [c.source ?? c.file, c.gzip]));
  return { sample: sample.name, bundler, measured: value, budget: sample.budget, ...relative, lazyCount: languages.length, lazyLargest, otherLazy, problems };
}

/** gzip -9 bytes of the stylesheet as installed. */
export async function cssSize(): Promise<number> {
  const { dir } = await packedApp();
  return gzipSync(readFileSync(join(dir, "node_modules/cognito-react-kit/dist/ui/styles.css")), { level: 9 }).length;
}

/** Every sample with both bundlers, checked against its budget. */
export async function measureAll(): Promise<{ verdicts: Verdict[]; results: Record<string, Measured>; css: number }> {
  const all = samples();
  const results: Record<string, Measured> = {};
  for (const sample of all) results[sample.name] = await measureSample(sample);
  const verdicts = all.flatMap((sample) => BUNDLERS.map((b) => check(sample, b, results[sample.name]!, sample.relativeTo ? results[sample.relativeTo] : undefined)));
  return { verdicts, results, css: await cssSize() };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

/** The report `npm run size` prints. */
export function report({ verdicts, css }: { verdicts: Verdict[]; css: number }): string[] {
  const lines = [`${"sample".padEnd(24)}${"bundler".padEnd(9)}${"gzip".padStart(10)}${"budget".padStart(10)}  verdict  vite/esbuild  lazy chunks`];
  for (const v of verdicts) {
    const esbuild = verdicts.find((o) => o.sample === v.sample && o.bundler === "esbuild")!;
    const ratio = v.bundler === "vite" ? `${(v.measured / esbuild.measured).toFixed(3)}×` : "";
    const other = Object.entries(v.otherLazy).map(([source, gzip]) => `${source.replace(/^.*node_modules\//, "").replace(/\.m?js$/, "")} ${kB(gzip)}`);
    const lazy = [v.lazyCount ? `${v.lazyCount} language chunks, largest ${kB(v.lazyLargest)}` : "", ...other].filter(Boolean).join("; ");
    const value = v.relativeTo ? `+${kB(v.measured)}` : kB(v.measured);
    const budget = `${v.relativeTo ? "+" : ""}${kB(v.budget)}`;
    lines.push(`${v.sample.padEnd(24)}${v.bundler.padEnd(9)}${value.padStart(10)}${budget.padStart(10)}  ${(v.problems.length ? "OVER" : "ok").padEnd(7)}  ${ratio.padEnd(12)}  ${lazy}`);
    if (v.relativeTo) lines[lines.length - 1] += ` (beyond "${v.relativeTo}")`;
  }
  lines.push(`${"css".padEnd(33)}${kB(css).padStart(10)}${kB(CSS_BUDGET).padStart(10)}  ${css <= CSS_BUDGET ? "ok" : "OVER"}`);
  return lines;
}

if (process.argv[1] === import.meta.filename) {
  const measured = await measureAll();
  console.log(`${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, gzip -9 of JS beyond React, from the packed tarball:`);
  for (const line of report(measured)) console.log(line);
  if (process.argv.includes("--peers")) {
    const { measureAmplify } = await import("./size-amplify.js");
    for (const line of await measureAmplify(measured.results["drop-in"]!)) console.log(line);
  }
  const problems = measured.verdicts.flatMap((v) => v.problems);
  for (const sample of samples().filter((s) => s !== TESTING_SAMPLE)) {
    const testing = (await bundledModules(sample)).filter((path) => TESTING_MODULE.test(path));
    console.log(`${sample.name.padEnd(24)}cognito-react-kit/testing modules in the bundle: ${testing.length ? testing.join(", ") : "none"}`);
    if (testing.length) problems.push(`LEAK: ${sample.name} bundles cognito-react-kit/testing (${testing.join(", ")})`);
  }
  for (const sample of samples().filter((s) => s !== IDENTITY_POOL_SAMPLE && s !== TESTING_SAMPLE)) {
    const identity = (await bundledModules(sample)).filter((path) => IDENTITY_POOL_MODULE.test(path));
    console.log(`${sample.name.padEnd(24)}cognito-react-kit/identity-pool modules in the bundle: ${identity.length ? identity.join(", ") : "none"}`);
    if (identity.length) problems.push(`LEAK: ${sample.name} bundles cognito-react-kit/identity-pool (${identity.join(", ")})`);
  }
  for (const sample of samples().filter((s) => s !== PASSWORDLESS_SAMPLE && s !== TESTING_SAMPLE)) {
    const passwordless = (await bundledModules(sample)).filter((path) => PASSWORDLESS_MODULE.test(path));
    console.log(`${sample.name.padEnd(24)}cognito-react-kit/passwordless modules in the bundle: ${passwordless.length ? passwordless.join(", ") : "none"}`);
    if (passwordless.length) problems.push(`LEAK: ${sample.name} bundles cognito-react-kit/passwordless (${passwordless.join(", ")})`);
  }
  for (const sample of samples().filter((s) => !s.name.startsWith("passkeys") && s !== TESTING_SAMPLE)) {
    const passkey = (await bundledModules(sample)).filter((path) => PASSKEYS_MODULE.test(path));
    console.log(`${sample.name.padEnd(24)}cognito-react-kit/passkeys modules in the bundle: ${passkey.length ? passkey.join(", ") : "none"}`);
    if (passkey.length) problems.push(`LEAK: ${sample.name} bundles cognito-react-kit/passkeys (${passkey.join(", ")})`);
  }
  for (const sample of samples().filter((s) => s !== DEVICES_SAMPLE && s !== DEVICES_UI_SAMPLE && s !== TESTING_SAMPLE)) {
    const devices = (await bundledModules(sample)).filter((path) => DEVICES_MODULE.test(path));
    console.log(`${sample.name.padEnd(24)}cognito-react-kit/devices modules in the bundle: ${devices.length ? devices.join(", ") : "none"}`);
    if (devices.length) problems.push(`LEAK: ${sample.name} bundles cognito-react-kit/devices (${devices.join(", ")})`);
  }
  if (measured.css > CSS_BUDGET) problems.push(`OVER: css ${measured.css} B > ${CSS_BUDGET} B`);
  for (const problem of problems) console.error(problem);
  process.exitCode = problems.length ? 1 : 0;
}
