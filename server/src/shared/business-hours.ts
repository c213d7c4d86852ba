// The business clock in hours: office hours (Setting officeOpensAtHour / officeClosesAtHour, Mon–Fri 08:00–15:00 by
// default) on the utility's business days (weekends, federal holidays and closures skipped; see business-calendar.ts).
// Service targets in hours, paused time and escalation thresholds all run on this clock.
import { dayKey, isBusinessDate, localDay, startOfLocalDay } from "./business-calendar.ts";

export interface OfficeHours {
  /** local hour the office opens (0–23) */
  opensAtHour: number;
  /** local hour it closes (after it opens, up to 24) */
  closesAtHour: number;
}

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
/** No business span looks further than this many calendar days (a year of closures would be absurd). */
const MAX_DAYS = 400;

/** The office window of a calendar day (a date at UTC midnight), or null when it is not a business day. */
function windowOf(day: Date, hours: OfficeHours, holidays: ReadonlySet<string>): { opens: number; closes: number } | null {
  if (!isBusinessDate(day, holidays)) return null;
  const start = startOfLocalDay(day).getTime();
  return { opens: start + hours.opensAtHour * 3_600_000, closes: start + hours.closesAtHour * 3_600_000 };
}

const nextDay = (day: Date) => new Date(day.getTime() + DAY_MS);

/**
 * The instant `minutes` business minutes after `start`. Time outside office hours does not count: an order issued on
 * Friday at 14:00 with a 2-hour target is due on Monday at 09:00. Zero minutes from outside office hours gives the
 * next opening.
 */
export function addBusinessMinutes(start: Date, minutes: number, hours: OfficeHours, holidays: ReadonlySet<string>): Date {
  let remaining = Math.max(0, Math.round(minutes)) * MINUTE;
  let day = localDay(start);
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    const window = windowOf(day, hours, holidays);
    if (!window) continue;
    const from = Math.max(window.opens, start.getTime());
    if (from >= window.closes) continue;
    if (from + remaining <= window.closes) return new Date(from + remaining);
    remaining -= window.closes - from;
  }
  throw new Error(`No business time found within ${MAX_DAYS} days of ${start.toISOString()}`);
}

/** Business minutes between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(from: Date, to: Date, hours: OfficeHours, holidays: ReadonlySet<string>): number {
  if (to <= from) return 0;
  let total = 0;
  for (let day = localDay(from), i = 0; day.getTime() <= to.getTime() && i < MAX_DAYS + 3000; day = nextDay(day), i++) {
    const window = windowOf(day, hours, holidays);
    if (!window) continue;
    const overlap = Math.min(window.closes, to.getTime()) - Math.max(window.opens, from.getTime());
    if (overlap > 0) total += overlap;
  }
  return Math.round(total / MINUTE);
}

/** The calendar days a business span starting at `from` may touch, for loading holidays: [from's day, + span]. */
export function calendarSpan(from: Date, businessMinutes: number, hours: OfficeHours): { from: Date; until: Date } {
  const perDay = Math.max(1, (hours.closesAtHour - hours.opensAtHour) * 60);
  const days = Math.ceil(businessMinutes / perDay) * 2 + 30;
  return { from: localDay(from), until: new Date(localDay(from).getTime() + days * DAY_MS) };
}

export { dayKey };
