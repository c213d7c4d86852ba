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

  it("should count from the utility's calendar day, not UTC's: Saturday 21:20 in Sinaloa is still Saturday", () => {
    const saturdayEvening = new Date("2026-11-29T04:20:00Z"); // 28/11/2026 21:20 in Angostura (UTC−7)
    expect(addBusinessDays(saturdayEvening, 3, new Set()).toISOString()).toBe("2026-12-03T04:20:00.000Z"); // Wed 02/12 21:20 local
  });

  it("should skip a holiday by its local date even late in the evening", () => {
    const christmasEve = new Date("2026-12-25T03:00:00Z"); // Thu 24/12 20:00 local; Fri 25/12 is a holiday
    expect(addBusinessDays(christmasEve, 1, holidays).toISOString()).toBe("2026-12-29T03:00:00.000Z"); // Mon 28/12 20:00 local
  });

  it("should treat Saturdays, Sundays and holidays as non-business days", () => {
    expect([at("2026-11-28"), at("2026-11-29"), at("2026-12-25"), at("2026-11-30")].map((d) => isBusinessDay(d, holidays))).toEqual([false, false, false, true]);
  });
});
