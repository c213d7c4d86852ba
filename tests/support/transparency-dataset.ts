// A hand-checked month (October 2026 on the utility's calendar, UTC−7: from 2026-10-01T07:00Z to 2026-11-01T07:00Z):
// every figure of OCTOBER_FIGURES was counted by hand from the rows built here; each row says where it counts.
import type { Db } from "../../server/src/db/client.ts";
import { createConnection, createStaff } from "./factories.ts";

const at = (iso: string) => new Date(iso);
let folio = 0;

export async function buildOctoberDataset(db: Db) {
  const clerk = await createStaff(db, ["FRONT_DESK"]);
  const connection = await createConnection(db);
  const complaint = (category: string, channel: string, createdAt: string, status = "OPEN", resolvedAt?: string) =>
    db.complaint.create({
      data: {
        folio: `Q-T-${++folio}`, kind: "COMPLAINT", category: category as never, channel: channel as never, status: status as never, description: "x",
        reporterName: "x", connectionId: connection.id, createdAt: at(createdAt), resolvedAt: resolvedAt ? at(resolvedAt) : null,
      },
    });
  const q1 = await complaint("EXCESS_CONSUMPTION", "IN_PERSON", "2026-10-01T07:00:00Z", "RESOLVED", "2026-10-01T17:00:00Z"); // first instant of October; 10 h
  const q2 = await complaint("WATER_LEAK", "PHONE", "2026-10-15T12:00:00Z", "RESOLVED", "2026-10-16T18:00:00Z"); // 30 h
  await complaint("BILLING", "IN_PERSON", "2026-10-31T23:00:00Z"); // 31 Oct, 16:00 local
  const q4 = await complaint("SEWER_LEAK", "WEB", "2026-11-01T06:59:00Z"); // 31 Oct, 23:59 local
  await complaint("WATER_LEAK", "PHONE", "2026-11-01T07:00:00Z"); // 1 Nov local: not October
  await complaint("NO_WATER", "PHONE", "2026-09-30T12:00:00Z", "RESOLVED", "2026-10-02T12:00:00Z"); // filed in September, resolved in October: 48 h

  const order = (type: string, status: string, issuedAt: string, dueAt: string, extra: Record<string, unknown> = {}) =>
    db.workOrder.create({ data: { folio: `O-T-${++folio}`, type: type as never, status: status as never, connectionId: connection.id, issuedAt: at(issuedAt), dueAt: at(dueAt), ...extra } });
  await order("VERIFICATION", "COMPLETED", "2026-10-01T08:00:00Z", "2026-10-06T08:00:00Z", { complaintId: q1.id, completedAt: at("2026-10-03T10:00:00Z"), verificationOutcome: "METER_OVER_REGISTERING", excessM3: "5" });
  await order("VERIFICATION", "COMPLETED", "2026-09-28T12:00:00Z", "2026-10-01T12:00:00Z", { completedAt: at("2026-10-02T12:00:00Z"), verificationOutcome: "NORMAL" }); // late
  await order("LEAK_REPAIR", "COMPLETED", "2026-10-15T13:00:00Z", "2026-10-16T13:00:00Z", { complaintId: q2.id, completedAt: at("2026-10-16T10:00:00Z") }); // on time
  // an external leak found by q1's verification: a repair order completed in October, but q1 is not a leak report
  await order("LEAK_REPAIR", "COMPLETED", "2026-10-03T11:00:00Z", "2026-10-04T11:00:00Z", { complaintId: q1.id, completedAt: at("2026-10-04T09:00:00Z") });
  await order("LEAK_REPAIR", "ASSIGNED", "2026-11-01T06:59:30Z", "2026-11-02T06:59:30Z", { complaintId: q4.id }); // issued 31 Oct local, due in November
  await order("RECONNECTION", "COMPLETED", "2026-10-20T16:00:00Z", "2026-10-21T16:00:00Z", { completedAt: at("2026-10-21T20:00:00Z") }); // late; 29 h after payment
  await order("RECONNECTION", "COMPLETED", "2026-10-25T16:00:00Z", "2026-10-26T16:00:00Z", { completedAt: at("2026-10-25T20:00:00Z") }); // 6 h after payment
  await order("SERVICE_LIMITATION", "CANCELLED", "2026-10-05T16:00:00Z", "2026-10-12T16:00:00Z"); // cancelled: never overdue
  await order("METER_REPLACEMENT", "ISSUED", "2026-10-10T16:00:00Z", "2026-10-17T16:00:00Z"); // still open past its due date

  const payment = (postedAt: string) =>
    db.ledgerEntry.create({ data: { connectionId: connection.id, kind: "PAYMENT", amount: "100.00", balanceAfter: "0", description: "Pago", postedAt: at(postedAt) } });
  await payment("2026-10-10T15:00:00Z");
  await payment("2026-10-20T15:00:00Z"); // the last one before the first reconnection order
  await payment("2026-10-20T17:00:00Z"); // after that order was issued: not its payment
  await payment("2026-10-25T14:00:00Z");

  const discount = (kind: string, status: string, amount: string, requestedAt: string, decidedAt?: string) =>
    db.discount.create({
      data: { kind: kind as never, status: status as never, connectionId: connection.id, amount, reason: "x", requestedById: clerk.id, requestedAt: at(requestedAt), decidedAt: decidedAt ? at(decidedAt) : null },
    });
  await discount("METER_ADJUSTMENT", "AUTHORIZED", "120.50", "2026-10-05T16:00:00Z", "2026-10-06T16:00:00Z");
  await discount("SOCIAL", "APPLIED", "59.25", "2026-09-25T16:00:00Z", "2026-10-01T16:00:00Z"); // requested in September, authorized in October
  await discount("SOCIAL", "REJECTED", "80.00", "2026-10-20T16:00:00Z", "2026-10-21T16:00:00Z");
  await discount("SOCIAL", "REQUESTED", "40.10", "2026-10-30T16:00:00Z");
}

export const OCTOBER_FIGURES = {
  complaintsFiled: 4,
  complaintsByCategory: [
    { key: "EXCESS_CONSUMPTION", count: 1 }, { key: "METER_MALFUNCTION", count: 0 }, { key: "WATER_LEAK", count: 1 }, { key: "SEWER_LEAK", count: 1 },
    { key: "NO_WATER", count: 0 }, { key: "LOW_PRESSURE", count: 0 }, { key: "WATER_QUALITY", count: 0 }, { key: "BILLING", count: 1 }, { key: "OTHER", count: 0 },
  ],
  complaintsByChannel: [{ key: "IN_PERSON", count: 2 }, { key: "PHONE", count: 1 }, { key: "WEB", count: 1 }, { key: "PARTNER", count: 0 }],
  complaintsByStatus: [
    { key: "OPEN", count: 2 }, { key: "FORWARDED", count: 0 }, { key: "IN_VERIFICATION", count: 0 }, { key: "VERIFIED", count: 0 }, { key: "RESOLVED", count: 2 }, { key: "CLOSED", count: 0 }, { key: "CANCELLED", count: 0 },
  ],
  // resolved in October: 10 h, 30 h, 48 h → median 30; p90 (interpolated) = 30 + 0.8 × 18 = 44.4
  complaintsResolved: 3,
  resolutionMedianHours: 30,
  resolutionP90Hours: 44.4,
  workOrdersByType: [
    { type: "VERIFICATION", issued: 1, completed: 2, overdue: 1 },
    { type: "METER_REPLACEMENT", issued: 1, completed: 0, overdue: 1 },
    { type: "RECONNECTION", issued: 2, completed: 2, overdue: 1 },
    { type: "LEAK_REPAIR", issued: 3, completed: 2, overdue: 0 },
    { type: "SERVICE_LIMITATION", issued: 1, completed: 0, overdue: 0 },
  ],
  verificationsByOutcome: [{ key: "METER_OVER_REGISTERING", count: 1 }, { key: "EXTERNAL_LEAK", count: 0 }, { key: "NORMAL", count: 1 }],
  discounts: [
    { decision: "REQUESTED", count: 3, amount: "240.60" },
    { decision: "AUTHORIZED", count: 2, amount: "179.75" },
    { decision: "REJECTED", count: 1, amount: "80.00" },
  ],
  // 29 h and 6 h after payment → median 17.5; p90 = 6 + 0.9 × 23 = 26.7
  reconnectionsCompleted: 2,
  reconnectionMedianHoursAfterPayment: 17.5,
  reconnectionP90HoursAfterPayment: 26.7,
  // leak reports (q2, q4), not repair orders: 2 LEAK_REPAIR orders were completed in October, 1 of them for q1
  leakReportsFiled: 2,
  leakReportsAttended: 1,
  leakReportsWithinTarget: 1,
};

