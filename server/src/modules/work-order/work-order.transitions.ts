// The lifecycle of a work order, as one table: action → the states it may start from, the state it leads to, who may
// take it, the history entry it leaves and its audit action. `applyWorkOrderTransition` applies it through one guarded
// update; nothing else sets a work order's `status`.
import type { HistoryEventType, Role, WorkOrderStatus, WorkOrderType } from "../../generated/prisma/enums.ts";
import type { Actor } from "../../auth/actor.ts";
import { isGranted, Operations, type Grant } from "../../auth/policies.ts";
import { WORK_ORDER_DEPARTMENT } from "../../shared/workflow-facts.ts";

export type WorkOrderAction = "assign" | "reassign" | "start" | "complete" | "cancel";

/** What the rule needs to know of the order. */
export interface OrderForRule {
  type: WorkOrderType;
  status: WorkOrderStatus;
  assigneeId: number | null;
  department: Role | null;
}

export interface WorkOrderTransition {
  from: WorkOrderStatus[];
  to: WorkOrderStatus;
  /** the operation gate (role list) of the action */
  grants: readonly Grant[];
  /** "worker": only whoever has the order (its assignee, or a member of the department it was sent to) */
  who: "grants" | "worker";
  /** the history entry: "<Tipo> <folio> <verb>: <detail>" (completion reads "<Tipo> <folio>: <result>") */
  history: { type: HistoryEventType; verb: string | null };
  audit: string;
}

export const WORK_ORDER_TRANSITIONS: Record<WorkOrderAction, WorkOrderTransition> = {
  assign: { from: ["ISSUED"], to: "ASSIGNED", grants: Operations.assignWorkOrder, who: "grants", history: { type: "NOTE", verb: "asignada" }, audit: "workOrder.assign" },
  /** a reassigned order starts over with its new holder */
  reassign: {
    from: ["ASSIGNED", "IN_PROGRESS"], to: "ASSIGNED", grants: Operations.assignWorkOrder, who: "grants", history: { type: "NOTE", verb: "reasignada" }, audit: "workOrder.reassign",
  },
  start: { from: ["ISSUED", "ASSIGNED"], to: "IN_PROGRESS", grants: Operations.workOnWorkOrder, who: "worker", history: { type: "NOTE", verb: "en proceso" }, audit: "workOrder.start" },
  complete: {
    from: ["ISSUED", "ASSIGNED", "IN_PROGRESS"], to: "COMPLETED", grants: Operations.workOnWorkOrder, who: "worker", history: { type: "WORK_ORDER_COMPLETED", verb: null }, audit: "workOrder.complete",
  },
  cancel: {
    from: ["ISSUED", "ASSIGNED", "IN_PROGRESS"], to: "CANCELLED", grants: Operations.cancelWorkOrder, who: "grants", history: { type: "WORK_ORDER_CANCELLED", verb: "cancelada" }, audit: "workOrder.cancel",
  },
};

export const WORK_ORDER_ACTION_NAMES = Object.keys(WORK_ORDER_TRANSITIONS) as WorkOrderAction[];

/**
 * Whether `actor` holds the order: its assignee when it has one; otherwise a member of the department it went to
 * (an order ISSUED to a desk is worked as it is). A verifier only ever works on orders assigned to them by name.
 */
export function holdsOrder(actor: Actor, order: OrderForRule): boolean {
  if (actor.kind !== "staff") return false;
  if (order.assigneeId !== null) return order.assigneeId === actor.id;
  const department = order.department ?? WORK_ORDER_DEPARTMENT[order.type];
  return department !== "VERIFIER" && actor.roles.includes(department);
}

/** Whether `actor` may take `action` on the order, whatever its state. */
export function mayTake(actor: Actor, action: WorkOrderAction, order: OrderForRule): boolean {
  const transition = WORK_ORDER_TRANSITIONS[action];
  if (!isGranted(actor, transition.grants)) return false;
  return transition.who === "grants" || holdsOrder(actor, order);
}

/** The actions `actor` may take on the order now, in the table's order. */
export function availableWorkOrderActions(order: OrderForRule, actor: Actor): WorkOrderAction[] {
  return WORK_ORDER_ACTION_NAMES.filter((action) => WORK_ORDER_TRANSITIONS[action].from.includes(order.status) && mayTake(actor, action, order));
}
