// Business days skip Saturdays, Sundays, Mexican federal holidays and the utility's configured closures. Days are
// the utility's calendar days: an order issued on Saturday at 21:20 in Sinaloa is a Saturday order, although in
// UTC it is already Sunday.

/** Sinaloa keeps UTC−7 all year (Mexico ended daylight saving time in 2022). */
export const UTILITY_TIME_ZONE = "America/Mazatlan";

const DAY_MS = 86_400_000;
const localDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: UTILITY_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** yyyy-mm-dd of a date stored at UTC midnight (as holidays are): the key days are compared by. */
export const dayKey = (date: Date) => date.toISOString().slice(0, 10);

/** The utility's calendar day of an instant, as a date at UTC midnight. */
export const localDay = (instant: Date) => new Date(`${localDayFormat.format(instant)}T00:00:00Z`);

export function isBusinessDay(instant: Date, holidays: ReadonlySet<string>): boolean {
  const day = localDay(instant);
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(dayKey(day));
}

/** The instant `days` business days after `start` (the start day itself does not count), at the same time of day. */
export function addBusinessDays(start: Date, days: number, holidays: ReadonlySet<string>): Date {
  let calendarDays = 0;
  let remaining = days;
  while (remaining > 0) {
    calendarDays++;
    if (isBusinessDay(new Date(start.getTime() + calendarDays * DAY_MS), holidays)) remaining--;
  }
  return new Date(start.getTime() + calendarDays * DAY_MS);
}

/** Whether a calendar day (a date at UTC midnight, as `localDay` gives) is a business day. */
export function isBusinessDate(day: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(dayKey(day));
}

/** The calendar day `days` business days after `day` (which itself does not count). */
export function addBusinessDaysToDate(day: Date, days: number, holidays: ReadonlySet<string>): Date {
  let current = day;
  for (let remaining = days; remaining > 0; ) {
    current = new Date(current.getTime() + DAY_MS);
    if (isBusinessDate(current, holidays)) remaining--;
  }
  return current;
}

/** The day itself when it is a business day, else the next business day. */
export function nextBusinessDate(day: Date, holidays: ReadonlySet<string>): Date {
  return isBusinessDate(day, holidays) ? day : addBusinessDaysToDate(day, 1, holidays);
}

/** Where a calendar-day deadline stands on the day of `now`: days left (negative once it has passed), of them business days. */
export interface DeadlineStanding {
  dueOn: Date;
  daysLeft: number;
  businessDaysLeft: number;
  overdue: boolean;
}

export function deadlineStanding(dueOn: Date, now: Date, holidays: ReadonlySet<string>): DeadlineStanding {
  const today = localDay(now);
  const daysLeft = Math.round((dueOn.getTime() - today.getTime()) / DAY_MS);
  const step = daysLeft >= 0 ? 1 : -1;
  let businessDaysLeft = 0;
  // the days after today up to the due day (or, once past, after the due day up to today)
  const start = step > 0 ? today : dueOn;
  for (let d = 1; d <= Math.abs(daysLeft); d++) {
    if (isBusinessDate(new Date(start.getTime() + d * DAY_MS), holidays)) businessDaysLeft += step;
  }
  return { dueOn, daysLeft, businessDaysLeft, overdue: daysLeft < 0 };
}

/** The instant the utility's calendar day `day` (a date at UTC midnight) begins. */
export function startOfLocalDay(day: Date): Date {
  // the zone's offset at that moment: the local wall time of the UTC-midnight instant, read as if it were UTC
  const parts = Object.fromEntries(localDateTimeFormat.formatToParts(day).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, Number(parts.minute), Number(parts.second));
  return new Date(day.getTime() + (day.getTime() - wall));
}

const localDateTimeFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: UTILITY_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
});

/** An instant as W3C date-time in the utility's zone with its offset, e.g. 2026-11-30T04:46:08-07:00 (Open311). */
export function localDateTimeW3c(instant: Date): string {
  const parts = Object.fromEntries(localDateTimeFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const hour = Number(parts.hour) % 24;
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), hour, Number(parts.minute), Number(parts.second));
  const offsetMinutes = Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${parts.year}-${parts.month}-${parts.day}T${pad(hour)}:${parts.minute}:${parts.second}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
