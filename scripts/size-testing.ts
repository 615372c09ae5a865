/**
 * cognito-react-kit/testing stays out of apps that do not import it: each app sample of
 * scripts/size.ts is bundled (esbuild, from the packed tarball) and the modules that went in are
 * listed; none may come from dist/testing/. The testing entry's own size is printed beside.
 */
import { build } from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { packedApp } from "./packed-app.js";
import { EXTERNAL } from "./size-bundle.js";
import type { Sample } from "./size.js";

/** A module of the testing entry, as a bundle's input path names it. */
export const TESTING_MODULE = /node_modules\/cognito-react-kit\/dist\/testing\//;

let run = 0;

/**
 * The package modules (paths under node_modules/) esbuild puts in the sample's bundle, lazy chunks included.
 *
 * @example
 * const inputs = await bundledModules(sample);
 * inputs.some((p) => TESTING_MODULE.test(p)); // false for every app sample
 */
export async function bundledModules(sample: Sample): Promise<string[]> {
  const { dir } = await packedApp();
  const folder = join(dir, `testing-check-${process.pid}-${run++}`);
  rmSync(folder, { recursive: true, force: true });
  for (const [file, text] of Object.entries(sample.files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  try {
    const result = await build({
      absWorkingDir: dir, entryPoints: [join(folder, "main.tsx")], outdir: join(dir, "out"), bundle: true, splitting: true, minify: true,
      format: "esm", platform: "browser", target: "es2022", jsx: "automatic", write: false, metafile: true, external: EXTERNAL, logLevel: "silent",
      define: { "process.env.NODE_ENV": '"production"' },
    });
    return Object.keys(result.metafile.inputs).filter((path) => path.includes("node_modules/"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The sample an app's test or story file is: the testing entry's helpers, imported and used. */
export const TESTING_SAMPLE: Sample = {
  name: "testing entry",
  files: {
    "main.tsx": `import { authIn, scriptedTransport, signedIn, challenge, fails, withAuth, authDecorator } from "cognito-react-kit/testing";
const transport = scriptedTransport({ afterPassword: challenge("TOTP"), challenges: { SOFTWARE_TOKEN_MFA: fails("CodeMismatchException") } });
console.log(await authIn("signedIn", { user: { email: "ana@example.com", groups: ["admin"] } }), transport, signedIn(), withAuth, authDecorator);\n`,
  },
  budget: 30_000,
};
