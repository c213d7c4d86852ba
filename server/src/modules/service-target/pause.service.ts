// Pause (workflow 5): an order waiting on the customer stops its clock. Resuming moves the due date so that the
// business time left when it was paused is left again; the paused business time is added up on the order.
import type { ActingScope } from "../../context.ts";
import { inTransaction } from "../../db/transaction.ts";
import { workOrderScope } from "../../auth/policies.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { OPEN_WORK_ORDER_STATUSES } from "../../shared/workflow-facts.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { recordHistory } from "../history/history.service.ts";
import { loadBusinessClock } from "./business-clock.ts";

export const PAUSE_REASON_MAX = 500;

export async function pauseWorkOrder(scope: ActingScope, input: { workOrderId: number; reason: string }) {
  const reason = input.reason.trim();
  if (!reason) throw badInput("reason", "Indique qué se espera del usuario");
  if (reason.length > PAUSE_REASON_MAX) throw badInput("reason", `Admite hasta ${PAUSE_REASON_MAX} caracteres`);
  return inTransaction(scope, async (tx) => {
    const before = await tx.workOrder.findFirst({ where: { AND: [workOrderScope(scope.actor), { id: input.workOrderId }] } });
    if (!before) throw notFound("La orden");
    if (!OPEN_WORK_ORDER_STATUSES.includes(before.status)) throw conflict(`La orden ${before.folio} ya no está abierta`);
    if (before.pausedAt) throw conflict(`La orden ${before.folio} ya está en pausa`);
    const pausedAt = scope.clock.now();
    const { count } = await tx.workOrder.updateMany({
      where: { id: before.id, pausedAt: null, status: { in: OPEN_WORK_ORDER_STATUSES } },
      data: { pausedAt, pauseReason: reason },
    });
    if (count !== 1) throw conflict(`La orden ${before.folio} cambió mientras se pausaba; vuelva a intentarlo`);
    const after = await tx.workOrder.findUniqueOrThrow({ where: { id: before.id } });
    if (before.connectionId) {
      await recordHistory(tx, scope, {
        connectionId: before.connectionId, type: "NOTE", summary: `Orden ${before.folio} en pausa: se espera al usuario`, details: { notes: reason },
        workOrderId: before.id, complaintId: before.complaintId ?? undefined,
      });
    }
    await recordAudit(tx, scope, { action: "workOrder.pause", entityType: "WorkOrder", entityId: before.id, before, after });
    return { workOrder: after };
  });
}

export async function resumeWorkOrder(scope: ActingScope, input: { workOrderId: number }) {
  return inTransaction(scope, async (tx) => {
    const before = await tx.workOrder.findFirst({ where: { AND: [workOrderScope(scope.actor), { id: input.workOrderId }] } });
    if (!before) throw notFound("La orden");
    if (!before.pausedAt) throw conflict(`La orden ${before.folio} no está en pausa`);
    const resumedAt = scope.clock.now();
    const clock = await loadBusinessClock(tx, before.pausedAt < before.dueAt ? before.pausedAt : before.dueAt, resumedAt > before.dueAt ? resumedAt : before.dueAt, 60 * 24 * 60);
    const paused = clock.between(before.pausedAt, resumedAt);
    // the business time that was left is left again; an order already late when paused keeps its due date
    const left = clock.between(before.pausedAt, before.dueAt);
    const dueAt = paused > 0 && left > 0 ? clock.add(resumedAt, left) : before.dueAt;
    const { count } = await tx.workOrder.updateMany({
      where: { id: before.id, pausedAt: before.pausedAt },
      data: { pausedAt: null, pauseReason: null, pausedBusinessMinutes: before.pausedBusinessMinutes + paused, dueAt },
    });
    if (count !== 1) throw conflict(`La orden ${before.folio} ya fue reanudada`);
    const after = await tx.workOrder.findUniqueOrThrow({ where: { id: before.id } });
    if (before.connectionId) {
      await recordHistory(tx, scope, {
        connectionId: before.connectionId, type: "NOTE",
        summary: `Orden ${before.folio} reanudada tras ${formatBusinessMinutes(paused)} hábiles en pausa`,
        workOrderId: before.id, complaintId: before.complaintId ?? undefined,
      });
    }
    await recordAudit(tx, scope, { action: "workOrder.resume", entityType: "WorkOrder", entityId: before.id, before, after });
    return { workOrder: after };
  });
}

/** "2 h 30 min", "45 min", "0 min" */
export function formatBusinessMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ""}` : `${m} min`;
}
