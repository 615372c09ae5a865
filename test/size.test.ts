/**
 * Size budgets on the package as people install it: `npm pack`, installed into a scratch app, each
 * sample bundled through the package's exports with esbuild (--minify) and Vite (gzip -9, beyond
 * React) — the same functions `npm run size` prints with.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLERS } from "../scripts/size-bundle";
import { bundledModules, TESTING_MODULE, TESTING_SAMPLE } from "../scripts/size-testing";
import { IDENTITY_POOL_MODULE, IDENTITY_POOL_SAMPLE } from "../scripts/size-identity-pool";
import { PASSWORDLESS_MODULE, PASSWORDLESS_SAMPLE } from "../scripts/size-passwordless";
import { PASSKEYS_MODULE } from "../scripts/size-passkeys";
import { DEVICES_MODULE, DEVICES_SAMPLE, DEVICES_UI_SAMPLE } from "../scripts/size-devices";
import { check, CSS_BUDGET, isLanguageChunk, measureAll, measureSample, padded, readmeSample, samples, type Verdict } from "../scripts/size";

describe("size budgets (packed tarball; esbuild and Vite)", () => {
  let measured: Awaited<ReturnType<typeof measureAll>>;
  beforeAll(async () => {
    measured = await measureAll();
  }, 600_000);

  it("every sample, with both bundlers, is within its budget", () => {
    const names = samples().map((s) => s.name);
    expect(names).toEqual([
      "core", "authenticator", "drop-in", "drop-in, 23 languages", "verify contact step", "header and footer", "modal", "withAuthenticator",
      "hosted UI buttons", "custom sign-up fields", "confirm password", "phone numbers", "testing entry", "identity pool",
      "passkeys", "passkeys UI",
      "remembered devices", "remembered devices UI", "passwordless",
    ]);
    expect(measured.verdicts).toHaveLength(names.length * BUNDLERS.length);
    const line = (v: Verdict) => `${v.sample} (${v.bundler}): ${v.measured} B, budget ${v.budget} B, ${v.lazyCount} lazy chunks up to ${v.lazyLargest} B`;
    expect(measured.verdicts.flatMap((v) => v.problems), measured.verdicts.map(line).join("\n")).toEqual([]);
  });

  it("cognito-react-kit/testing enters no app that does not import it, and is in the bundle of one that does", async () => {
    for (const sample of samples().filter((s) => s !== TESTING_SAMPLE)) {
      const modules = await bundledModules(sample);
      expect(modules.some((p) => p.includes("node_modules/cognito-react-kit/dist/")), sample.name).toBe(true);
      expect(modules.filter((p) => TESTING_MODULE.test(p)), sample.name).toEqual([]);
      // Nor does the identity-pool entry enter any app but the one that imports it.
      if (sample !== IDENTITY_POOL_SAMPLE) expect(modules.filter((p) => IDENTITY_POOL_MODULE.test(p)), sample.name).toEqual([]);
      else expect(modules.filter((p) => IDENTITY_POOL_MODULE.test(p)).length, sample.name).toBeGreaterThan(1);
      // Nor choice-based sign-in (its add-on, screens and language parts) any app but the one that turns it on.
      if (sample !== PASSWORDLESS_SAMPLE) expect(modules.filter((p) => PASSWORDLESS_MODULE.test(p)), sample.name).toEqual([]);
      else expect(modules.filter((p) => PASSWORDLESS_MODULE.test(p)).length, sample.name).toBeGreaterThan(4);
      // Nor do the passkeys entries.
      if (!sample.name.startsWith("passkeys")) expect(modules.filter((p) => PASSKEYS_MODULE.test(p)), sample.name).toEqual([]);
      else expect(modules.filter((p) => PASSKEYS_MODULE.test(p)).length, sample.name).toBeGreaterThan(2);
      // Nor do the remembered-devices entries.
      if (sample !== DEVICES_SAMPLE && sample !== DEVICES_UI_SAMPLE) expect(modules.filter((p) => DEVICES_MODULE.test(p)), sample.name).toEqual([]);
      else expect(modules.filter((p) => DEVICES_MODULE.test(p)).length, sample.name).toBeGreaterThan(3);
    }
    expect((await bundledModules(TESTING_SAMPLE)).filter((p) => TESTING_MODULE.test(p)).length).toBeGreaterThan(2);
  }, 300_000);

  it("the stylesheet is within its budget", () => {
    expect(measured.css).toBeGreaterThan(500);
    expect(measured.css).toBeLessThanOrEqual(CSS_BUDGET);
  });

  it("languages cost nothing until picked: no language chunk without the picker, one chunk per language with it", () => {
    for (const bundler of BUNDLERS) {
      expect(measured.results["authenticator"]![bundler].lazy.filter(isLanguageChunk), bundler).toEqual([]);
      expect(measured.results["drop-in"]![bundler].lazy.filter(isLanguageChunk), bundler).toEqual([]);
      const chunks = measured.results["drop-in, 23 languages"]![bundler].lazy.filter(isLanguageChunk);
      // One per language for the screens (what pickLanguage loads), two more per language beyond English (account, hosted UI).
      expect(chunks.filter((c) => /\/(english|[a-z-]+-screens)\.js$/.test(c.source!)), bundler).toHaveLength(23);
      expect(chunks.filter((c) => /-(account|oauth)\.js$/.test(c.source!)), bundler).toHaveLength(44);
      expect(chunks, bundler).toHaveLength(67);
    }
  });

  it("the QR encoder and the standard attributes' controls are not in the first load: a lazy chunk each, fetched by the screens that need them", () => {
    for (const bundler of BUNDLERS) {
      for (const name of ["authenticator", "drop-in", "drop-in, 23 languages"]) {
        const others = measured.results[name]![bundler].lazy.filter((c) => !isLanguageChunk(c));
        expect(others.map((c) => c.source).sort(), `${name} (${bundler})`).toEqual([
          expect.stringMatching(/ui\/fields\/attributes\.js$/), expect.stringMatching(/lean-qr\/nano\.mjs$/),
        ]);
      }
    }
  });

  it("measures what users copy: the README's drop-in and language samples", () => {
    const dropIn = samples().find((s) => s.name === "drop-in")!;
    expect(dropIn.files["app.tsx"]).toBe(readmeSample("### The drop-in"));
    expect(dropIn.files["app.tsx"]).toContain("<AccountSettings />");
    expect(samples().find((s) => s.name === "drop-in, 23 languages")!.files["main.tsx"]).toContain("pickLanguage(navigator.languages)");
  });

  it("reports OVER when a sample outgrows its budget (the authenticator with 36 kB of random bytes appended)", async () => {
    const sample = samples().find((s) => s.name === "authenticator")!;
    const heavier = await measureSample(padded(sample, 36_000));
    for (const bundler of BUNDLERS) {
      const verdict = check(sample, bundler, heavier);
      expect(verdict.measured - measured.results["authenticator"]![bundler].initial, bundler).toBeGreaterThan(30_000);
      expect(verdict.problems, bundler).toEqual([expect.stringMatching(/^OVER: authenticator \(/)]);
    }
  }, 300_000);
});
