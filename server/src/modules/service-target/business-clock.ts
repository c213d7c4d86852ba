// The utility's business clock as the database configures it: office hours from Settings and the days off (federal
// holidays and closures) around the instants a rule looks at.
import type { Db, Tx } from "../../db/client.ts";
import { addBusinessMinutes, businessMinutesBetween, calendarSpan, type OfficeHours } from "../../shared/business-hours.ts";
import { DEFAULT_SETTINGS } from "../../db/catalogs.ts";
import { numericSetting } from "../setting/setting.service.ts";
import { holidaysBetween } from "./due-date.ts";

export async function officeHours(db: Db | Tx): Promise<OfficeHours> {
  const hours = { opensAtHour: await numericSetting(db, "officeOpensAtHour"), closesAtHour: await numericSetting(db, "officeClosesAtHour") };
  // the two settings are changed one at a time: while they cross, the installation's hours keep the clock running
  return hours.closesAtHour > hours.opensAtHour ? hours : { opensAtHour: DEFAULT_SETTINGS.officeOpensAtHour, closesAtHour: DEFAULT_SETTINGS.officeClosesAtHour };
}

export interface BusinessClock {
  hours: OfficeHours;
  /** business minutes between two instants */
  between(from: Date, to: Date): number;
  /** the instant `minutes` business minutes after `start` */
  add(start: Date, minutes: number): Date;
}

/** A clock loaded for instants between `from` and `until` (plus room for `aheadMinutes` of business time after). */
export async function loadBusinessClock(db: Db | Tx, from: Date, until: Date, aheadMinutes = 0): Promise<BusinessClock> {
  const hours = await officeHours(db);
  const span = calendarSpan(until, aheadMinutes, hours);
  const holidays = await holidaysBetween(db as Tx, calendarSpan(from, 0, hours).from, span.until);
  return {
    hours,
    between: (a, b) => businessMinutesBetween(a, b, hours, holidays),
    add: (start, minutes) => addBusinessMinutes(start, minutes, hours, holidays),
  };
}

/**
 * The clock rule of a resume, for orders and complaints alike: the business minutes between `pausedAt` and
 * `resumedAt`, and the due date that leaves again the business time that was left at the pause (a due date already
 * passed when paused stays as it was; no due date stays none).
 */
export async function resumedClock(tx: Tx, pausedAt: Date, resumedAt: Date, dueAt: Date | null): Promise<{ pausedMinutes: number; dueAt: Date | null }> {
  const from = dueAt && dueAt < pausedAt ? dueAt : pausedAt;
  const to = dueAt && dueAt > resumedAt ? dueAt : resumedAt;
  const clock = await loadBusinessClock(tx, from, to, 60 * 24 * 60);
  const pausedMinutes = clock.between(pausedAt, resumedAt);
  if (!dueAt) return { pausedMinutes, dueAt: null };
  const left = clock.between(pausedAt, dueAt);
  return { pausedMinutes, dueAt: pausedMinutes > 0 && left > 0 ? clock.add(resumedAt, left) : dueAt };
}
