// The lifecycle of a work order, as one table: action → the states it may start from, the state it leads to, who may
// take it, the history entry it leaves and its audit action. `applyWorkOrderTransition` applies it through one guarded
// update; nothing else sets a work order's `status` or its pause. Pause and resume keep the status and stop or restart
// the order's clock (`pausedAt`); a paused order is not started or completed until it is resumed.
import type { HistoryEventType, Role, WorkOrderStatus, WorkOrderType } from "../../generated/prisma/enums.ts";
import type { Actor } from "../../auth/actor.ts";
import { isGranted, Operations, type Grant } from "../../auth/policies.ts";
import { OPEN_WORK_ORDER_STATUSES, WORK_ORDER_DEPARTMENT } from "../../shared/workflow-facts.ts";

export type WorkOrderAction = "assign" | "reassign" | "start" | "pause" | "resume" | "complete" | "cancel";

/** What the rule needs to know of the order. */
export interface OrderForRule {
  type: WorkOrderType;
  status: WorkOrderStatus;
  assigneeId: number | null;
  department: Role | null;
  /** set while the order waits on the customer (its clock stopped) */
  pausedAt: Date | null;
}

export interface WorkOrderTransition {
  from: WorkOrderStatus[];
  /** null: the status stays (pause and resume) */
  to: WorkOrderStatus | null;
  /** the clock the order must have: "running" (not paused) or "paused"; absent: either */
  clock?: "running" | "paused";
  /** the operation gate (role list) of the action */
  grants: readonly Grant[];
  /** "worker": only whoever has the order (its assignee, or a member of the department it was sent to);
   *  "workerOrHead": that, or the head of the department (who answers for its clock) */
  who: "grants" | "worker" | "workerOrHead";
  /** the history entry: "<Tipo> <folio> <verb>: <detail>" (completion reads "<Tipo> <folio>: <result>") */
  history: { type: HistoryEventType; verb: string | null };
  audit: string;
}

const OPEN = OPEN_WORK_ORDER_STATUSES;

export const WORK_ORDER_TRANSITIONS: Record<WorkOrderAction, WorkOrderTransition> = {
  assign: { from: ["ISSUED"], to: "ASSIGNED", grants: Operations.assignWorkOrder, who: "grants", history: { type: "NOTE", verb: "asignada" }, audit: "workOrder.assign" },
  /** a reassigned order starts over with its new holder */
  reassign: {
    from: ["ASSIGNED", "IN_PROGRESS"], to: "ASSIGNED", grants: Operations.assignWorkOrder, who: "grants", history: { type: "NOTE", verb: "reasignada" }, audit: "workOrder.reassign",
  },
  start: {
    from: ["ISSUED", "ASSIGNED"], to: "IN_PROGRESS", clock: "running", grants: Operations.workOnWorkOrder, who: "worker", history: { type: "NOTE", verb: "en proceso" }, audit: "workOrder.start",
  },
  /** waiting on the customer: the clock stops (pause.service.ts moves the due date on resume). Only who works the order
   *  knows it waits on the customer, and the head answers for the clock: a desk does not stop another area's order. */
  pause: {
    from: OPEN, to: null, clock: "running", grants: Operations.pauseWorkOrders, who: "workerOrHead", history: { type: "NOTE", verb: "en pausa" }, audit: "workOrder.pause",
  },
  resume: {
    from: OPEN, to: null, clock: "paused", grants: Operations.pauseWorkOrders, who: "workerOrHead", history: { type: "NOTE", verb: "reanudada" }, audit: "workOrder.resume",
  },
  complete: {
    from: OPEN, to: "COMPLETED", clock: "running", grants: Operations.workOnWorkOrder, who: "worker", history: { type: "WORK_ORDER_COMPLETED", verb: null }, audit: "workOrder.complete",
  },
  cancel: {
    from: OPEN, to: "CANCELLED", grants: Operations.cancelWorkOrder, who: "grants", history: { type: "WORK_ORDER_CANCELLED", verb: "cancelada" }, audit: "workOrder.cancel",
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

/** Whether the order's clock (running or paused) allows `action`. */
export function clockAllows(action: WorkOrderAction, order: Pick<OrderForRule, "pausedAt">): boolean {
  const clock = WORK_ORDER_TRANSITIONS[action].clock;
  return !clock || (clock === "paused") === (order.pausedAt != null);
}

/** Whether `actor` may take `action` on the order, whatever its state. */
export function mayTake(actor: Actor, action: WorkOrderAction, order: OrderForRule): boolean {
  const transition = WORK_ORDER_TRANSITIONS[action];
  if (!isGranted(actor, transition.grants)) return false;
  if (transition.who === "grants") return true;
  return holdsOrder(actor, order) || (transition.who === "workerOrHead" && actor.kind === "staff" && actor.roles.includes("HEAD"));
}

/** The actions `actor` may take on the order now, in the table's order. */
export function availableWorkOrderActions(order: OrderForRule, actor: Actor): WorkOrderAction[] {
  return WORK_ORDER_ACTION_NAMES.filter((action) => WORK_ORDER_TRANSITIONS[action].from.includes(order.status) && clockAllows(action, order) && mayTake(actor, action, order));
}
