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
