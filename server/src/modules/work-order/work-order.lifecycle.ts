// Applies one row of the work-order transitions table inside the caller's transaction: read through the caller's
// scope, check who (FORBIDDEN) and state (CONFLICT), one guarded updateMany, history and audit.
import type { Tx } from "../../db/client.ts";
import type { ActingScope } from "../../context.ts";
import type { Prisma, WorkOrder } from "../../generated/prisma/client.ts";
import { workOrderScope } from "../../auth/policies.ts";
import { conflict, DomainError, notFound } from "../../shared/errors.ts";
import { WORK_ORDER_STATUSES, WORK_ORDER_TYPES } from "../../shared/labels.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { enqueueWebhookEvent } from "../webhook/webhook.outbox.ts";
import { toGlobalId } from "../../shared/global-id.ts";
import { recordHistory, type HistoryDetails } from "../history/history.service.ts";
import { clockAllows, mayTake, WORK_ORDER_TRANSITIONS, type WorkOrderAction } from "./work-order.transitions.ts";

/** The order, if the caller may see it and may take `action` on it in its present state. */
export async function orderForAction(tx: Tx, scope: ActingScope, id: number, action: WorkOrderAction): Promise<WorkOrder> {
  const order = await tx.workOrder.findFirst({ where: { AND: [workOrderScope(scope.actor), { id }] } });
  if (!order) throw notFound("La orden");
  if (!mayTake(scope.actor, action, order)) throw new DomainError("FORBIDDEN", `No le corresponde esta acción sobre la orden ${order.folio}`);
  const transition = WORK_ORDER_TRANSITIONS[action];
  if (!transition.from.includes(order.status)) {
    throw conflict(`La orden ${order.folio} está ${WORK_ORDER_STATUSES[order.status].toLowerCase()}`);
  }
  if (!clockAllows(action, order)) {
    if (!order.pausedAt) throw conflict(`La orden ${order.folio} no está en pausa`);
    throw conflict(action === "pause" ? `La orden ${order.folio} ya está en pausa` : `La orden ${order.folio} está en pausa: reanúdela antes de continuar`);
  }
  return order;
}

export interface TransitionRecord {
  /** extra columns set with the status (assignee, result, completedAt, …) */
  data?: Prisma.WorkOrderUncheckedUpdateManyInput;
  /** what the history entry adds after "Orden OF-2026-000001 …" */
  summary?: string;
  details?: HistoryDetails;
}

/**
 * Moves `before` along `action` (guarded by its from-states and its clock: a concurrent change makes it CONFLICT), with
 * history and audit.
 */
export async function commitTransition(tx: Tx, scope: ActingScope, before: WorkOrder, action: WorkOrderAction, record: TransitionRecord = {}): Promise<WorkOrder> {
  const transition = WORK_ORDER_TRANSITIONS[action];
  // a paused order is matched on the very pause it had when read (a resume and a new pause in between change it)
  const clock = transition.clock === "running" ? { pausedAt: null } : transition.clock === "paused" ? { pausedAt: before.pausedAt } : {};
  const { count } = await tx.workOrder.updateMany({
    where: { id: before.id, status: { in: transition.from }, ...clock },
    data: { ...record.data, ...(transition.to ? { status: transition.to } : {}) },
  });
  if (count !== 1) throw conflict(`La orden ${before.folio} cambió mientras tanto; vuelva a abrirla`);
  const after = await tx.workOrder.findUniqueOrThrow({ where: { id: before.id } });
  if (before.connectionId) {
    await recordHistory(tx, scope, {
      connectionId: before.connectionId,
      type: transition.history.type,
      summary: `${WORK_ORDER_TYPES[before.type]} ${before.folio}${transition.history.verb ? ` ${transition.history.verb}` : ""}${record.summary ? `: ${record.summary}` : ""}`,
      details: record.details,
      workOrderId: before.id,
      complaintId: before.complaintId ?? undefined,
    });
  }
  await recordAudit(tx, scope, { action: transition.audit, entityType: "WorkOrder", entityId: before.id, before, after });
  if (after.status === "COMPLETED" && after.complaintId) {
    // the partner that filed the complaint hears the order was done (outbox, same transaction)
    const complaint = await tx.complaint.findUniqueOrThrow({ where: { id: after.complaintId }, select: { id: true, folio: true, apiClientId: true } });
    await enqueueWebhookEvent(tx, complaint.apiClientId, "work_order.completed", {
      workOrder: { id: toGlobalId("WorkOrder", after.id), folio: after.folio, type: after.type, completedAt: after.completedAt?.toISOString() ?? null },
      complaint: { id: toGlobalId("Complaint", complaint.id), folio: complaint.folio },
    }, scope.clock.now());
  }
  return after;
}
