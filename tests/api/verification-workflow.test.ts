import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, errorCodes, run } from "../support/api.ts";
import { createConnection, createStaff, sessionToken } from "../support/factories.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import type { App } from "../../server/src/app.ts";

const FILE = `mutation File($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    complaint { id folio status category }
    workOrder { id folio type status dueAt assignee { username } }
    userErrors { field message code }
  }
}`;
const COMPLETE = `mutation Complete($input: CompleteVerificationInput!) {
  completeVerification(input: $input) {
    workOrder { id status verificationOutcome excessM3 completedAt }
    userErrors { field message code }
  }
}`;

const excessComplaint = (connectionId: string) => ({
  connectionId,
  kind: "COMPLAINT",
  category: "EXCESS_CONSUMPTION",
  channel: "IN_PERSON",
  description: "El recibo de octubre llegó con 45 m³ y en casa viven dos personas",
});

// The same workflow on both databases: the embedded one has its own driver adapter, with its own quirks.
describe.each([
  ["PostgreSQL", createPostgresDatabase],
  ["PGlite", createPGliteDatabase],
] as const)("meter complaint → verification workflow on %s", (_name, createDatabase) => {
  let database: TestDatabase;
  let app: App;
  let callers: Awaited<ReturnType<typeof callersByRole>>;

  beforeAll(async () => {
  database = await createDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  });
  afterAll(async () => {
  await app?.stop();
  await database?.drop();
  });

  async function tokenOfAssignee(username: string) {
  const staff = await database.db.staff.findUniqueOrThrow({ where: { username } });
  return sessionToken(database.db, staff.id);
  }

  it("should issue a verification order to the least-loaded verifier when an excess-consumption complaint is filed", async () => {
    const connection = await createConnection(database.db, { holderName: "María Félix Inzunza" });
    // the least-loaded verifier is not the oldest account: that one (the callers' verifier) has an open order, the
    // newer one only a completed order, which is no load
    const leastLoaded = await createStaff(database.db, ["VERIFIER"]);
    const other = await createConnection(database.db);
    const order = { type: "VERIFICATION", connectionId: other.id, dueAt: new Date() } as const;
    await database.db.workOrder.create({ data: { ...order, folio: "OV-1999-000001", status: "ASSIGNED", assigneeId: callers.VERIFIER.staffId } });
    await database.db.workOrder.create({ data: { ...order, folio: "OV-1999-000002", status: "COMPLETED", assigneeId: leastLoaded.id } });

    const result = await run(app, FILE, { input: excessComplaint(toGlobalId("ServiceConnection", connection.id)) }, callers.FRONT_DESK.token);

    expect(result.errors).toBeUndefined();
    const payload = result.data.fileComplaint;
    expect(payload.userErrors).toEqual([]);
    expect(payload.complaint.folio).toMatch(/^Q-\d{4}-\d{6}$/);
    expect(payload.complaint.status).toBe("IN_VERIFICATION");
    expect(payload.workOrder.folio).toMatch(/^OV-\d{4}-\d{6}$/);
    expect(payload.workOrder).toMatchObject({ type: "VERIFICATION", status: "ASSIGNED" });
    expect(payload.workOrder.assignee.username).toBe(leastLoaded.username);
    expect(new Date(payload.workOrder.dueAt).getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);

    const history = await database.db.historyEvent.findMany({ where: { connectionId: connection.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.type)).toEqual(["COMPLAINT_FILED", "WORK_ORDER_ISSUED"]);
    const audit = await database.db.auditEntry.findMany({ where: { requestId: { not: "" }, action: { in: ["complaint.file", "workOrder.issue"] }, entityId: { in: [String(history[0].complaintId), String(history[1].workOrderId)] } } });
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => a.actorRole === "FRONT_DESK")).toBe(true);
  });

  it("should record METER_OVER_REGISTERING with the excess m³ when the assigned verifier completes the order", async () => {
    const connection = await createConnection(database.db);
    const filed = await run(app, FILE, { input: excessComplaint(toGlobalId("ServiceConnection", connection.id)) }, callers.FRONT_DESK.token);
    const order = filed.data.fileComplaint.workOrder;
    const assigneeToken = await sessionToken(database.db, (await database.db.staff.findUniqueOrThrow({ where: { username: order.assignee.username } })).id);

    const result = await run(app, COMPLETE, { input: { workOrderId: order.id, outcome: "METER_OVER_REGISTERING", excessM3: "12", notes: "Medidor con engrane dañado" } }, assigneeToken);

    expect(result.data.completeVerification.userErrors).toEqual([]);
    expect(result.data.completeVerification.workOrder).toMatchObject({ status: "COMPLETED", verificationOutcome: "METER_OVER_REGISTERING", excessM3: "12.00" });
    const complaint = await database.db.complaint.findFirstOrThrow({ where: { connectionId: connection.id } });
    expect(complaint.status).toBe("VERIFIED");
    const last = await database.db.historyEvent.findFirstOrThrow({ where: { connectionId: connection.id }, orderBy: { id: "desc" } });
    expect(last.type).toBe("WORK_ORDER_COMPLETED");
    expect(last.summary).toContain("el medidor registra de más");
    expect(last.details).toEqual({ volumeM3: "12.00", notes: "Medidor con engrane dañado" });

    // the audit entry of the completion: who, what, the order before and after, and the request that did it
    const orderRow = await database.db.workOrder.findFirstOrThrow({ where: { connectionId: connection.id } });
    const audit = await database.db.auditEntry.findMany({ where: { action: "workOrder.complete", entityType: "WorkOrder", entityId: String(orderRow.id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorStaffId: orderRow.assigneeId, actorRole: "VERIFIER", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(audit[0].before).toMatchObject({ id: orderRow.id, status: "ASSIGNED", verificationOutcome: null, excessM3: null, completedAt: null });
    expect(audit[0].after).toMatchObject({ id: orderRow.id, status: "COMPLETED", verificationOutcome: "METER_OVER_REGISTERING", excessM3: "12", resultNotes: "Medidor con engrane dañado" });
    const issued = await database.db.auditEntry.findFirstOrThrow({ where: { action: "workOrder.issue", entityId: String(orderRow.id) } });
    expect(audit[0].requestId).not.toBe(issued.requestId);
  });

  it("should refuse METER_OVER_REGISTERING without excess m³ and change nothing", async () => {
    const connection = await createConnection(database.db);
    const filed = await run(app, FILE, { input: excessComplaint(toGlobalId("ServiceConnection", connection.id)) }, callers.FRONT_DESK.token);
    const orderId = filed.data.fileComplaint.workOrder.id;
    const token = await tokenOfAssignee(filed.data.fileComplaint.workOrder.assignee.username);
    const auditBefore = await database.db.auditEntry.count();

    const result = await run(app, COMPLETE, { input: { workOrderId: orderId, outcome: "METER_OVER_REGISTERING" } }, token);

    expect(result.data.completeVerification.userErrors).toEqual([expect.objectContaining({ field: "excessM3", code: "BAD_USER_INPUT" })]);
    const order = await database.db.workOrder.findFirstOrThrow({ where: { connectionId: connection.id } });
    expect(order.status).toBe("ASSIGNED");
    expect(await database.db.auditEntry.count()).toBe(auditBefore);
  });

  it("should answer NOT_FOUND when a verifier completes an order assigned to another verifier", async () => {
    const connection = await createConnection(database.db);
    const filed = await run(app, FILE, { input: excessComplaint(toGlobalId("ServiceConnection", connection.id)) }, callers.FRONT_DESK.token);
    const order = filed.data.fileComplaint.workOrder;
    const stranger = await createStaff(database.db, ["VERIFIER"]);

    const result = await run(app, COMPLETE, { input: { workOrderId: order.id, outcome: "NORMAL" } }, await sessionToken(database.db, stranger.id));

    expect(result.data.completeVerification.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    expect((await database.db.workOrder.findFirstOrThrow({ where: { connectionId: connection.id } })).status).toBe("ASSIGNED");
  });

  it("should answer CONFLICT when the order was already completed", async () => {
    const connection = await createConnection(database.db);
    const filed = await run(app, FILE, { input: excessComplaint(toGlobalId("ServiceConnection", connection.id)) }, callers.FRONT_DESK.token);
    const order = filed.data.fileComplaint.workOrder;
    const token = await tokenOfAssignee(order.assignee.username);
    await run(app, COMPLETE, { input: { workOrderId: order.id, outcome: "NORMAL" } }, token);

    const again = await run(app, COMPLETE, { input: { workOrderId: order.id, outcome: "EXTERNAL_LEAK" } }, token);

    expect(again.data.completeVerification.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    expect((await database.db.workOrder.findFirstOrThrow({ where: { connectionId: connection.id } })).verificationOutcome).toBe("NORMAL");
  });

  it("should answer an over-long description with a Spanish userError on that field and create nothing", async () => {
    const connection = await createConnection(database.db);
    const input = { ...excessComplaint(toGlobalId("ServiceConnection", connection.id)), description: "x".repeat(2001) };
    const result = await run(app, FILE, { input }, callers.FRONT_DESK.token);
    expect(result.errors).toBeUndefined();
    expect(result.data.fileComplaint.userErrors).toEqual([{ field: "description", code: "BAD_USER_INPUT", message: "Es obligatorio y admite hasta 2,000 caracteres" }]);
    expect(await database.db.complaint.count({ where: { connectionId: connection.id } })).toBe(0);
  });

  it("should refuse a meter complaint without a connection and create nothing", async () => {
    const before = await database.db.complaint.count();
    const result = await run(app, FILE, { input: { ...excessComplaint(""), connectionId: null } }, callers.FRONT_DESK.token);
    expect(result.data.fileComplaint.userErrors).toEqual([expect.objectContaining({ field: "connectionId", code: "BAD_USER_INPUT" })]);
    expect(await database.db.complaint.count()).toBe(before);
  });

  it.each(["MANAGER", "VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "CASHIER", "IT", "AUDITOR", "ADMIN"] as const)(
    "should refuse fileComplaint with FORBIDDEN when the caller is %s",
    async (role) => {
      const connection = await createConnection(database.db);
      const result = await run(app, FILE, { input: excessComplaint(toGlobalId("ServiceConnection", connection.id)) }, callers[role].token);
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
      expect(await database.db.complaint.count({ where: { connectionId: connection.id } })).toBe(0);
    },
  );

  it.each(["FRONT_DESK", "HEAD", "MANAGER", "AUDITOR", "ADMIN"] as const)("should refuse completeVerification with FORBIDDEN when the caller is %s", async (role) => {
    const connection = await createConnection(database.db);
    const filed = await run(app, FILE, { input: excessComplaint(toGlobalId("ServiceConnection", connection.id)) }, callers.FRONT_DESK.token);
    const result = await run(app, COMPLETE, { input: { workOrderId: filed.data.fileComplaint.workOrder.id, outcome: "NORMAL" } }, callers[role].token);
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
  });

  it("should answer UNAUTHENTICATED without a session", async () => {
    const result = await run(app, FILE, { input: excessComplaint("x") }, null);
    expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);
  });
});
