// The month's figures, computed in SQL from the operations themselves (complaints, orders, discounts, ledger), over
// the utility's calendar month. What each figure means is written once in shared/transparency-figures.ts.
import type { Db, Tx } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { Channel, ComplaintCategory, ComplaintStatus, VerificationOutcome, WorkOrderType } from "../../generated/prisma/enums.ts";
import { startOfLocalDay } from "../../shared/business-calendar.ts";
import type { DiscountDecision, KeyCount, TransparencyFigures } from "../../shared/transparency-figures.ts";

/** The instants the utility's calendar month begins and ends (end exclusive). */
export function monthWindow(year: number, month: number): { from: Date; to: Date } {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return { from: startOfLocalDay(new Date(Date.UTC(year, month - 1, 1))), to: startOfLocalDay(new Date(Date.UTC(next.year, next.month - 1, 1))) };
}

// Timestamps are stored as UTC without a zone: compare them with UTC instants, whatever the session's TimeZone.
const instant = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

const zeroFilled = <K extends string>(keys: readonly K[], rows: { key: string; count: number }[]): KeyCount<K>[] =>
  keys.map((key) => ({ key, count: rows.find((r) => r.key === key)?.count ?? 0 }));

/** Hours with one decimal, or null when there is nothing to measure. */
const roundHours = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export async function computeFigures(db: Db | Tx, year: number, month: number): Promise<TransparencyFigures> {
  const { from, to } = monthWindow(year, month);
  const [f, t] = [instant(from), instant(to)];
  const count = (rows: { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);
  const grouped = (query: Prisma.Sql) => db.$queryRaw<{ key: string; count: number }[]>(query);

  const byCategory = await grouped(Prisma.sql`SELECT category::text AS key, count(*)::int AS count FROM "Complaint" WHERE "createdAt" >= ${f} AND "createdAt" < ${t} GROUP BY 1`);
  const byChannel = await grouped(Prisma.sql`SELECT channel::text AS key, count(*)::int AS count FROM "Complaint" WHERE "createdAt" >= ${f} AND "createdAt" < ${t} GROUP BY 1`);
  const byStatus = await grouped(Prisma.sql`SELECT status::text AS key, count(*)::int AS count FROM "Complaint" WHERE "createdAt" >= ${f} AND "createdAt" < ${t} GROUP BY 1`);

  const [resolution] = await db.$queryRaw<{ resolved: number; median: number | null; p90: number | null }[]>`
    SELECT count(*)::int AS resolved,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) AS p90
    FROM (SELECT extract(epoch FROM ("resolvedAt" - "createdAt")) / 3600 AS hours
          FROM "Complaint" WHERE "resolvedAt" >= ${f} AND "resolvedAt" < ${t}) resolved`;

  const orders = await db.$queryRaw<{ type: WorkOrderType; issued: number; completed: number; overdue: number }[]>`
    SELECT type::text AS type,
           count(*) FILTER (WHERE "issuedAt" >= ${f} AND "issuedAt" < ${t})::int AS issued,
           count(*) FILTER (WHERE status = 'COMPLETED' AND "completedAt" >= ${f} AND "completedAt" < ${t})::int AS completed,
           count(*) FILTER (WHERE "dueAt" >= ${f} AND "dueAt" < ${t} AND status <> 'CANCELLED'
                            AND ("completedAt" IS NULL OR "completedAt" > "dueAt"))::int AS overdue
    FROM "WorkOrder"
    WHERE ("issuedAt" >= ${f} AND "issuedAt" < ${t}) OR ("completedAt" >= ${f} AND "completedAt" < ${t}) OR ("dueAt" >= ${f} AND "dueAt" < ${t})
    GROUP BY 1`;

  const outcomes = await grouped(Prisma.sql`
    SELECT "verificationOutcome"::text AS key, count(*)::int AS count FROM "WorkOrder"
    WHERE type = 'VERIFICATION' AND status = 'COMPLETED' AND "verificationOutcome" IS NOT NULL AND "completedAt" >= ${f} AND "completedAt" < ${t}
    GROUP BY 1`);

  const discounts = await db.$queryRaw<{ decision: DiscountDecision; count: number; amount: string }[]>`
    SELECT 'REQUESTED' AS decision, count(*)::int AS count, coalesce(sum(amount), 0)::text AS amount
      FROM "Discount" WHERE "requestedAt" >= ${f} AND "requestedAt" < ${t}
    UNION ALL
    SELECT 'AUTHORIZED', count(*)::int, coalesce(sum(amount), 0)::text
      FROM "Discount" WHERE status IN ('AUTHORIZED', 'APPLIED') AND "decidedAt" >= ${f} AND "decidedAt" < ${t}
    UNION ALL
    SELECT 'REJECTED', count(*)::int, coalesce(sum(amount), 0)::text
      FROM "Discount" WHERE status = 'REJECTED' AND "decidedAt" >= ${f} AND "decidedAt" < ${t}`;

  // hours from the connection's last payment before the order was issued to the reconnection
  const [reconnections] = await db.$queryRaw<{ completed: number; median: number | null; p90: number | null }[]>`
    SELECT count(*)::int AS completed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) AS p90
    FROM (SELECT extract(epoch FROM (o."completedAt" - paid."postedAt")) / 3600 AS hours
          FROM "WorkOrder" o
          LEFT JOIN LATERAL (SELECT l."postedAt" FROM "LedgerEntry" l
                             WHERE l."connectionId" = o."connectionId" AND l.kind = 'PAYMENT' AND l."postedAt" <= o."issuedAt"
                             ORDER BY l."postedAt" DESC LIMIT 1) paid ON true
          WHERE o.type = 'RECONNECTION' AND o.status = 'COMPLETED' AND o."completedAt" >= ${f} AND o."completedAt" < ${t}) done`;

  const [leaks] = await db.$queryRaw<{ filed: number; attended: number; within: number }[]>`
    SELECT count(*)::int AS filed,
           count(*) FILTER (WHERE repair.completed)::int AS attended,
           count(*) FILTER (WHERE repair.on_time)::int AS within
    FROM "Complaint" c
    LEFT JOIN LATERAL (SELECT bool_or(o.status = 'COMPLETED') AS completed,
                              bool_or(o.status = 'COMPLETED' AND o."completedAt" <= o."dueAt") AS on_time
                       FROM "WorkOrder" o WHERE o."complaintId" = c.id AND o.type = 'LEAK_REPAIR') repair ON true
    WHERE c.category IN ('WATER_LEAK', 'SEWER_LEAK') AND c."createdAt" >= ${f} AND c."createdAt" < ${t}`;

  return {
    complaintsFiled: count(byCategory),
    complaintsByCategory: zeroFilled(Object.values(ComplaintCategory), byCategory),
    complaintsByChannel: zeroFilled(Object.values(Channel), byChannel),
    complaintsByStatus: zeroFilled(Object.values(ComplaintStatus), byStatus),
    complaintsResolved: resolution.resolved,
    resolutionMedianHours: roundHours(resolution.median),
    resolutionP90Hours: roundHours(resolution.p90),
    workOrdersByType: Object.values(WorkOrderType).map((type) => {
      const row = orders.find((o) => o.type === type);
      return { type, issued: row?.issued ?? 0, completed: row?.completed ?? 0, overdue: row?.overdue ?? 0 };
    }),
    verificationsByOutcome: zeroFilled(Object.values(VerificationOutcome), outcomes),
    discounts: discounts.map((d) => ({ ...d, amount: new Prisma.Decimal(d.amount).toFixed(2) })),
    reconnectionsCompleted: reconnections.completed,
    reconnectionMedianHoursAfterPayment: roundHours(reconnections.median),
    reconnectionP90HoursAfterPayment: roundHours(reconnections.p90),
    leakReportsFiled: leaks.filed,
    leakReportsAttended: leaks.attended,
    leakReportsWithinTarget: leaks.within,
  };
}
