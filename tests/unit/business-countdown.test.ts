// The countdown's words: the largest whole unit of business time (7-hour office days, hours, minutes), singular or plural.
import { describe, expect, it } from "vitest";
import { businessCountdown, businessSpan } from "../../server/src/shared/business-countdown.ts";

const DAY = 7 * 60;

describe("business countdown", () => {
  it("should name the largest whole unit, singular or plural", () => {
    expect(businessSpan(1, DAY)).toBe("1 min hábil");
    expect(businessSpan(59, DAY)).toBe("59 min hábiles");
    expect(businessSpan(60, DAY)).toBe("1 h hábil");
    expect(businessSpan(419, DAY)).toBe("6 h hábiles");
    expect(businessSpan(420, DAY)).toBe("1 día hábil");
    expect(businessSpan(3 * DAY + 100, DAY)).toBe("3 días hábiles");
  });

  it("should say when it falls due, how long ago it fell due, and what a paused order had left", () => {
    expect(businessCountdown({ minutes: 180, overdue: false, paused: false }, DAY)).toBe("Vence en 3 h hábiles");
    expect(businessCountdown({ minutes: -420, overdue: true, paused: false }, DAY)).toBe("Vencida hace 1 día hábil");
    expect(businessCountdown({ minutes: 0, overdue: true, paused: false }, DAY)).toBe("Vencida al cierre de la oficina");
    expect(businessCountdown({ minutes: 0, overdue: false, paused: false }, DAY)).toBe("Vence al abrir la oficina");
    expect(businessCountdown({ minutes: 840, overdue: false, paused: true }, DAY)).toBe("En pausa: quedan 2 días hábiles");
    expect(businessCountdown({ minutes: -30, overdue: true, paused: true }, DAY)).toBe("Vencida, en pausa");
  });
});
