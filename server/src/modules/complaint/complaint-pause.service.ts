// A complaint waiting on the customer (papers to bring, an appointment, their return after the verification) stops its
// clock: pause and resume are rows of the complaint transitions table, with the order's clock rule (business-clock.ts
// resumedClock). Complaints carry no due date (service targets are per order type), so what the pause changes is
// their business time to resolve: `pausedBusinessMinutes` adds up the time they waited on the customer.
import type { ActingScope } from "../../context.ts";
import type { Tx } from "../../db/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import { complaintScope } from "../../auth/policies.ts";
import { notFound } from "../../shared/errors.ts";
import { COMPLAINT_KINDS } from "../../shared/labels.ts";
import { recordHistory } from "../history/history.service.ts";
import { resumedClock } from "../service-target/business-clock.ts";
import { pausedSummary, pauseReason } from "../service-target/pause.service.ts";
import { complaintForRule, transitionComplaint } from "./complaint.lifecycle.ts";

async function visibleComplaint(scope: ActingScope, tx: Tx, id: number) {
  const visible = await tx.complaint.findFirst({ where: { AND: [complaintScope(scope.actor), { id }] }, select: { id: true } });
  if (!visible) throw notFound("La queja");
  return complaintForRule(tx, id);
}

export function pauseComplaint(scope: ActingScope, input: { complaintId: number; reason: string }) {
  const reason = pauseReason(input.reason);
  return inTransaction(scope, async (tx) => {
    const before = await visibleComplaint(scope, tx, input.complaintId);
    const complaint = await transitionComplaint(tx, scope, before, "pause", { pausedAt: scope.clock.now(), pauseReason: reason });
    if (complaint.connectionId) {
      await recordHistory(tx, scope, {
        connectionId: complaint.connectionId, type: "NOTE", summary: `${COMPLAINT_KINDS[complaint.kind]} ${complaint.folio} en pausa: se espera al usuario`,
        details: { notes: reason }, complaintId: complaint.id,
      });
    }
    return { complaint };
  });
}

export function resumeComplaint(scope: ActingScope, input: { complaintId: number }) {
  return inTransaction(scope, async (tx) => {
    const before = await visibleComplaint(scope, tx, input.complaintId);
    const { pausedMinutes } = before.pausedAt ? await resumedClock(tx, before.pausedAt, scope.clock.now(), null) : { pausedMinutes: 0 };
    const complaint = await transitionComplaint(tx, scope, before, "resume", {
      pausedAt: null, pauseReason: null, pausedBusinessMinutes: before.pausedBusinessMinutes + pausedMinutes,
    });
    if (complaint.connectionId) {
      await recordHistory(tx, scope, {
        connectionId: complaint.connectionId, type: "NOTE",
        summary: `${COMPLAINT_KINDS[complaint.kind]} ${complaint.folio} reanudada: ${pausedSummary(pausedMinutes)}`, complaintId: complaint.id,
      });
    }
    return { complaint };
  });
}
