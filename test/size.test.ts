/**
 * Size budgets, measured the way `npm run size` prints them (esbuild --minify, gzip -9).
 */
import { describe, expect, it } from "vitest";
import { measureAll } from "../scripts/size";

describe("size budgets", () => {
  it("core ≤ 8 kB, the drop-in app ≤ 35 kB, CSS ≤ 6 kB (gzip, beyond React)", async () => {
    const rows = await measureAll();
    expect(rows.map((r) => r.name)).toEqual(["core", "react", "ui", "sdk", "oauth", "dropIn", "css"]);
    for (const row of rows) if (row.budget !== null) expect(row.gzip, `${row.name}: ${row.gzip} B gzip`).toBeLessThanOrEqual(row.budget);
  });
});
