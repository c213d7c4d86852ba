// The Open311 GeoReport v2 door's requests: complaints filed and read through the complaint services and the
// complaint scope, shown in GeoReport's shape without the reporter's personal data. It knows nothing about HTTP.
import type { ActingScope } from "../../context.ts";
import type { ComplaintCategory } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { complaintScope } from "../../auth/policies.ts";
import { badInput, notFound } from "../../shared/errors.ts";
import { localDateTimeW3c } from "../../shared/business-calendar.ts";
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES, OPEN311_NOTICES } from "../../shared/labels.ts";
import { OPEN_COMPLAINT_STATUSES, VERIFICATION_CATEGORIES } from "../../shared/workflow-facts.ts";
import { fileComplaint } from "../complaint/complaint.service.ts";
import { open311Kind } from "./open311.catalog.ts";

/** GeoReport v2: a search without dates covers the last 90 days, and no search may span more. */
export const OPEN311_WINDOW_DAYS = 90;
export const OPEN311_MAX_PAGE_SIZE = 200;
export const OPEN311_DEFAULT_PAGE_SIZE = 50;
/** how many service_request_id a search may name */
export const OPEN311_MAX_IDS = 100;
const DAY_MS = 86_400_000;

export interface ServiceRequestInput {
  serviceCode: ComplaintCategory;
  description: string;
  latitude?: number | null;
  longitude?: number | null;
  addressString?: string | null;
  controlNumber?: string | null;
  reporterName?: string | null;
  reporterPhone?: string | null;
}

/** Files a service request as a complaint of the partner (channel PARTNER): its folio is the service_request_id. */
export async function fileServiceRequest(scope: ActingScope, input: ServiceRequestInput) {
  const { complaint, workOrder } = await fileComplaint(scope, {
    kind: open311Kind(input.serviceCode),
    category: input.serviceCode,
    channel: "PARTNER",
    description: input.description,
    controlNumber: input.controlNumber,
    locationText: input.addressString,
    latitude: input.latitude,
    longitude: input.longitude,
    reporterName: input.reporterName,
    reporterPhone: input.reporterPhone,
  });
  const notice = workOrder && VERIFICATION_CATEGORIES.includes(complaint.category) ? `${OPEN311_NOTICES.verification}. ${OPEN311_NOTICES.filed}` : OPEN311_NOTICES.filed;
  return { service_request_id: complaint.folio, service_notice: notice, account_id: null };
}

export interface ServiceRequestFilter {
  /** folios; when given, the other filters are ignored (GeoReport v2) */
  ids?: string[];
  serviceCodes?: ComplaintCategory[];
  statuses?: ("open" | "closed")[];
  startDate?: Date | null;
  endDate?: Date | null;
  page?: number;
  pageSize?: number;
}

const SELECT = {
  id: true, folio: true, category: true, status: true, description: true, resolution: true, locationText: true, street: true,
  connectionId: true, latitude: true, longitude: true, createdAt: true, resolvedAt: true,
  // only the dates of the orders of a complaint the caller may see (the complaint scope decides): no order is shown
  workOrders: { select: { status: true, dueAt: true, issuedAt: true, completedAt: true, department: true } },
} satisfies Prisma.ComplaintSelect;
type Row = Prisma.ComplaintGetPayload<{ select: typeof SELECT }>;

/** The caller's service requests, newest first: by folios, or by service, status and a window of at most 90 days. */
export async function listServiceRequests(scope: ActingScope, filter: ServiceRequestFilter) {
  const page = filter.page ?? 1;
  const pageSize = filter.pageSize ?? OPEN311_DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(page) || page < 1) throw badInput("page", "La página empieza en 1");
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > OPEN311_MAX_PAGE_SIZE) throw badInput("page_size", `Entre 1 y ${OPEN311_MAX_PAGE_SIZE} por página`);
  let where: Prisma.ComplaintWhereInput;
  if (filter.ids?.length) {
    if (filter.ids.length > OPEN311_MAX_IDS) throw badInput("service_request_id", `Admite hasta ${OPEN311_MAX_IDS} folios`);
    where = { folio: { in: filter.ids } };
  } else {
    const end = filter.endDate ?? scope.clock.now();
    const start = filter.startDate ?? new Date(end.getTime() - OPEN311_WINDOW_DAYS * DAY_MS);
    if (start > end) throw badInput("start_date", "La fecha inicial es posterior a la final");
    if (end.getTime() - start.getTime() > OPEN311_WINDOW_DAYS * DAY_MS) throw badInput("start_date", `El periodo no puede pasar de ${OPEN311_WINDOW_DAYS} días`);
    const statuses = new Set(filter.statuses ?? []);
    const status = statuses.size === 1 ? (statuses.has("open") ? { in: OPEN_COMPLAINT_STATUSES } : { notIn: OPEN_COMPLAINT_STATUSES }) : undefined;
    where = {
      createdAt: { gte: start, lte: end },
      ...(filter.serviceCodes?.length ? { category: { in: filter.serviceCodes } } : {}),
      ...(status ? { status } : {}),
    };
  }
  const rows = await scope.db.complaint.findMany({
    where: { AND: [complaintScope(scope.actor), where] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: SELECT,
  });
  return rows.map(toServiceRequest);
}

/** One service request by its folio; NOT_FOUND when it does not exist or is not the caller's. */
export async function findServiceRequest(scope: ActingScope, folio: string) {
  const row = await scope.db.complaint.findFirst({ where: { AND: [complaintScope(scope.actor), { folio }] }, select: SELECT });
  if (!row) throw notFound("La solicitud");
  return toServiceRequest(row);
}

/**
 * A complaint in GeoReport v2's shape. Never the reporter (name, phone); and for a request about a connection, no
 * street or coordinates of it (that is the customer's address): only the place the reporter gave in words.
 */
function toServiceRequest(row: Row) {
  const open = OPEN_COMPLAINT_STATUSES.includes(row.status);
  const dates = [row.createdAt, row.resolvedAt, ...row.workOrders.flatMap((o) => [o.issuedAt, o.completedAt])].filter((d): d is Date => d != null);
  const pending = row.workOrders.filter((o) => o.status !== "COMPLETED" && o.status !== "CANCELLED").map((o) => o.dueAt);
  const expected = open && pending.length ? new Date(Math.min(...pending.map((d) => d.getTime()))) : null;
  const atConnection = row.connectionId != null;
  const followUp = row.status === "FORWARDED" || row.workOrders.some((o) => o.department === "FOLLOW_UP");
  return {
    service_request_id: row.folio,
    status: open ? ("open" as const) : ("closed" as const),
    status_notes: [COMPLAINT_STATUSES[row.status], row.resolution].filter(Boolean).join(". "),
    service_name: COMPLAINT_CATEGORIES[row.category],
    service_code: row.category,
    description: row.description,
    agency_responsible: followUp ? OPEN311_NOTICES.followUp : OPEN311_NOTICES.agency,
    service_notice: null,
    requested_datetime: localDateTimeW3c(row.createdAt),
    updated_datetime: localDateTimeW3c(new Date(Math.max(...dates.map((d) => d.getTime())))),
    expected_datetime: expected ? localDateTimeW3c(expected) : null,
    address: row.locationText ?? (atConnection ? null : row.street),
    address_id: null,
    zipcode: null,
    lat: !atConnection && row.latitude != null ? Number(row.latitude) : null,
    long: !atConnection && row.longitude != null ? Number(row.longitude) : null,
    media_url: null,
  };
}

export type ServiceRequest = ReturnType<typeof toServiceRequest>;
