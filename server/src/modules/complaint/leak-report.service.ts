import { inTransaction } from "../../db/transaction.ts";
import type { ActingScope } from "../../context.ts";
import { complaintScope } from "../../auth/policies.ts";
import { notFound } from "../../shared/errors.ts";
import { COMPLAINT_CATEGORIES } from "../../shared/labels.ts";
import { issueWorkOrder } from "../work-order/work-order.issue.ts";
import { complaintForRule, transitionComplaint } from "./complaint.lifecycle.ts";

/** The registry hands a leak report to FOLLOW_UP (workflow 3): the complaint is FORWARDED and a LEAK_REPAIR order issued. */
export function forwardLeakReport(scope: ActingScope, complaintId: number, instructions?: string | null) {
  return inTransaction(scope, async (tx) => {
    const visible = await tx.complaint.findFirst({ where: { AND: [complaintScope(scope.actor), { id: complaintId }] }, select: { id: true } });
    if (!visible) throw notFound("El reporte");
    const complaint = await transitionComplaint(tx, scope, await complaintForRule(tx, complaintId), "forward");
    const coordinates = complaint.latitude != null && complaint.longitude != null ? `en ${complaint.latitude}, ${complaint.longitude}` : null;
    const where = complaint.locationText ?? complaint.street ?? (complaint.connectionId ? "en la toma" : coordinates) ?? "en la toma";
    const workOrder = await issueWorkOrder(tx, scope, {
      type: "LEAK_REPAIR",
      connectionId: complaint.connectionId,
      complaintId: complaint.id,
      department: "FOLLOW_UP",
      observations: [`${COMPLAINT_CATEGORIES[complaint.category]} (${complaint.folio}) ${where}: ${complaint.description}`, instructions?.trim()].filter(Boolean).join(". "),
    });
    return { complaint, workOrder };
  });
}
