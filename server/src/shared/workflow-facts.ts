// Facts of the department's workflows that the API and the portal both need. Keep it free of runtime imports.
import type { ComplaintCategory, ComplaintStatus, InformationRequestStatus, Role, WorkOrderStatus, WorkOrderType } from "../generated/prisma/enums.ts";

/** Complaints that the manual answers at once with a verification order (meter / excess consumption). */
export const VERIFICATION_CATEGORIES: ComplaintCategory[] = ["EXCESS_CONSUMPTION", "METER_MALFUNCTION"];

/** Leak reports (workflow 3): routed to REGISTRY, which forwards them to FOLLOW_UP as a field report. */
export const LEAK_CATEGORIES: ComplaintCategory[] = ["WATER_LEAK", "SEWER_LEAK"];

/** Open leak reports closer than this are offered to the counter as the same leak (link instead of duplicating). */
export const NEARBY_LEAK_METRES = 100;

/** The department that receives each type of order (verifiers take theirs by name; the others as a desk). */
export const WORK_ORDER_DEPARTMENT: Record<WorkOrderType, Role> = {
  VERIFICATION: "VERIFIER",
  METER_REPLACEMENT: "REGISTRY",
  RECONNECTION: "COLLECTIONS",
  LEAK_REPAIR: "FOLLOW_UP",
  SERVICE_LIMITATION: "COLLECTIONS",
};

/** Who may receive each type of order (a person holding one of these roles, or the department itself but VERIFIER). */
export const RECEIVING_ROLES: Record<WorkOrderType, Role[]> = {
  VERIFICATION: ["VERIFIER"],
  METER_REPLACEMENT: ["REGISTRY"],
  RECONNECTION: ["COLLECTIONS"],
  LEAK_REPAIR: ["FOLLOW_UP", "REGISTRY"],
  SERVICE_LIMITATION: ["COLLECTIONS"],
};

/** The observation a reconnection order carries (workflow 2). */
export const RECONNECTION_OBSERVATION = "Reinstalación de servicio";

/** A complaint is open until it is resolved, closed or cancelled. */
export const OPEN_COMPLAINT_STATUSES: ComplaintStatus[] = ["OPEN", "FORWARDED", "IN_VERIFICATION", "VERIFIED"];

/** An order is open until it is completed or cancelled. */
export const OPEN_WORK_ORDER_STATUSES: WorkOrderStatus[] = ["ISSUED", "ASSIGNED", "IN_PROGRESS"];

/** The longest reason a pause may carry (what is expected from the customer). */
export const PAUSE_REASON_MAX = 500;

/** An information request is pending until it is answered or declined. */
export const OPEN_INFORMATION_REQUEST_STATUSES: InformationRequestStatus[] = ["RECEIVED", "IN_PROGRESS", "EXTENDED"];

/** The legal day by which a month's transparency figures are due to IT: the 20th of the following month. */
export const TRANSPARENCY_DUE_DAY = 20;

/** How long open orders have been waiting since they were issued (calendar days; the tablero's aging buckets). */
export const AGING_BUCKETS = [
  { key: "UNDER_1_DAY", fromDays: 0, toDays: 1 },
  { key: "DAYS_1_TO_3", fromDays: 1, toDays: 3 },
  { key: "DAYS_3_TO_7", fromDays: 3, toDays: 7 },
  { key: "DAYS_7_TO_30", fromDays: 7, toDays: 30 },
  { key: "OVER_30_DAYS", fromDays: 30, toDays: null },
] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number]["key"];
