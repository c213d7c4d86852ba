import type { Tx } from "../../db/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import type { ActingScope } from "../../context.ts";
import type { Role, VerificationOutcome, WorkOrderStatus, WorkOrderType } from "../../generated/prisma/enums.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { workOrderScope } from "../../auth/policies.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { nextFolio, WORK_ORDER_FOLIO_PREFIX } from "../../shared/folio.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { recordHistory } from "../history/history.service.ts";
import { dueDateFor } from "../service-target/due-date.ts";
import { OPEN_WORK_ORDER_STATUSES } from "../../shared/workflow-facts.ts";

export interface IssueOrder {
  type: WorkOrderType;
  connectionId: number;
  complaintId?: number;
  assigneeId?: number | null;
  department?: Role;
  observations?: string;
  /** the collection crew of a SERVICE_LIMITATION order */
  crewId?: number;
  /** when the caller already computed it (before taking any folio lock) */
  dueAt?: Date;
}

/** Issues a work order with its folio, due date, history event and audit entry, inside the caller's transaction. */
export async function issueWorkOrder(tx: Tx, scope: ActingScope, order: IssueOrder) {
  const issuedAt = scope.clock.now();
  const dueAt = order.dueAt ?? (await dueDateFor(tx, order.type, issuedAt));
  // the folio last: its counter row stays locked until the transaction commits
  const folio = await nextFolio(tx, WORK_ORDER_FOLIO_PREFIX[order.type], issuedAt);
  const created = await tx.workOrder.create({
    data: {
      ...order,
      folio,
      status: order.assigneeId ? "ASSIGNED" : "ISSUED",
      dueAt,
      issuedAt,
      createdById: scope.actor.kind === "staff" ? scope.actor.id : null,
    },
  });
  await recordHistory(tx, scope, {
    connectionId: order.connectionId,
    type: "WORK_ORDER_ISSUED",
    summary: `Orden ${created.folio} emitida`,
    workOrderId: created.id,
    complaintId: order.complaintId,
  });
  await recordAudit(tx, scope, { action: "workOrder.issue", entityType: "WorkOrder", entityId: created.id, after: created });
  return created;
}

export interface WorkOrderFilterInput {
  type?: WorkOrderType | null;
  status?: WorkOrderStatus | null;
  open?: boolean | null;
  assignedToMe?: boolean | null;
}

/** An order can be completed once someone has it and until it is completed or cancelled. */
const COMPLETABLE_STATUSES: WorkOrderStatus[] = ["ASSIGNED", "IN_PROGRESS"];

export function listWorkOrders(scope: ActingScope, filter: WorkOrderFilterInput | null | undefined, page: PageArgs) {
  filter ??= {};
  const where: Prisma.WorkOrderWhereInput = {
    AND: [
      workOrderScope(scope.actor),
      {
        ...(filter.type ? { type: filter.type } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.open ? { status: { in: OPEN_WORK_ORDER_STATUSES } } : {}),
        ...(filter.assignedToMe ? { assigneeId: scope.actor.kind === "staff" ? scope.actor.id : -1 } : {}),
      },
    ],
  };
  return paginateModel(scope.db.workOrder, where, page, "desc");
}

/** One order the actor may see, or null. */
export function findWorkOrder(scope: ActingScope, id: number) {
  return scope.db.workOrder.findFirst({ where: { AND: [workOrderScope(scope.actor), { id }] } });
}

export interface CompleteVerificationInput {
  workOrderId: number;
  outcome: VerificationOutcome;
  excessM3?: string | null;
  notes?: string | null;
}

const OUTCOME_SUMMARY: Record<VerificationOutcome, string> = {
  METER_OVER_REGISTERING: "el medidor registra de más",
  EXTERNAL_LEAK: "se localizó una fuga externa",
  NORMAL: "medidor normal, sin fugas externas",
};

/** The assigned verifier records the field result of a VERIFICATION order; the complaint moves to VERIFIED. */
export async function completeVerification(scope: ActingScope, input: CompleteVerificationInput) {
  const excess = validateExcess(input);
  return inTransaction(scope, async (tx) => {
    const before = await tx.workOrder.findFirst({ where: { AND: [workOrderScope(scope.actor), { id: input.workOrderId }] } });
    // only the assigned verifier may record the result; anyone else reads the order as not found
    if (!before || before.assigneeId !== (scope.actor.kind === "staff" ? scope.actor.id : null)) throw notFound("La orden");
    if (before.type !== "VERIFICATION") throw badInput("workOrderId", `La orden ${before.folio} no es de verificación`);
    if (!COMPLETABLE_STATUSES.includes(before.status)) throw conflict(`La orden ${before.folio} ya no está abierta (${before.status})`);

    const completedAt = scope.clock.now();
    // the status condition makes a concurrent second completion update nothing instead of overwriting the first
    const { count } = await tx.workOrder.updateMany({
      where: { id: before.id, status: { in: COMPLETABLE_STATUSES } },
      data: { status: "COMPLETED", verificationOutcome: input.outcome, excessM3: excess, resultNotes: input.notes?.trim() || null, completedAt },
    });
    if (count !== 1) throw conflict(`La orden ${before.folio} ya fue solventada`);
    const after = await tx.workOrder.findUniqueOrThrow({ where: { id: before.id } });

    if (before.complaintId) {
      const complaintBefore = await tx.complaint.findUniqueOrThrow({ where: { id: before.complaintId } });
      const complaintAfter = await tx.complaint.update({ where: { id: before.complaintId }, data: { status: "VERIFIED" } });
      await recordAudit(tx, scope, { action: "complaint.verify", entityType: "Complaint", entityId: complaintAfter.id, before: complaintBefore, after: complaintAfter });
    }
    await recordHistory(tx, scope, {
      connectionId: before.connectionId!,
      type: "WORK_ORDER_COMPLETED",
      summary: `Verificación ${before.folio}: ${OUTCOME_SUMMARY[input.outcome]}`,
      details: { ...(excess ? { volumeM3: excess.toFixed(2) } : {}), ...(after.resultNotes ? { notes: after.resultNotes } : {}) },
      workOrderId: before.id,
      complaintId: before.complaintId ?? undefined,
    });
    await recordAudit(tx, scope, { action: "workOrder.completeVerification", entityType: "WorkOrder", entityId: before.id, before, after });
    return { workOrder: after };
  });
}

function validateExcess(input: CompleteVerificationInput): Prisma.Decimal | null {
  const excess = input.excessM3 == null ? null : new Prisma.Decimal(input.excessM3);
  if (input.outcome === "METER_OVER_REGISTERING") {
    if (!excess || excess.lte(0)) throw badInput("excessM3", "Indique los m³ que el medidor registra de más (mayor que 0)");
    return excess;
  }
  if (excess && !excess.isZero()) throw badInput("excessM3", "Los m³ de más sólo se registran cuando el medidor registra de más");
  return null;
}
