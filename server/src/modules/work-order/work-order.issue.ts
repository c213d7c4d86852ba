import type { Tx } from "../../db/client.ts";
import type { ActingScope } from "../../context.ts";
import type { Role, WorkOrderType } from "../../generated/prisma/enums.ts";
import { nextFolio, WORK_ORDER_FOLIO_PREFIX } from "../../shared/folio.ts";
import { WORK_ORDER_DEPARTMENT } from "../../shared/workflow-facts.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { recordHistory } from "../history/history.service.ts";
import { dueDateFor } from "../service-target/due-date.ts";

export interface IssueOrder {
  type: WorkOrderType;
  /** null for a leak report at a location with no connection */
  connectionId: number | null;
  complaintId?: number;
  assigneeId?: number | null;
  /** by default the department of the order's type */
  department?: Role;
  observations?: string;
  /** the collection crew of a SERVICE_LIMITATION order */
  crewId?: number;
  /** when the caller already computed it (before taking any folio lock) */
  dueAt?: Date;
}

/**
 * Issues a work order with its folio, due date, history event and audit entry, inside the caller's transaction.
 * ASSIGNED when it goes to a person; ISSUED when it goes to a department (the desk works it as it is, see
 * work-order.transitions.ts; a verification with no verifier waits for the head to assign it).
 */
export async function issueWorkOrder(tx: Tx, scope: ActingScope, order: IssueOrder) {
  const issuedAt = scope.clock.now();
  const department = order.department ?? WORK_ORDER_DEPARTMENT[order.type];
  const dueAt = order.dueAt ?? (await dueDateFor(tx, order.type, issuedAt));
  // the folio last: its counter row stays locked until the transaction commits
  const folio = await nextFolio(tx, WORK_ORDER_FOLIO_PREFIX[order.type], issuedAt);
  const created = await tx.workOrder.create({
    data: {
      ...order,
      department,
      folio,
      status: order.assigneeId ? "ASSIGNED" : "ISSUED",
      dueAt,
      issuedAt,
      createdById: scope.actor.kind === "staff" ? scope.actor.id : null,
    },
  });
  if (order.connectionId) {
    await recordHistory(tx, scope, {
      connectionId: order.connectionId,
      type: "WORK_ORDER_ISSUED",
      summary: `Orden ${created.folio} emitida`,
      workOrderId: created.id,
      complaintId: order.complaintId,
    });
  }
  await recordAudit(tx, scope, { action: "workOrder.issue", entityType: "WorkOrder", entityId: created.id, after: created });
  return created;
}
