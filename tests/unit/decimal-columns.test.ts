// The Decimal column kinds that bound inputs (shared/decimal-columns.ts) are the ones the schema declares.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DECIMAL_COLUMNS, DECIMAL_INPUT, fitsColumn, largestIn, MONEY, VOLUME_M3 } from "../../server/src/shared/decimal-columns.ts";

const schema = fs.readFileSync(path.resolve(import.meta.dirname, "../../schema/schema.prisma"), "utf8");

describe("decimal columns", () => {
  it("should list every kind of Decimal column of schema.prisma", () => {
    const inSchema = new Set([...schema.matchAll(/@db\.Decimal\((\d+),\s*(\d+)\)/g)].map((m) => `${m[1]},${m[2]}`));
    const listed = new Set(Object.values(DECIMAL_COLUMNS).map((c) => `${c.precision},${c.scale}`));
    expect(inSchema.size).toBeGreaterThan(0);
    expect([...inSchema].filter((kind) => !listed.has(kind))).toEqual([]);
  });

  it("should let the Decimal scalar admit no more than the widest two-decimal column", () => {
    const twoDecimals = Object.values(DECIMAL_COLUMNS).filter((c) => c.scale === 2);
    expect(Math.max(...twoDecimals.map((c) => c.precision))).toBe(DECIMAL_INPUT.precision);
  });

  it("should tell what fits a column from what overflows it", () => {
    expect(largestIn(VOLUME_M3)).toBe("99999999.99");
    expect([fitsColumn("99999999.99", VOLUME_M3), fitsColumn("-99999999.99", VOLUME_M3), fitsColumn("00000012.5", VOLUME_M3), fitsColumn("0.01", VOLUME_M3)]).toEqual([true, true, true, true]);
    expect([fitsColumn("100000000", VOLUME_M3), fitsColumn("9999999999.99", VOLUME_M3), fitsColumn("1.001", VOLUME_M3), fitsColumn("1e3", VOLUME_M3)]).toEqual([false, false, false, false]);
    expect(fitsColumn("9999999999.99", MONEY)).toBe(true);
  });
});
