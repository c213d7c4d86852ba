// Escalation (workflow 5): an open order whose business time since issue (paused time excluded) passes its type's
// escalateToHeadAfterHours goes to the head, past escalateToManagerAfterHours to the manager. Each step happens once:
// the order row is locked (SKIP LOCKED: another sweep at the same moment leaves it alone) and the level is raised by
// a guarded update; the step writes history, an audit entry and a notification for the role it reaches.
import type { Tx } from "../../db/client.ts";
import type { Role, WorkOrderType } from "../../generated/prisma/enums.ts";
import { SERVICE_TARGETS } from "../../db/catalogs.ts";
import { OPEN_WORK_ORDER_STATUSES } from "../../shared/workflow-facts.ts";
import { loadBusinessClock } from "../service-target/business-clock.ts";
import { deadlineStandings } from "../service-target/due-date.ts";
import { OPEN_INFORMATION_REQUEST_STATUSES } from "../../shared/workflow-facts.ts";
import { localDay } from "../../shared/business-calendar.ts";
import { formatBusinessMinutes } from "../service-target/pause.service.ts";

/** Who an escalation level reaches. */
export const ESCALATION_ROLES: Record<1 | 2, Role> = { 1: "HEAD", 2: "MANAGER" };
const LEVEL_NAMES: Record<1 | 2, string> = { 1: "la jefatura del departamento", 2: "la gerencia comercial" };

/** The most orders one sweep looks at (the next run takes the rest). */
const SWEEP_BATCH = 500;
const HOUR = 3_600_000;

/** The system, as it is named in audit entries it writes. */
const SYSTEM = { name: "sistema", role: "SYSTEM" };

type Candidate = { id: number; folio: string; type: WorkOrderType; issuedAt: Date; escalationLevel: number; pausedBusinessMinutes: number; connectionId: number | null; complaintId: number | null };

/** An information request this many business days or fewer from its legal deadline is brought to the head. */
export const REQUEST_WARNING_BUSINESS_DAYS = 3;

/** Notifies the head, once each, of information requests near their legal deadline and of those past it. */
export async function sweepInformationRequests(tx: Tx, now: Date): Promise<string[]> {
  const horizon = new Date(localDay(now).getTime() + (REQUEST_WARNING_BUSINESS_DAYS * 3 + 10) * 86_400_000);
  const requests = await tx.informationRequest.findMany({
    where: { status: { in: OPEN_INFORMATION_REQUEST_STATUSES }, dueAt: { lte: horizon } },
    orderBy: { dueAt: "asc" },
    take: SWEEP_BATCH,
  });
  if (!requests.length) return [];
  const standing = await deadlineStandings(tx, now, requests.map((r) => r.dueAt));
  const notified: string[] = [];
  for (const r of requests) {
    const s = standing(r.dueAt);
    if (s.businessDaysLeft > REQUEST_WARNING_BUSINESS_DAYS) continue;
    const step = s.overdue ? "overdue" : "near";
    const dedupeKey = `informationRequest:${r.id}:${step}`;
    if (await tx.notification.findUnique({ where: { dedupeKey }, select: { id: true } })) continue;
    const title = s.overdue
      ? `Solicitud ${r.folio}: venció su plazo legal`
      : `Solicitud ${r.folio}: ${s.businessDaysLeft === 0 ? "vence hoy" : `vence en ${s.businessDaysLeft} ${s.businessDaysLeft === 1 ? "día hábil" : "días hábiles"}`}`;
    await tx.notification.create({ data: { role: "HEAD", kind: s.overdue ? "INFORMATION_REQUEST_OVERDUE" : "INFORMATION_REQUEST_NEAR_DEADLINE", title, informationRequestId: r.id, dedupeKey, createdAt: now } });
    notified.push(r.folio);
  }
  return notified;
}

/** Escalates the orders due for it at `now`; returns the steps taken. */
export async function sweepEscalations(tx: Tx, now: Date, requestId = `job:${now.toISOString()}`) {
  const configured = await tx.serviceTarget.findMany();
  const targets = SERVICE_TARGETS.map((d) => configured.find((c) => c.type === d.type) ?? d);
  // business time never runs faster than calendar time: only orders issued that long ago can be due
  const candidates = await tx.workOrder.findMany({
    where: {
      status: { in: OPEN_WORK_ORDER_STATUSES },
      pausedAt: null,
      OR: targets.flatMap((t) => [
        { type: t.type, escalationLevel: { lt: 1 }, issuedAt: { lte: new Date(now.getTime() - t.escalateToHeadAfterHours * HOUR) } },
        { type: t.type, escalationLevel: { lt: 2 }, issuedAt: { lte: new Date(now.getTime() - t.escalateToManagerAfterHours * HOUR) } },
      ]),
    },
    select: { id: true, folio: true, type: true, issuedAt: true, escalationLevel: true, pausedBusinessMinutes: true, connectionId: true, complaintId: true },
    orderBy: { id: "asc" },
    take: SWEEP_BATCH,
  });
  if (!candidates.length) return [];
  const ids = candidates.map((c) => c.id);
  const locked = new Set(
    (await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "WorkOrder" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE SKIP LOCKED`).map((r) => r.id),
  );
  const oldest = candidates.reduce((a, c) => (c.issuedAt < a ? c.issuedAt : a), now);
  const clock = await loadBusinessClock(tx, oldest, now);
  const steps: { folio: string; level: 1 | 2 }[] = [];
  for (const order of candidates as Candidate[]) {
    if (!locked.has(order.id)) continue;
    const target = targets.find((t) => t.type === order.type)!;
    const elapsed = clock.between(order.issuedAt, now) - order.pausedBusinessMinutes;
    const level: 0 | 1 | 2 = elapsed >= target.escalateToManagerAfterHours * 60 ? 2 : elapsed >= target.escalateToHeadAfterHours * 60 ? 1 : 0;
    if (level <= order.escalationLevel) continue;
    const { count } = await tx.workOrder.updateMany({
      where: { id: order.id, escalationLevel: order.escalationLevel, pausedAt: null, status: { in: OPEN_WORK_ORDER_STATUSES } },
      data: { escalationLevel: level, escalatedAt: now },
    });
    if (count !== 1) continue;
    const reached = level as 1 | 2;
    const summary = `Orden ${order.folio} escalada a ${LEVEL_NAMES[reached]} (${formatBusinessMinutes(elapsed)} hábiles abierta)`;
    if (order.connectionId) {
      await tx.historyEvent.create({ data: { connectionId: order.connectionId, type: "NOTE", summary, workOrderId: order.id, complaintId: order.complaintId, occurredAt: now } });
    }
    await tx.auditEntry.create({
      data: {
        at: now, actorName: SYSTEM.name, actorRole: SYSTEM.role, action: "workOrder.escalate", entityType: "WorkOrder", entityId: String(order.id),
        before: { escalationLevel: order.escalationLevel }, after: { escalationLevel: level, escalatedAt: now.toISOString(), businessMinutesOpen: elapsed }, requestId,
      },
    });
    await tx.notification.create({
      data: { role: ESCALATION_ROLES[reached], kind: "WORK_ORDER_ESCALATED", title: summary, workOrderId: order.id, dedupeKey: `workOrder:${order.id}:escalation:${level}`, createdAt: now },
    });
    steps.push({ folio: order.folio, level: reached });
  }
  return steps;
}
