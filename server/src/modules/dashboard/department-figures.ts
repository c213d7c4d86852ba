// The tablero's figures (workflow 5), computed in SQL: open and overdue orders by type and department, how long open
// orders have waited, the month's complaints by category and channel, median times to resolve, verifications by
// outcome. The month is the utility's calendar month (America/Mazatlan).
import type { ActingScope } from "../../context.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { Channel, ComplaintCategory, Role, VerificationOutcome, WorkOrderType } from "../../generated/prisma/enums.ts";
import { complaintScope, isUnrestricted, workOrderScope } from "../../auth/policies.ts";
import { DomainError, badInput } from "../../shared/errors.ts";
import { AGING_BUCKETS, type AgingBucket, WORK_ORDER_DEPARTMENT } from "../../shared/workflow-facts.ts";
import { localDay } from "../../shared/business-calendar.ts";
import { monthWindow } from "../transparency/transparency.figures.ts";

export interface DepartmentFigures {
  year: number;
  month: number;
  asOf: Date;
  openByTypeAndDepartment: { type: WorkOrderType; department: Role; open: number; overdue: number }[];
  aging: { bucket: AgingBucket; open: number; overdue: number }[];
  complaintsFiled: number;
  complaintsByCategoryAndChannel: { category: ComplaintCategory; channel: Channel; count: number }[];
  complaintsResolved: number;
  complaintResolutionMedianHours: number | null;
  ordersCompletedByType: { type: WorkOrderType; completed: number; medianHours: number | null; onTime: number }[];
  verificationsByOutcome: { outcome: VerificationOutcome; count: number }[];
}

// Timestamps are stored as UTC without a zone: compare them with UTC instants, whatever the session's TimeZone.
const instant = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const roundHours = (value: number | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);

/** The department that holds an order: the one it was sent to, or the one its type goes to. */
const HOLDING_DEPARTMENT = Prisma.sql`coalesce(department::text, CASE type::text ${Prisma.join(
  (Object.entries(WORK_ORDER_DEPARTMENT) as [WorkOrderType, Role][]).map(([type, department]) => Prisma.sql`WHEN ${type} THEN ${department}`),
  " ",
)} END)`;

/** The figures of the month `year`/`month` (default: the utility's current month); open work as of now. */
export async function departmentFigures(scope: ActingScope, period: { year?: number | null; month?: number | null } = {}): Promise<DepartmentFigures> {
  // the figures are read in SQL over every row: only callers whose row rules let every order and complaint through
  if (!isUnrestricted(workOrderScope(scope.actor)) || !isUnrestricted(complaintScope(scope.actor))) {
    throw new DomainError("FORBIDDEN", "El tablero es de la jefatura y la gerencia");
  }
  const now = scope.clock.now();
  const today = localDay(now);
  const year = period.year ?? today.getUTCFullYear();
  const month = period.month ?? today.getUTCMonth() + 1;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("year", "Año fuera de rango");
  if (!Number.isInteger(month) || month < 1 || month > 12) throw badInput("month", "El mes va de 1 a 12");
  const { from, to } = monthWindow(year, month);
  const [f, t, n] = [instant(from), instant(to), instant(now)];
  const db = scope.db;

  const open = await db.$queryRaw<{ type: WorkOrderType; department: Role; open: number; overdue: number }[]>`
    SELECT type::text AS type, ${HOLDING_DEPARTMENT} AS department, count(*)::int AS open,
           count(*) FILTER (WHERE "dueAt" < ${n})::int AS overdue
    FROM "WorkOrder" WHERE status IN ('ISSUED', 'ASSIGNED', 'IN_PROGRESS')
    GROUP BY 1, 2`;

  const bucketCase = Prisma.sql`CASE ${Prisma.join(
    AGING_BUCKETS.map((b) => (b.toDays === null ? Prisma.sql`WHEN TRUE THEN ${b.key}` : Prisma.sql`WHEN "issuedAt" > ${instant(new Date(now.getTime() - b.toDays * DAY))} THEN ${b.key}`)),
    " ",
  )} END`;
  const aging = await db.$queryRaw<{ bucket: AgingBucket; open: number; overdue: number }[]>`
    SELECT ${bucketCase} AS bucket, count(*)::int AS open, count(*) FILTER (WHERE "dueAt" < ${n})::int AS overdue
    FROM "WorkOrder" WHERE status IN ('ISSUED', 'ASSIGNED', 'IN_PROGRESS') GROUP BY 1`;

  const complaints = await db.$queryRaw<{ category: ComplaintCategory; channel: Channel; count: number }[]>`
    SELECT category::text AS category, channel::text AS channel, count(*)::int AS count
    FROM "Complaint" WHERE "createdAt" >= ${f} AND "createdAt" < ${t} GROUP BY 1, 2`;

  const [resolution] = await db.$queryRaw<{ resolved: number; median: number | null }[]>`
    SELECT count(*)::int AS resolved, percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median
    FROM (SELECT extract(epoch FROM ("resolvedAt" - "createdAt")) / 3600 AS hours
          FROM "Complaint" WHERE "resolvedAt" >= ${f} AND "resolvedAt" < ${t}) resolved`;

  const completed = await db.$queryRaw<{ type: WorkOrderType; completed: number; median: number | null; on_time: number }[]>`
    SELECT type::text AS type, count(*)::int AS completed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("completedAt" - "issuedAt")) / 3600) AS median,
           count(*) FILTER (WHERE "completedAt" <= "dueAt")::int AS on_time
    FROM "WorkOrder" WHERE status = 'COMPLETED' AND "completedAt" >= ${f} AND "completedAt" < ${t} GROUP BY 1`;

  const outcomes = await db.$queryRaw<{ outcome: VerificationOutcome; count: number }[]>`
    SELECT "verificationOutcome"::text AS outcome, count(*)::int AS count FROM "WorkOrder"
    WHERE type = 'VERIFICATION' AND status = 'COMPLETED' AND "verificationOutcome" IS NOT NULL AND "completedAt" >= ${f} AND "completedAt" < ${t}
    GROUP BY 1`;

  const categoryOrder = Object.values(ComplaintCategory);
  const channelOrder = Object.values(Channel);
  const typeOrder = Object.values(WorkOrderType);
  const roleOrder = Object.values(Role);
  return {
    year, month, asOf: now,
    openByTypeAndDepartment: open.sort((a, b) => typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) || roleOrder.indexOf(a.department) - roleOrder.indexOf(b.department)),
    aging: AGING_BUCKETS.map((b) => ({ bucket: b.key, open: aging.find((a) => a.bucket === b.key)?.open ?? 0, overdue: aging.find((a) => a.bucket === b.key)?.overdue ?? 0 })),
    complaintsFiled: complaints.reduce((sum, c) => sum + c.count, 0),
    complaintsByCategoryAndChannel: complaints.sort(
      (a, b) => categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) || channelOrder.indexOf(a.channel) - channelOrder.indexOf(b.channel),
    ),
    complaintsResolved: resolution.resolved,
    complaintResolutionMedianHours: roundHours(resolution.median),
    ordersCompletedByType: Object.values(WorkOrderType).map((type) => {
      const row = completed.find((c) => c.type === type);
      return { type, completed: row?.completed ?? 0, medianHours: roundHours(row?.median ?? null), onTime: row?.on_time ?? 0 };
    }),
    verificationsByOutcome: Object.values(VerificationOutcome).map((outcome) => ({ outcome, count: outcomes.find((o) => o.outcome === outcome)?.count ?? 0 })),
  };
}
