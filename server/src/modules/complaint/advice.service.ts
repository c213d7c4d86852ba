import { inTransaction } from "../../db/transaction.ts";
import type { ActingScope } from "../../context.ts";
import { complaintScope } from "../../auth/policies.ts";
import { badInput, notFound } from "../../shared/errors.ts";
import { recordHistory } from "../history/history.service.ts";
import { complaintForRule, transitionComplaint } from "./complaint.lifecycle.ts";

/**
 * The meter was fine and there was no external leak (workflow 1): the counter records the advice given (check indoor
 * leaks, ration water, watch the meter) and the complaint closes.
 */
export function recordAdvice(scope: ActingScope, complaintId: number, adviceText: string) {
  const advice = adviceText.trim();
  if (!advice) throw badInput("advice", "Escriba la asesoría que se dio al usuario");
  return inTransaction(scope, async (tx) => {
    const visible = await tx.complaint.findFirst({ where: { AND: [complaintScope(scope.actor), { id: complaintId }] }, select: { id: true } });
    if (!visible) throw notFound("La queja");
    const before = await complaintForRule(tx, complaintId);
    const complaint = await transitionComplaint(tx, scope, before, "recordAdvice", { resolution: advice, resolvedAt: scope.clock.now() });
    if (complaint.connectionId) {
      await recordHistory(tx, scope, { connectionId: complaint.connectionId, type: "ADVICE_GIVEN", summary: `Asesoría en la queja ${complaint.folio}; queja cerrada`, details: { notes: advice }, complaintId });
    }
    return { complaint };
  });
}
