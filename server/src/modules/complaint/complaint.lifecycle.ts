// Applies one row of the complaint transitions table inside the caller's transaction: state (CONFLICT) and the row's
// condition, who may (FORBIDDEN), one guarded updateMany, audit.
import type { Tx } from "../../db/client.ts";
import type { ActingScope } from "../../context.ts";
import type { Complaint, Prisma } from "../../generated/prisma/client.ts";
import { isGranted } from "../../auth/policies.ts";
import { conflict, DomainError } from "../../shared/errors.ts";
import { COMPLAINT_STATUSES } from "../../shared/labels.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { OPEN_COMPLAINT_STATUSES } from "../../shared/workflow-facts.ts";
import { resumedClock } from "../service-target/business-clock.ts";
import { enqueueWebhookEvent } from "../webhook/webhook.outbox.ts";
import { toGlobalId } from "../../shared/global-id.ts";
import { COMPLAINT_TRANSITIONS, complaintClockAllows, type ComplaintAction, type ComplaintForRule } from "./complaint.transitions.ts";

export function refusalOf(complaint: Complaint & Partial<ComplaintForRule>, action: ComplaintAction): string | null {
  const transition = COMPLAINT_TRANSITIONS[action];
  if (!transition.from.includes(complaint.status)) return `La queja ${complaint.folio} está ${COMPLAINT_STATUSES[complaint.status].toLowerCase()}`;
  if (!complaintClockAllows(action, complaint)) {
    return complaint.pausedAt ? `La queja ${complaint.folio} ya está en pausa` : `La queja ${complaint.folio} no está en pausa`;
  }
  const refused = transition.refuses?.(complaint);
  return refused ? `${refused} (${complaint.folio})` : null;
}

/** Moves the complaint along `action`; CONFLICT when its state (or a concurrent change) does not allow it. */
export async function transitionComplaint(
  tx: Tx,
  scope: ActingScope,
  before: Complaint & Partial<ComplaintForRule>,
  action: ComplaintAction,
  data: Prisma.ComplaintUncheckedUpdateManyInput = {},
): Promise<Complaint> {
  const transition = COMPLAINT_TRANSITIONS[action];
  if (!isGranted(scope.actor, transition.grants)) throw new DomainError("FORBIDDEN", `No le corresponde esta acción sobre la queja ${before.folio}`);
  const refused = refusalOf(before, action);
  if (refused) throw conflict(refused, "complaintId");
  // a paused complaint is matched on the very pause it had when read
  const clock = transition.clock === "running" ? { pausedAt: null } : transition.clock === "paused" ? { pausedAt: before.pausedAt } : {};
  // closing a complaint that waits on the customer ends its pause: the paused business time is added up
  const endsPause = before.pausedAt && transition.to && !OPEN_COMPLAINT_STATUSES.includes(transition.to);
  const pauseEnd = endsPause
    ? { pausedAt: null, pauseReason: null, pausedBusinessMinutes: before.pausedBusinessMinutes + (await resumedClock(tx, before.pausedAt!, scope.clock.now(), null)).pausedMinutes }
    : {};
  const { count } = await tx.complaint.updateMany({
    where: { id: before.id, status: { in: transition.from }, ...clock },
    data: { ...data, ...pauseEnd, ...(transition.to ? { status: transition.to } : {}) },
  });
  if (count !== 1) throw conflict(`La queja ${before.folio} cambió mientras tanto; vuelva a abrirla`, "complaintId");
  const after = await tx.complaint.findUniqueOrThrow({ where: { id: before.id } });
  const { verificationOutcome: _outcome, ...row } = before;
  await recordAudit(tx, scope, { action: transition.audit, entityType: "Complaint", entityId: before.id, before: row, after });
  // the partner that filed it hears of the change (outbox, same transaction); a pause or resume keeps the status
  if (transition.to) await enqueueWebhookEvent(tx, after.apiClientId, "complaint.status_changed", {
    complaint: { id: toGlobalId("Complaint", after.id), folio: after.folio, category: after.category, status: after.status, previousStatus: before.status, resolvedAt: after.resolvedAt?.toISOString() ?? null },
  }, scope.clock.now());
  return after;
}

/** A complaint's present state with its verification outcome (the condition of recordAdvice). */
export async function complaintForRule(tx: Tx, id: number) {
  const complaint = await tx.complaint.findUniqueOrThrow({ where: { id } });
  const verification = await tx.workOrder.findFirst({ where: { complaintId: id, type: "VERIFICATION", status: "COMPLETED" }, orderBy: { id: "desc" } });
  return { ...complaint, verificationOutcome: verification?.verificationOutcome ?? null };
}
