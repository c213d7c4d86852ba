// Assign, reassign, start and cancel: rows of the transitions table taken by hand (completion has its own file).
import { inTransaction } from "../../db/transaction.ts";
import type { ActingScope } from "../../context.ts";
import type { Role } from "../../generated/prisma/enums.ts";
import { badInput } from "../../shared/errors.ts";
import { ROLE_LABELS } from "../../shared/labels.ts";
import { RECEIVING_ROLES } from "../../shared/workflow-facts.ts";
import { commitTransition, orderForAction } from "./work-order.lifecycle.ts";

export interface AssignInput {
  workOrderId: number;
  /** a person… */
  assigneeId?: number | null;
  /** …or a department that takes it as a desk */
  department?: Role | null;
}

/** Assigns an ISSUED order, or reassigns an assigned or started one, to a person or to a department. */
export async function assignWorkOrder(scope: ActingScope, input: AssignInput) {
  if ((input.assigneeId == null) === (input.department == null)) throw badInput("assigneeId", "Indique una persona o un departamento, no ambos");
  return inTransaction(scope, async (tx) => {
    const current = await tx.workOrder.findUnique({ where: { id: input.workOrderId }, select: { status: true } });
    const action = current?.status === "ISSUED" ? "assign" : "reassign";
    const before = await orderForAction(tx, scope, input.workOrderId, action);
    const receiving = RECEIVING_ROLES[before.type];
    if (input.assigneeId != null) {
      const person = await tx.staff.findUnique({ where: { id: input.assigneeId } });
      if (!person?.active || !person.roles.some((role) => receiving.includes(role))) {
        throw badInput("assigneeId", `La persona debe estar activa y ser de ${receiving.map((r) => ROLE_LABELS[r]).join(" o ")}`);
      }
      const workOrder = await commitTransition(tx, scope, before, action, { data: { assigneeId: person.id }, summary: `a ${person.fullName}` });
      return { workOrder };
    }
    const department = input.department!;
    if (department === "VERIFIER" || !receiving.includes(department)) throw badInput("department", `Este tipo de orden no se turna a ${ROLE_LABELS[department]}`);
    const workOrder = await commitTransition(tx, scope, before, action, { data: { assigneeId: null, department }, summary: `a ${ROLE_LABELS[department]}` });
    return { workOrder };
  });
}

/** Whoever holds the order starts the work (IN_PROGRESS). */
export function startWorkOrder(scope: ActingScope, workOrderId: number) {
  return inTransaction(scope, async (tx) => {
    const before = await orderForAction(tx, scope, workOrderId, "start");
    return { workOrder: await commitTransition(tx, scope, before, "start") };
  });
}

/** The head or the manager cancels an open order, with the reason. */
export function cancelWorkOrder(scope: ActingScope, workOrderId: number, reasonText: string) {
  const reason = reasonText.trim();
  if (!reason) throw badInput("reason", "Indique el motivo de la cancelación");
  return inTransaction(scope, async (tx) => {
    const before = await orderForAction(tx, scope, workOrderId, "cancel");
    const workOrder = await commitTransition(tx, scope, before, "cancel", { data: { resultNotes: reason }, details: { notes: reason } });
    return { workOrder };
  });
}
