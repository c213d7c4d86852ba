// Pause (workflow 5): an order waiting on the customer stops its clock. Pause and resume are rows of the work-order
// transitions table (work-order.transitions.ts: who, from which states, history, audit); this file adds what the clock
// does. Resuming moves the due date so that the business time left when it was paused is left again; the paused
// business time is added up on the order (escalation does not count it).
import type { ActingScope } from "../../context.ts";
import type { Tx } from "../../db/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import { badInput } from "../../shared/errors.ts";
import { PAUSE_REASON_MAX } from "../../shared/workflow-facts.ts";
import { formatBusinessMinutes } from "../../shared/labels.ts";
import { commitTransition, orderForAction } from "../work-order/work-order.lifecycle.ts";
import { loadBusinessClock } from "./business-clock.ts";

export { PAUSE_REASON_MAX, formatBusinessMinutes };

/** The reason a pause must carry: what is expected from the customer. */
export function pauseReason(text: string): string {
  const reason = text.trim();
  if (!reason) throw badInput("reason", "Indique qué se espera del usuario");
  if (reason.length > PAUSE_REASON_MAX) throw badInput("reason", `Admite hasta ${PAUSE_REASON_MAX} caracteres`);
  return reason;
}

/**
 * The clock rule of a resume, for orders and complaints alike: the business minutes between `pausedAt` and
 * `resumedAt`, and the due date that leaves again the business time that was left at the pause (a due date already
 * passed when paused stays as it was; no due date stays none).
 */
export async function resumedClock(tx: Tx, pausedAt: Date, resumedAt: Date, dueAt: Date | null): Promise<{ pausedMinutes: number; dueAt: Date | null }> {
  const from = dueAt && dueAt < pausedAt ? dueAt : pausedAt;
  const to = dueAt && dueAt > resumedAt ? dueAt : resumedAt;
  const clock = await loadBusinessClock(tx, from, to, 60 * 24 * 60);
  const pausedMinutes = clock.between(pausedAt, resumedAt);
  if (!dueAt) return { pausedMinutes, dueAt: null };
  const left = clock.between(pausedAt, dueAt);
  return { pausedMinutes, dueAt: pausedMinutes > 0 && left > 0 ? clock.add(resumedAt, left) : dueAt };
}

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
      summary: `${formatBusinessMinutes(pausedMinutes)} hábiles en pausa`,
    });
    return { workOrder };
  });
}
