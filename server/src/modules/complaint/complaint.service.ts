import { inTransaction } from "../../db/transaction.ts";
import type { ActingScope } from "../../context.ts";
import type { Channel, ComplaintCategory, ComplaintKind, ComplaintStatus } from "../../generated/prisma/enums.ts";
import { COMPLAINT_CATEGORIES, COMPLAINT_KINDS } from "../../shared/labels.ts";
import { LEAK_CATEGORIES, VERIFICATION_CATEGORIES } from "../../shared/workflow-facts.ts";
import { nearbyLeakReports, OPEN_LEAK_REPORT, type LeakPlace } from "./leak-nearby.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { complaintScope, connectionScope } from "../../auth/policies.ts";
import { badInput, notFound } from "../../shared/errors.ts";
import { COMPLAINT_FOLIO_PREFIX, nextFolio } from "../../shared/folio.ts";
import { phoneInput } from "../../shared/phone.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { recordHistory } from "../history/history.service.ts";
import { issueWorkOrder } from "../work-order/work-order.issue.ts";
import { leastLoadedVerifier } from "../work-order/assignment.ts";
import { dueDateFor } from "../service-target/due-date.ts";

export interface FileComplaintInput {
  connectionId?: number | null;
  /** the connection by its control number, as a citizen reads it on the bill (the Open311 door's `control_number`) */
  controlNumber?: string | null;
  kind: ComplaintKind;
  category: ComplaintCategory;
  channel: Channel;
  description: string;
  reporterName?: string | null;
  reporterPhone?: string | null;
  locationText?: string | null;
  /** where a leak with no connection is: street, locality and optionally coordinates */
  street?: string | null;
  localityId?: number | null;
  latitude?: number | null;
  longitude?: number | null;
  /** an open leak report of the same leak: this one is filed linked to it and closed at once */
  duplicateOfId?: number | null;
}

/**
 * Records a complaint. A meter or excess-consumption complaint issues, in the same transaction, a VERIFICATION
 * order assigned to the least-loaded verifier (DOMAIN.md workflow 1).
 */
export async function fileComplaint(scope: ActingScope, input: FileComplaintInput) {
  const description = input.description.trim();
  if (!description) throw badInput("description", "Describa la queja");
  const needsVerification = VERIFICATION_CATEGORIES.includes(input.category);
  const controlNumber = input.controlNumber?.trim() || null;
  const byConnection = Boolean(input.connectionId || controlNumber);
  if (needsVerification && !byConnection) throw badInput("connectionId", "Una queja de medidor o consumo requiere la toma");
  if ((input.latitude == null) !== (input.longitude == null)) throw badInput(input.latitude == null ? "latitude" : "longitude", "Indique latitud y longitud, o ninguna");
  if (input.latitude != null && !(Math.abs(input.latitude) <= 90)) throw badInput("latitude", "La latitud va de -90 a 90");
  if (input.longitude != null && !(Math.abs(input.longitude) <= 180)) throw badInput("longitude", "La longitud va de -180 a 180");
  // where the problem is: the connection, the place in words, or its coordinates (a 311 app may send only those)
  if (!byConnection && !input.locationText?.trim() && input.latitude == null) throw badInput("locationText", "Indique la toma, la ubicación o las coordenadas del problema");
  const reporterPhone = phoneInput("reporterPhone", "El teléfono de contacto", input.reporterPhone);
  const isLeak = LEAK_CATEGORIES.includes(input.category);
  if (input.duplicateOfId && !isLeak) throw badInput("duplicateOfId", "Solo un reporte de fuga se vincula a otro");

  return inTransaction(scope, async (tx) => {
    const key = input.connectionId ? { id: input.connectionId } : controlNumber ? { controlNumber } : null;
    const connection = key ? await tx.serviceConnection.findUnique({ where: key, include: { holder: { select: { fullName: true } } } }) : null;
    if (input.connectionId && !connection) throw notFound("La toma");
    if (controlNumber && !connection) throw badInput("controlNumber", "No hay una toma con ese número de control");
    const original = input.duplicateOfId
      ? await tx.complaint.findFirst({ where: { AND: [complaintScope(scope.actor), OPEN_LEAK_REPORT, { id: input.duplicateOfId }] } })
      : null;
    if (input.duplicateOfId && !original) throw badInput("duplicateOfId", "El reporte al que se vincula ya no está abierto o no es de fuga");
    if (input.localityId && !connection && !(await tx.locality.findUnique({ where: { id: input.localityId } }))) throw notFound("La localidad");

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
        status: original ? "CLOSED" : needsVerification ? "IN_VERIFICATION" : "OPEN",
        description,
        connectionId: connection?.id,
        localityId: connection?.localityId ?? input.localityId,
        street: connection?.street ?? (input.street?.trim() || null),
        latitude: input.latitude ?? connection?.latitude,
        longitude: input.longitude ?? connection?.longitude,
        ...(original ? { duplicateOfId: original.id, resolution: `Mismo reporte que ${original.folio}; se atiende en ese folio`, resolvedAt: createdAt } : {}),
        reporterName: input.reporterName?.trim() || connection?.holder.fullName || "Anónimo",
        reporterPhone,
        locationText: input.locationText?.trim() || null,
        createdById: scope.actor.kind === "staff" ? scope.actor.id : null,
        apiClientId: scope.actor.kind === "partner" ? scope.actor.id : null,
        createdAt,
      },
    });
    await recordAudit(tx, scope, { action: "complaint.file", entityType: "Complaint", entityId: complaint.id, after: complaint });
    const nearby = isLeak && !original ? await nearbyLeakReports(tx, scope.actor, placeOf(complaint), complaint.id) : [];
    if (!connection) return { complaint, workOrder: null, nearbyLeakReports: nearby };

    await recordHistory(tx, scope, {
      connectionId: connection.id,
      type: "COMPLAINT_FILED",
      summary: `${COMPLAINT_KINDS[input.kind]} ${complaint.folio}: ${COMPLAINT_CATEGORIES[input.category].toLowerCase()}`,
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
    return { complaint, workOrder, nearbyLeakReports: nearby };
  });
}

const placeOf = (c: { localityId: number | null; street: string | null; latitude: unknown; longitude: unknown }) => ({
  localityId: c.localityId,
  street: c.street,
  latitude: c.latitude == null ? null : Number(c.latitude),
  longitude: c.longitude == null ? null : Number(c.longitude),
});

export interface ComplaintFilterInput {
  status?: ComplaintStatus | null;
  category?: ComplaintCategory | null;
  categories?: ComplaintCategory[] | null;
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
        ...(filter.categories?.length ? { category: { in: filter.categories } } : {}),
        ...(filter.connectionId ? { connectionId: filter.connectionId } : {}),
      },
    ],
  };
  return paginateModel(scope.db.complaint, where, page, "desc");
}

export function findComplaint(scope: ActingScope, id: number) {
  return scope.db.complaint.findFirst({ where: { AND: [complaintScope(scope.actor), { id }] } });
}

/** Open leak reports near a connection or a place (the counter checks before filing, to link instead of duplicating). */
export async function findNearbyLeakReports(scope: ActingScope, place: { connectionId: number | null } & LeakPlace) {
  if (place.connectionId) {
    const connection = await scope.db.serviceConnection.findFirst({ where: { AND: [connectionScope(scope.actor), { id: place.connectionId }] } });
    if (!connection) throw notFound("La toma");
    return nearbyLeakReports(scope.db, scope.actor, placeOf(connection));
  }
  if (place.latitude == null && !(place.street?.trim() && place.localityId)) throw badInput("place", "Indique la toma, la calle y la localidad, o las coordenadas");
  return nearbyLeakReports(scope.db, scope.actor, place);
}
