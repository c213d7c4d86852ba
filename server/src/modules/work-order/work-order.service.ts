import { inTransaction } from "../../db/transaction.ts";
import type { ActingScope } from "../../context.ts";
import type { WorkOrderStatus, WorkOrderType } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { workOrderScope } from "../../auth/policies.ts";
import { badInput } from "../../shared/errors.ts";
import { WORK_ORDER_TYPES } from "../../shared/labels.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { OPEN_WORK_ORDER_STATUSES } from "../../shared/workflow-facts.ts";
import { commitTransition, orderForAction } from "./work-order.lifecycle.ts";
import { RESULT_HANDLERS } from "./results/index.ts";
import { refuseOtherFields, type CompletionInput } from "./results/result-handler.ts";

export { issueWorkOrder, type IssueOrder } from "./work-order.issue.ts";

export interface WorkOrderFilterInput {
  type?: WorkOrderType | null;
  status?: WorkOrderStatus | null;
  open?: boolean | null;
  assignedToMe?: boolean | null;
}

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

/**
 * Whoever holds the order records its result, typed by the order's type (results/): the order is COMPLETED and the
 * result's effects (connection status, meter, complaint, a follow-up order) happen in the same transaction.
 */
export async function completeWorkOrder(scope: ActingScope, workOrderId: number, input: CompletionInput, options: { verification: boolean } = { verification: false }) {
  return inTransaction(scope, async (tx) => {
    const before = await orderForAction(tx, scope, workOrderId, "complete");
    // verifications keep their own mutation (completeVerification), and it takes nothing else
    if ((before.type === "VERIFICATION") !== options.verification) {
      throw badInput("workOrderId", options.verification ? `La orden ${before.folio} no es de verificación` : `La orden ${before.folio} es de verificación: registre el resultado de la verificación`);
    }
    const handler = RESULT_HANDLERS[before.type];
    refuseOtherFields(input, handler, WORK_ORDER_TYPES[before.type]);
    const now = scope.clock.now();
    const result = handler.record(input, before, now);
    const workOrder = await commitTransition(tx, scope, before, "complete", { data: { ...result.data, completedAt: now }, summary: result.summary, details: result.details });
    const effects = await handler.apply(tx, scope, workOrder, input);
    return { workOrder, followUpOrder: effects.followUpOrder ?? null };
  });
}
