/**
 * Size budgets, measured the way `npm run size` prints them (esbuild --minify, gzip -9).
 */
import { describe, expect, it } from "vitest";
import { measureAll } from "../scripts/size";

describe("size budgets", () => {
  it("every entry is within its gzip budget", async () => {
    const rows = await measureAll();
    for (const row of rows) expect(row.gzip, `${row.name}: ${row.gzip} B gzip`).toBeLessThanOrEqual(row.budget);
  });
});
