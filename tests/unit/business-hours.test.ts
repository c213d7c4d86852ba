// The business clock in hours (office 08:00–15:00 in Sinaloa, UTC−7, Monday to Friday), checked by hand on the
// calendar of December 2026: Friday 25 December is a federal holiday.
import { describe, expect, it } from "vitest";
import { addBusinessMinutes, businessMinutesBetween } from "../../server/src/shared/business-hours.ts";

const OFFICE = { opensAtHour: 8, closesAtHour: 15 };
const HOLIDAYS = new Set(["2026-12-25"]);
/** A local time in Sinaloa, "2026-12-04 14:00" */
const local = (text: string) => new Date(`${text.replace(" ", "T")}:00-07:00`);

describe("business minutes", () => {
  it("should count a 24-hour target over office hours only: Monday 10:00 → Thursday 13:00", () => {
    // Monday 5 h + Tuesday 7 h + Wednesday 7 h = 19 h; 5 more on Thursday from 08:00
    expect(addBusinessMinutes(local("2026-11-30 10:00"), 24 * 60, OFFICE, HOLIDAYS)).toEqual(local("2026-12-03 13:00"));
  });

  it("should carry what is left at closing time over the weekend: Friday 14:00 + 2 h → Monday 09:00", () => {
    expect(addBusinessMinutes(local("2026-12-04 14:00"), 120, OFFICE, HOLIDAYS)).toEqual(local("2026-12-07 09:00"));
    expect(businessMinutesBetween(local("2026-12-04 14:00"), local("2026-12-07 09:00"), OFFICE, HOLIDAYS)).toBe(120);
  });

  it("should skip holidays: Thursday 24 December 14:00 + 2 h → Monday 28 December 09:00", () => {
    expect(addBusinessMinutes(local("2026-12-24 14:00"), 120, OFFICE, HOLIDAYS)).toEqual(local("2026-12-28 09:00"));
    expect(addBusinessMinutes(local("2026-12-24 14:00"), 120, OFFICE, new Set())).toEqual(local("2026-12-25 09:00"));
  });

  it("should start counting at the next opening when issued out of hours", () => {
    expect(addBusinessMinutes(local("2026-12-05 10:00"), 60, OFFICE, HOLIDAYS)).toEqual(local("2026-12-07 09:00")); // a Saturday
    expect(addBusinessMinutes(local("2026-12-01 06:30"), 30, OFFICE, HOLIDAYS)).toEqual(local("2026-12-01 08:30")); // before opening
    expect(addBusinessMinutes(local("2026-12-01 18:00"), 30, OFFICE, HOLIDAYS)).toEqual(local("2026-12-02 08:30")); // after closing
  });

  it("should count only office time between two instants", () => {
    expect(businessMinutesBetween(local("2026-12-01 14:30"), local("2026-12-01 20:00"), OFFICE, HOLIDAYS)).toBe(30);
    expect(businessMinutesBetween(local("2026-12-05 09:00"), local("2026-12-06 12:00"), OFFICE, HOLIDAYS)).toBe(0); // the weekend
    expect(businessMinutesBetween(local("2026-12-24 08:00"), local("2026-12-28 15:00"), OFFICE, HOLIDAYS)).toBe(14 * 60);
    expect(businessMinutesBetween(local("2026-12-02 10:00"), local("2026-12-01 10:00"), OFFICE, HOLIDAYS)).toBe(0);
  });

  it("should follow other office hours", () => {
    expect(addBusinessMinutes(local("2026-12-01 16:00"), 60, { opensAtHour: 9, closesAtHour: 17 }, HOLIDAYS)).toEqual(local("2026-12-01 17:00"));
  });
});
