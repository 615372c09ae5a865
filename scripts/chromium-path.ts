/**
 * The Chromium finder for TypeScript importers (`import { chromiumPath } from "./chromium-path.js"`);
 * written in chromium-path.mjs so that npm's pretest runs it in plain node.
 */
export * from "./chromium-path.mjs";
