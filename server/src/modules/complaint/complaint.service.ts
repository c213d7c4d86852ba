import { inTransaction } from "../../db/transaction.ts";
import type { ActingScope } from "../../context.ts";
import type { Channel, ComplaintCategory, ComplaintKind, ComplaintStatus } from "../../generated/prisma/enums.ts";
import { COMPLAINT_CATEGORIES } from "../../shared/labels.ts";
import { VERIFICATION_CATEGORIES } from "../../shared/workflow-facts.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { complaintScope } from "../../auth/policies.ts";
import { badInput, notFound } from "../../shared/errors.ts";
import { COMPLAINT_FOLIO_PREFIX, nextFolio } from "../../shared/folio.ts";
import { phoneInput } from "../../shared/phone.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { recordHistory } from "../history/history.service.ts";
import { issueWorkOrder } from "../work-order/work-order.service.ts";
import { leastLoadedVerifier } from "../work-order/assignment.ts";
import { dueDateFor } from "../service-target/due-date.ts";

export interface FileComplaintInput {
  connectionId?: number | null;
  kind: ComplaintKind;
  category: ComplaintCategory;
  channel: Channel;
  description: string;
  reporterName?: string | null;
  reporterPhone?: string | null;
  locationText?: string | null;
}

/**
 * Records a complaint. A meter or excess-consumption complaint issues, in the same transaction, a VERIFICATION
 * order assigned to the least-loaded verifier (DOMAIN.md workflow 1).
 */
export async function fileComplaint(scope: ActingScope, input: FileComplaintInput) {
  const description = input.description.trim();
  if (!description) throw badInput("description", "Describa la queja");
  const needsVerification = VERIFICATION_CATEGORIES.includes(input.category);
  if (needsVerification && !input.connectionId) throw badInput("connectionId", "Una queja de medidor o consumo requiere la toma");
  if (!input.connectionId && !input.locationText?.trim()) throw badInput("locationText", "Indique la toma o la ubicación del problema");
  const reporterPhone = phoneInput("reporterPhone", "El teléfono de contacto", input.reporterPhone);

  return inTransaction(scope, async (tx) => {
    const connection = input.connectionId
      ? await tx.serviceConnection.findUnique({ where: { id: input.connectionId }, include: { holder: { select: { fullName: true } } } })
      : null;
    if (input.connectionId && !connection) throw notFound("La toma");

    const createdAt = scope.clock.now();
    // reads before the first folio: the folio counters stay locked until commit, so keep that stretch short
    const verification = needsVerification
      ? { assigneeId: await leastLoadedVerifier(tx), dueAt: await dueDateFor(tx, "VERIFICATION", createdAt) }
      : null;
    const complaint = await tx.complaint.create({
      data: {
        folio: await nextFolio(tx, COMPLAINT_FOLIO_PREFIX, createdAt),
        kind: input.kind,
        category: input.category,
        channel: input.channel,
        status: needsVerification ? "IN_VERIFICATION" : "OPEN",
        description,
        connectionId: connection?.id,
        localityId: connection?.localityId,
        reporterName: input.reporterName?.trim() || connection?.holder.fullName || "Anónimo",
        reporterPhone,
        locationText: input.locationText?.trim() || null,
        createdById: scope.actor.kind === "staff" ? scope.actor.id : null,
        apiClientId: scope.actor.kind === "partner" ? scope.actor.id : null,
        createdAt,
      },
    });
    await recordAudit(tx, scope, { action: "complaint.file", entityType: "Complaint", entityId: complaint.id, after: complaint });
    if (!connection) return { complaint, workOrder: null };

    await recordHistory(tx, scope, {
      connectionId: connection.id,
      type: "COMPLAINT_FILED",
      summary: `Queja ${complaint.folio}: ${COMPLAINT_CATEGORIES[input.category].toLowerCase()}`,
      complaintId: complaint.id,
    });
    const workOrder = verification
      ? await issueWorkOrder(tx, scope, {
          ...verification,
          type: "VERIFICATION",
          connectionId: connection.id,
          complaintId: complaint.id,
          department: "VERIFIER",
          observations: `Verificar medidor y fugas: ${description}`,
        })
      : null;
    return { complaint, workOrder };
  });
}

export interface ComplaintFilterInput {
  status?: ComplaintStatus | null;
  category?: ComplaintCategory | null;
  connectionId?: number | null;
}

export function listComplaints(scope: ActingScope, filter: ComplaintFilterInput | null | undefined, page: PageArgs) {
  filter ??= {};
  const where: Prisma.ComplaintWhereInput = {
    AND: [
      complaintScope(scope.actor),
      {
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.category ? { category: filter.category } : {}),
        ...(filter.connectionId ? { connectionId: filter.connectionId } : {}),
      },
    ],
  };
  return paginateModel(scope.db.complaint, where, page, "desc");
}

export function findComplaint(scope: ActingScope, id: number) {
  return scope.db.complaint.findFirst({ where: { AND: [complaintScope(scope.actor), { id }] } });
}
