// The department at a glance (workflow 5): open orders by type and status, overdue, due today, paused, escalated, by
// assignee; and the head's pending work: overdue and escalated orders first, then what falls due soon, with the
// information requests near their legal deadline.
import type { ActingScope } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Role, WorkOrderStatus, WorkOrderType } from "../../generated/prisma/enums.ts";
import { informationRequestScope, workOrderScope } from "../../auth/policies.ts";
import { dayKey, localDay, startOfLocalDay } from "../../shared/business-calendar.ts";
import { badInput } from "../../shared/errors.ts";
import { OPEN_INFORMATION_REQUEST_STATUSES, OPEN_WORK_ORDER_STATUSES } from "../../shared/workflow-facts.ts";
import { deadlineStandings } from "../service-target/due-date.ts";

const DAY_MS = 86_400_000;

/** The utility's today as an instant window [start, end). */
function today(now: Date) {
  const day = localDay(now);
  return { start: startOfLocalDay(day), end: startOfLocalDay(new Date(day.getTime() + DAY_MS)) };
}

export interface FollowUpBoard {
  open: number;
  overdue: number;
  dueToday: number;
  paused: number;
  escalatedToHead: number;
  escalatedToManager: number;
  byTypeAndStatus: { type: WorkOrderType; status: WorkOrderStatus; count: number; overdue: number }[];
  byAssignee: { assigneeId: number | null; department: Role | null; open: number; overdue: number }[];
}

/** The board's figures, from the orders the actor may see. */
export async function followUpBoard(scope: ActingScope): Promise<FollowUpBoard> {
  const now = scope.clock.now();
  const { end } = today(now);
  const open: Prisma.WorkOrderWhereInput = { AND: [workOrderScope(scope.actor), { status: { in: OPEN_WORK_ORDER_STATUSES } }] };
  const overdueWhere: Prisma.WorkOrderWhereInput = { AND: [open, { dueAt: { lt: now } }] };
  const db = scope.db;
  const [total, overdue, dueToday, paused, head, manager, byType, byTypeOverdue, byAssignee, byAssigneeOverdue] = await Promise.all([
    db.workOrder.count({ where: open }),
    db.workOrder.count({ where: overdueWhere }),
    db.workOrder.count({ where: { AND: [open, { dueAt: { gte: now, lt: end } }] } }),
    db.workOrder.count({ where: { AND: [open, { pausedAt: { not: null } }] } }),
    db.workOrder.count({ where: { AND: [open, { escalationLevel: 1 }] } }),
    db.workOrder.count({ where: { AND: [open, { escalationLevel: { gte: 2 } }] } }),
    db.workOrder.groupBy({ by: ["type", "status"], where: open, _count: { _all: true }, orderBy: [{ type: "asc" }, { status: "asc" }] }),
    db.workOrder.groupBy({ by: ["type", "status"], where: overdueWhere, _count: { _all: true }, orderBy: [{ type: "asc" }, { status: "asc" }] }),
    db.workOrder.groupBy({ by: ["assigneeId", "department"], where: open, _count: { _all: true }, orderBy: [{ assigneeId: "asc" }, { department: "asc" }] }),
    db.workOrder.groupBy({ by: ["assigneeId", "department"], where: overdueWhere, _count: { _all: true }, orderBy: [{ assigneeId: "asc" }, { department: "asc" }] }),
  ]);
  return {
    open: total, overdue, dueToday, paused, escalatedToHead: head, escalatedToManager: manager,
    byTypeAndStatus: byType.map((g) => ({
      type: g.type, status: g.status, count: g._count._all,
      overdue: byTypeOverdue.find((o) => o.type === g.type && o.status === g.status)?._count._all ?? 0,
    })),
    byAssignee: byAssignee
      .map((g) => ({
        assigneeId: g.assigneeId, department: g.department, open: g._count._all,
        overdue: byAssigneeOverdue.find((o) => o.assigneeId === g.assigneeId && o.department === g.department)?._count._all ?? 0,
      }))
      .sort((a, b) => b.overdue - a.overdue || b.open - a.open),
  };
}

export interface PendingItem {
  kind: "WORK_ORDER" | "INFORMATION_REQUEST";
  id: number;
  folio: string;
  title: string;
  dueAt: Date;
  overdue: boolean;
  escalationLevel: number;
  paused: boolean;
  /** the order's database id (PendingItem.workOrder loads it) */
  orderId?: number;
}

/** Information requests whose legal deadline is this many business days away or less appear in pending work. */
export const REQUEST_NEAR_BUSINESS_DAYS = 3;
/** Orders falling due within this many hours (calendar) appear in pending work. */
const ORDER_SOON_HOURS = 24;
export const MAX_PENDING = 100;

/** What the head must look at, overdue first: orders overdue, escalated or due within a day; requests near their deadline. */
export async function pendingWork(scope: ActingScope, first: number): Promise<{ items: PendingItem[]; totalCount: number }> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PENDING) throw badInput("first", `first debe estar entre 1 y ${MAX_PENDING}`);
  const now = scope.clock.now();
  const soon = new Date(now.getTime() + ORDER_SOON_HOURS * 3_600_000);
  const orderWhere: Prisma.WorkOrderWhereInput = {
    AND: [workOrderScope(scope.actor), { status: { in: OPEN_WORK_ORDER_STATUSES } }, { OR: [{ dueAt: { lt: soon } }, { escalationLevel: { gt: 0 } }] }],
  };
  // a generous calendar window; the business-day count below decides
  const horizon = new Date(localDay(now).getTime() + (REQUEST_NEAR_BUSINESS_DAYS * 3 + 10) * DAY_MS);
  const requestWhere: Prisma.InformationRequestWhereInput = {
    AND: [informationRequestScope(scope.actor), { status: { in: OPEN_INFORMATION_REQUEST_STATUSES } }, { dueAt: { lte: horizon } }],
  };
  const [orders, orderCount, requests] = await Promise.all([
    scope.db.workOrder.findMany({ where: orderWhere, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: first }),
    scope.db.workOrder.count({ where: orderWhere }),
    scope.db.informationRequest.findMany({ where: requestWhere, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: first }),
  ]);
  const standing = await deadlineStandings(scope.db, now, requests.map((r) => r.dueAt));
  const near = requests.filter((r) => standing(r.dueAt).businessDaysLeft <= REQUEST_NEAR_BUSINESS_DAYS);
  const items: PendingItem[] = [
    ...orders.map((o) => ({
      kind: "WORK_ORDER" as const, id: o.id, orderId: o.id, folio: o.folio, title: o.observations ?? "", dueAt: o.dueAt, overdue: o.dueAt < now,
      escalationLevel: o.escalationLevel, paused: !!o.pausedAt, type: o.type,
    })),
    ...near.map((r) => ({
      kind: "INFORMATION_REQUEST" as const, id: r.id, folio: r.folio, title: r.subject, dueAt: r.dueAt, overdue: standing(r.dueAt).overdue,
      escalationLevel: 0, paused: false,
    })),
  ];
  // a request is due at the end of its day: compare it as the next day's start
  const sortKey = (i: PendingItem) => (i.kind === "INFORMATION_REQUEST" ? startOfLocalDay(new Date(`${dayKey(i.dueAt)}T00:00:00Z`)).getTime() + DAY_MS : i.dueAt.getTime());
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.escalationLevel - a.escalationLevel || sortKey(a) - sortKey(b) || a.id - b.id);
  return { items: items.slice(0, first), totalCount: orderCount + near.length };
}
