import { describe, expect, it } from "vitest";
import { federalHolidayKeys, federalHolidays } from "../../server/src/shared/federal-holidays.ts";

const days = (year: number) => federalHolidays(year).map((h) => h.date.toISOString().slice(0, 10));

describe("federal holidays (LFT art. 74)", () => {
  it("should compute the movable Mondays of any year, not only the seeded ones", () => {
    expect(days(2028)).toEqual(["2028-01-01", "2028-02-07", "2028-03-20", "2028-05-01", "2028-09-16", "2028-11-20", "2028-12-25"]);
  });

  it("should add 1 October in the years the federal executive changes hands", () => {
    expect(days(2030)).toContain("2030-10-01");
    expect(days(2031)).not.toContain("2031-10-01");
  });

  it("should cover every year of a range that spans New Year", () => {
    expect(federalHolidayKeys(new Date("2027-12-20T00:00:00Z"), new Date("2028-01-10T00:00:00Z"))).toEqual(expect.arrayContaining(["2027-12-25", "2028-01-01"]));
  });
});
