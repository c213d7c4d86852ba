import type { Tx } from "../../db/client.ts";
import type { WorkOrderType } from "../../generated/prisma/enums.ts";
import { addBusinessDays, dayKey, localDay } from "../../shared/business-calendar.ts";
import { federalHolidayKeys } from "../../shared/federal-holidays.ts";

/** Service targets used when the ServiceTarget catalog has no row for a type (DOMAIN.md workflow 5). */
const DEFAULT_TARGETS: Record<WorkOrderType, { hours?: number; businessDays?: number }> = {
  VERIFICATION: { businessDays: 3 },
  LEAK_REPAIR: { hours: 24 },
  RECONNECTION: { hours: 24 },
  METER_REPLACEMENT: { businessDays: 5 },
  SERVICE_LIMITATION: { businessDays: 5 },
};

/** When an order of `type` issued at `issuedAt` is due, by its configured service target. */
export async function dueDateFor(tx: Tx, type: WorkOrderType, issuedAt: Date): Promise<Date> {
  const target = (await tx.serviceTarget.findUnique({ where: { type } })) ?? DEFAULT_TARGETS[type];
  if (target.businessDays) {
    // a generous window: business days never span more than a few weeks
    const until = new Date(issuedAt.getTime() + (target.businessDays * 3 + 30) * 86_400_000);
    return addBusinessDays(issuedAt, target.businessDays, await holidaysBetween(tx, localDay(issuedAt), until));
  }
  return new Date(issuedAt.getTime() + (target.hours ?? 24) * 3_600_000);
}

/** Days that are not business days between two days: federal holidays (computed) and the utility's closures. */
export async function holidaysBetween(tx: Tx, from: Date, until: Date): Promise<Set<string>> {
  const configured = await tx.holiday.findMany({ where: { date: { gte: from, lte: until } }, select: { date: true } });
  return new Set([...federalHolidayKeys(from, until), ...configured.map((h) => dayKey(h.date))]);
}
