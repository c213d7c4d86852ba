// Business days skip Saturdays, Sundays, Mexican federal holidays and the utility's configured closures.

/** yyyy-mm-dd of a date in UTC: the key holidays are stored and compared by. */
export const dayKey = (date: Date) => date.toISOString().slice(0, 10);

export function isBusinessDay(date: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(dayKey(date));
}

/** The date `days` business days after `start` (the start day itself does not count). Keeps the time of day. */
export function addBusinessDays(start: Date, days: number, holidays: ReadonlySet<string>): Date {
  const date = new Date(start);
  let remaining = days;
  while (remaining > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isBusinessDay(date, holidays)) remaining--;
  }
  return date;
}
