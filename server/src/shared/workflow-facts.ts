// Facts of the department's workflows that the API and the portal both need. Keep it free of runtime imports.
import type { ComplaintCategory, ComplaintStatus, WorkOrderStatus } from "../generated/prisma/enums.ts";

/** Complaints that the manual answers at once with a verification order (meter / excess consumption). */
export const VERIFICATION_CATEGORIES: ComplaintCategory[] = ["EXCESS_CONSUMPTION", "METER_MALFUNCTION"];

/** A complaint is open until it is resolved, closed or cancelled. */
export const OPEN_COMPLAINT_STATUSES: ComplaintStatus[] = ["OPEN", "IN_VERIFICATION", "VERIFIED"];

/** An order is open until it is completed or cancelled. */
export const OPEN_WORK_ORDER_STATUSES: WorkOrderStatus[] = ["ISSUED", "ASSIGNED", "IN_PROGRESS"];
