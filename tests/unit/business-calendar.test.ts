import { describe, expect, it } from "vitest";
import { addBusinessDays, isBusinessDay } from "../../server/src/shared/business-calendar.ts";

const at = (iso: string) => new Date(`${iso}T15:00:00Z`);
const holidays = new Set(["2026-11-16", "2026-12-25"]);

describe("business days", () => {
  it("should skip the weekend when counting 3 business days from a Thursday", () => {
    expect(addBusinessDays(at("2026-11-26"), 3, new Set()).toISOString()).toBe("2026-12-01T15:00:00.000Z");
  });

  it("should skip a federal holiday (third Monday of November) as well as the weekend", () => {
    expect(addBusinessDays(at("2026-11-13"), 1, holidays).toISOString()).toBe("2026-11-17T15:00:00.000Z");
  });

  it("should not count the start day itself", () => {
    expect(addBusinessDays(at("2026-12-01"), 1, holidays).toISOString()).toBe("2026-12-02T15:00:00.000Z");
  });

  it("should treat Saturdays, Sundays and holidays as non-business days", () => {
    expect([at("2026-11-28"), at("2026-11-29"), at("2026-12-25"), at("2026-11-30")].map((d) => isBusinessDay(d, holidays))).toEqual([false, false, false, true]);
  });
});
