// Tariff pricing by hand-checked examples (DOMESTIC and COMMERCIAL tariffs of the demo catalog, 2026).
import { describe, expect, it } from "vitest";
import { adjustmentAmount, charge, periodStart, socialCredit } from "../../server/src/modules/tariff/pricing.ts";

const DOMESTIC = {
  minimumM3: "10.00",
  minimumCharge: "118.50",
  blocks: [
    { fromM3: "10.00", toM3: "20.00", pricePerM3: "13.40" },
    { fromM3: "20.00", toM3: "30.00", pricePerM3: "16.90" },
    { fromM3: "30.00", toM3: "50.00", pricePerM3: "22.60" },
    { fromM3: "50.00", toM3: null, pricePerM3: "31.80" },
  ],
};
const COMMERCIAL = {
  minimumM3: "10.00",
  minimumCharge: "245.00",
  blocks: [
    { fromM3: "10.00", toM3: "25.00", pricePerM3: "26.50" },
    { fromM3: "25.00", toM3: "50.00", pricePerM3: "32.80" },
    { fromM3: "50.00", toM3: null, pricePerM3: "41.20" },
  ],
};

describe("charge", () => {
  it.each([
    // within the minimum: the minimum charge only
    ["0", "118.50"],
    ["7.5", "118.50"],
    ["10", "118.50"],
    // 118.50 + 5 × 13.40 = 185.50
    ["15", "185.50"],
    // 118.50 + 10 × 13.40 + 10 × 16.90 = 421.50
    ["30", "421.50"],
    // 118.50 + 134.00 + 169.00 + 15 × 22.60 (339.00) = 760.50
    ["45", "760.50"],
    // 118.50 + 134.00 + 169.00 + 3 × 22.60 (67.80) = 489.30
    ["33", "489.30"],
    // 118.50 + 134.00 + 169.00 + 452.00 + 10 × 31.80 (318.00) = 1191.50
    ["60", "1191.50"],
    // fractions: 118.50 + 2.35 × 13.40 = 31.49 → 149.99
    ["12.35", "149.99"],
    // 0.01 m³ over the minimum: 0.134 rounds half up to 0.13
    ["10.01", "118.63"],
  ])("should price %s m³ of domestic consumption at $%s", (m3, expected) => {
    expect(charge(DOMESTIC, m3).toFixed(2)).toBe(expected);
  });

  it("should price commercial consumption with its own blocks", () => {
    // 245.00 + 15 × 26.50 (397.50) + 15 × 32.80 (492.00) = 1134.50
    expect(charge(COMMERCIAL, "40").toFixed(2)).toBe("1134.50");
  });

  it("should be exact where binary floating point is not", () => {
    // 0.1 + 0.2 style trap: 10.3 m³ → 0.3 × 13.40 = 4.02 exactly
    expect(charge(DOMESTIC, "10.3").toFixed(2)).toBe("122.52");
    expect(charge({ minimumM3: "0", minimumCharge: "0", blocks: [{ fromM3: "0", toM3: null, pricePerM3: "0.10" }] }, "3").toFixed(2)).toBe("0.30");
  });

  it("should refuse negative consumption", () => {
    expect(() => charge(DOMESTIC, "-1")).toThrow(RangeError);
  });
});

describe("adjustmentAmount", () => {
  it("should take off what the excess m³ cost at the top of the bill", () => {
    // 45 m³ billed, 12 m³ verified excess: 760.50 − charge(33) 489.30 = 271.20
    expect(adjustmentAmount(DOMESTIC, "45", "12").toFixed(2)).toBe("271.20");
  });

  it("should take nothing off when the bill stays within the minimum", () => {
    expect(adjustmentAmount(DOMESTIC, "9", "4").toFixed(2)).toBe("0.00");
  });

  it("should price across blocks: 25 m³ billed, 10 m³ excess", () => {
    // charge(25) = 118.50 + 134.00 + 84.50 = 337.00; charge(15) = 185.50; 151.50
    expect(adjustmentAmount(DOMESTIC, "25", "10").toFixed(2)).toBe("151.50");
  });

  it("should refuse a volume larger than the bill's", () => {
    expect(() => adjustmentAmount(DOMESTIC, "5", "6")).toThrow(RangeError);
  });
});

describe("socialCredit", () => {
  it("should credit the percentage of the charge for the consumption up to the cap", () => {
    // 45 m³, cap 30: 50 % of charge(30) 421.50 = 210.75
    expect(socialCredit(DOMESTIC, "45", "50", "30").toFixed(2)).toBe("210.75");
    // under the cap: 50 % of charge(15) 185.50 = 92.75
    expect(socialCredit(DOMESTIC, "15", "50", "30").toFixed(2)).toBe("92.75");
    // 35 % of 185.50 = 64.925 → 64.93 (half up)
    expect(socialCredit(DOMESTIC, "15", "35", "30").toFixed(2)).toBe("64.93");
  });
});

describe("periodStart", () => {
  it("should read yyyy-mm and refuse anything else naming the field", () => {
    expect(periodStart("2026-10").toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(() => periodStart("2026-13")).toThrow(/aaaa-mm/);
    expect(() => periodStart("oct 2026", "input.period")).toThrow(expect.objectContaining({ field: "input.period" }));
  });
});
