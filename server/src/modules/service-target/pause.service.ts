// Pause (workflow 5): an order waiting on the customer stops its clock. Pause and resume are rows of the work-order
// transitions table (work-order.transitions.ts: who, from which states, history, audit); this file adds what the clock
// does. Resuming moves the due date so that the business time left when it was paused is left again; the paused
// business time is added up on the order (escalation does not count it).
import type { ActingScope } from "../../context.ts";
import { inTransaction } from "../../db/transaction.ts";
import { badInput } from "../../shared/errors.ts";
import { PAUSE_REASON_MAX } from "../../shared/workflow-facts.ts";
import { formatBusinessMinutes } from "../../shared/labels.ts";
import { commitTransition, orderForAction } from "../work-order/work-order.lifecycle.ts";
import { resumedClock } from "./business-clock.ts";

export { PAUSE_REASON_MAX, formatBusinessMinutes };

/** The reason a pause must carry: what is expected from the customer. */
export function pauseReason(text: string): string {
  const reason = text.trim();
  if (!reason) throw badInput("reason", "Indique qué se espera del usuario");
  if (reason.length > PAUSE_REASON_MAX) throw badInput("reason", `Admite hasta ${PAUSE_REASON_MAX} caracteres`);
  return reason;
}

/** What a resume's history entry says of the time paused (a pause outside office hours cost no business time). */
export const pausedSummary = (minutes: number) => (minutes > 0 ? `${formatBusinessMinutes(minutes)} hábiles en pausa` : "en pausa fuera del horario de oficina");

export async function pauseWorkOrder(scope: ActingScope, input: { workOrderId: number; reason: string }) {
  const reason = pauseReason(input.reason);
  return inTransaction(scope, async (tx) => {
    const before = await orderForAction(tx, scope, input.workOrderId, "pause");
    const workOrder = await commitTransition(tx, scope, before, "pause", {
      data: { pausedAt: scope.clock.now(), pauseReason: reason },
      summary: "se espera al usuario",
      details: { notes: reason },
    });
    return { workOrder };
  });
}

export async function resumeWorkOrder(scope: ActingScope, input: { workOrderId: number }) {
  return inTransaction(scope, async (tx) => {
    const before = await orderForAction(tx, scope, input.workOrderId, "resume");
    const { pausedMinutes, dueAt } = await resumedClock(tx, before.pausedAt!, scope.clock.now(), before.dueAt);
    const workOrder = await commitTransition(tx, scope, before, "resume", {
      data: { pausedAt: null, pauseReason: null, pausedBusinessMinutes: before.pausedBusinessMinutes + pausedMinutes, dueAt: dueAt! },
      summary: pausedSummary(pausedMinutes),
    });
    return { workOrder };
  });
}
