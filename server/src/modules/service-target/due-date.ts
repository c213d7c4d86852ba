import type { Tx } from "../../db/client.ts";
import type { WorkOrderType } from "../../generated/prisma/enums.ts";
import { addBusinessDays, addBusinessDaysToDate, dayKey, deadlineStanding, localDay, nextBusinessDate, type DeadlineStanding } from "../../shared/business-calendar.ts";
import { federalHolidayKeys } from "../../shared/federal-holidays.ts";
import { addBusinessMinutes, calendarSpan } from "../../shared/business-hours.ts";
import { officeHours } from "./business-clock.ts";

/** Service targets used when the ServiceTarget catalog has no row for a type (DOMAIN.md workflow 5). */
const DEFAULT_TARGETS: Record<WorkOrderType, { hours?: number; businessDays?: number }> = {
  VERIFICATION: { businessDays: 3 },
  LEAK_REPAIR: { hours: 24 },
  RECONNECTION: { hours: 24 },
  METER_REPLACEMENT: { businessDays: 5 },
  SERVICE_LIMITATION: { businessDays: 5 },
};

/**
 * When an order of `type` issued at `issuedAt` is due, by its configured service target: business days (same time of
 * day, N business days later), or business hours (office hours only, see shared/business-hours.ts).
 */
export async function dueDateFor(tx: Tx, type: WorkOrderType, issuedAt: Date): Promise<Date> {
  const target = (await tx.serviceTarget.findUnique({ where: { type } })) ?? DEFAULT_TARGETS[type];
  if (target.businessDays) {
    // a generous window: business days never span more than a few weeks
    const until = new Date(issuedAt.getTime() + (target.businessDays * 3 + 30) * 86_400_000);
    return addBusinessDays(issuedAt, target.businessDays, await holidaysBetween(tx, localDay(issuedAt), until));
  }
  const minutes = (target.hours ?? 24) * 60;
  const hours = await officeHours(tx);
  const span = calendarSpan(issuedAt, minutes, hours);
  return addBusinessMinutes(issuedAt, minutes, hours, await holidaysBetween(tx, span.from, span.until));
}

const DAY_MS = 86_400_000;
/** A span of calendar days that surely holds `businessDays` business days (they never stretch over more than a few weeks). */
const spanFor = (day: Date, businessDays: number) => new Date(day.getTime() + (businessDays * 3 + 30) * DAY_MS);

/**
 * The calendar day `businessDays` business days after receipt, counted from the day after it; a receipt on a
 * non-business day counts as made on the next business day (transparency-law terms run in business days).
 */
export async function businessDaysAfterReceipt(tx: Tx, receivedAt: Date, businessDays: number): Promise<Date> {
  const day = localDay(receivedAt);
  const holidays = await holidaysBetween(tx, day, spanFor(day, businessDays + 5));
  return addBusinessDaysToDate(nextBusinessDate(day, holidays), businessDays, holidays);
}

/** The calendar day `businessDays` business days after `day` (e.g. an extension of a deadline). */
export async function businessDaysAfter(tx: Tx, day: Date, businessDays: number): Promise<Date> {
  return addBusinessDaysToDate(day, businessDays, await holidaysBetween(tx, day, spanFor(day, businessDays)));
}

/** Where each of several calendar-day deadlines stands today, with one read of the calendar for all of them. */
export async function deadlineStandings(tx: Tx, now: Date, dueDays: Date[]): Promise<(dueOn: Date) => DeadlineStanding> {
  const today = localDay(now);
  const times = [today.getTime(), ...dueDays.map((d) => d.getTime())];
  const holidays = await holidaysBetween(tx, new Date(Math.min(...times)), new Date(Math.max(...times)));
  return (dueOn) => deadlineStanding(dueOn, now, holidays);
}

/** Days that are not business days between two days: federal holidays (computed) and the utility's closures. */
export async function holidaysBetween(tx: Tx, from: Date, until: Date): Promise<Set<string>> {
  const configured = await tx.holiday.findMany({ where: { date: { gte: from, lte: until } }, select: { date: true } });
  return new Set([...federalHolidayKeys(from, until), ...configured.map((h) => dayKey(h.date))]);
}
