// Completing each type of order with its typed result, and what follows: workflow 1's end (external leak, advice),
// workflow 2 (reconnection), limitation and meter replacement. On both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkOrderType } from "../../server/src/generated/prisma/enums.ts";
import type { App } from "../../server/src/app.ts";
import { idOf, toGlobalId } from "../../server/src/shared/global-id.ts";
import { dueDateFor } from "../../server/src/modules/service-target/due-date.ts";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection, sessionToken } from "../support/factories.ts";

const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { complaint { id } workOrder { id assignee { id } } userErrors { field code } } }`;
const VERIFY = `mutation($i: CompleteVerificationInput!) {
  completeVerification(input: $i) { workOrder { status } followUpOrder { id folio type status department observations } userErrors { field code message } }
}`;
const COMPLETE = `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { workOrder { status limitationResult resultNotes } userErrors { field code message } } }`;
const ADVICE = `mutation($i: RecordAdviceInput!) { recordAdvice(input: $i) { complaint { status resolution } userErrors { field code message } } }`;
const RECONNECT = `mutation($i: RequestReconnectionInput!) {
  requestReconnection(input: $i) {
    workOrder { id folio type status department observations dueAt issuedAt connection { controlNumber street exteriorNumber holder { fullName } locality { name } } }
    userErrors { field code message }
  }
}`;
const COMPLAINT = `query($id: ID!) { node(id: $id) { ... on Complaint { status availableActions workOrders { type verificationOutcome } } } }`;

describe.each([
  ["PostgreSQL", createPostgresDatabase],
  ["PGlite", createPGliteDatabase],
] as const)("order results on %s", (_name, createDatabase) => {
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

  /** A meter complaint filed at the counter and its verification completed by the assigned verifier. */
  async function verified(outcome: "NORMAL" | "EXTERNAL_LEAK" | "METER_OVER_REGISTERING") {
    const connection = await createConnection(database.db);
    const input = { connectionId: toGlobalId("ServiceConnection", connection.id), kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", description: "Recibo alto" };
    const filed = (await run(app, FILE, { i: input }, callers.FRONT_DESK.token)).data.fileComplaint;
    const verifier = await sessionToken(database.db, idOf("Staff", filed.workOrder.assignee.id));
    const result = await run(app, VERIFY, { i: { workOrderId: filed.workOrder.id, outcome, excessM3: outcome === "METER_OVER_REGISTERING" ? "8" : null, notes: "Fuga en la banqueta" } }, verifier);
    expect(result.data.completeVerification.userErrors).toEqual([]);
    return { connection, complaintId: filed.complaint.id as string, result: result.data.completeVerification };
  }

  async function order(type: WorkOrderType, connectionId: number, department = type === "METER_REPLACEMENT" ? "REGISTRY" : "COLLECTIONS") {
    const row = await database.db.workOrder.create({
      data: { folio: `X-${type}-${connectionId}`, type, status: "ASSIGNED", connectionId, department: department as never, dueAt: new Date(Date.now() + 86_400_000) },
    });
    return { row, id: toGlobalId("WorkOrder", row.id) };
  }

  describe("completing a verification (workflow 1)", () => {
    it("should issue the LEAK_REPAIR to FOLLOW_UP at once when the verifier finds an external leak, and resolve the complaint when it is repaired", async () => {
      const { connection, complaintId, result } = await verified("EXTERNAL_LEAK");

      expect(result.followUpOrder).toMatchObject({ type: "LEAK_REPAIR", status: "ISSUED", department: "FOLLOW_UP" });
      expect(result.followUpOrder.folio).toMatch(/^OF-\d{4}-\d{6}$/);
      expect(result.followUpOrder.observations).toContain("Fuga en la banqueta");
      expect((await run(app, COMPLAINT, { id: complaintId }, callers.FRONT_DESK.token)).data.node.status).toBe("VERIFIED");

      const repaired = await run(app, COMPLETE, { i: { workOrderId: result.followUpOrder.id, notes: "Se reparó la toma en la banqueta" } }, callers.FOLLOW_UP.token);

      expect(repaired.data.completeWorkOrder.userErrors).toEqual([]);
      const complaint = await database.db.complaint.findFirstOrThrow({ where: { connectionId: connection.id } });
      expect(complaint).toMatchObject({ status: "RESOLVED", resolution: "Se reparó la toma en la banqueta" });
      expect(complaint.resolvedAt).not.toBeNull();
      const last = await database.db.historyEvent.findFirstOrThrow({ where: { connectionId: connection.id, type: "WORK_ORDER_COMPLETED" }, orderBy: { id: "desc" } });
      expect(last.details).toEqual({ notes: "Se reparó la toma en la banqueta" });
      expect(last.actorId).toBe(callers.FOLLOW_UP.staffId);
    });

    it("should refuse a leak repair's result without its note and change nothing", async () => {
      const { result } = await verified("EXTERNAL_LEAK");
      const refused = await run(app, COMPLETE, { i: { workOrderId: result.followUpOrder.id, notes: " " } }, callers.FOLLOW_UP.token);
      expect(refused.data.completeWorkOrder.userErrors).toEqual([expect.objectContaining({ field: "notes", code: "BAD_USER_INPUT" })]);
      expect((await database.db.workOrder.findFirstOrThrow({ where: { folio: result.followUpOrder.folio } })).status).toBe("ISSUED");
    });

    it("should leave a NORMAL complaint waiting for the customer, then close it with the advice recorded at the counter", async () => {
      const { connection, complaintId, result } = await verified("NORMAL");
      expect(result.followUpOrder).toBeNull();
      const waiting = (await run(app, COMPLAINT, { id: complaintId }, callers.FRONT_DESK.token)).data.node;
      expect(waiting).toMatchObject({ status: "VERIFIED", availableActions: ["recordAdvice", "pause"] });
      expect((await run(app, COMPLAINT, { id: complaintId }, callers.REGISTRY.token)).data.node.availableActions).toEqual([]);

      const advice = "Revisar fugas internas, racionar el agua y vigilar el medidor para no pasar del mínimo";
      const closed = await run(app, ADVICE, { i: { complaintId, advice } }, callers.FRONT_DESK.token);

      expect(closed.data.recordAdvice).toEqual({ complaint: { status: "CLOSED", resolution: advice }, userErrors: [] });
      const last = await database.db.historyEvent.findFirstOrThrow({ where: { connectionId: connection.id }, orderBy: { id: "desc" } });
      expect(last).toMatchObject({ type: "ADVICE_GIVEN", details: { notes: advice }, actorId: callers.FRONT_DESK.staffId });
      const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "complaint.recordAdvice" }, orderBy: { id: "desc" } });
      expect(audit.after).toMatchObject({ status: "CLOSED" });

      const again = await run(app, ADVICE, { i: { complaintId, advice } }, callers.HEAD.token);
      expect(again.data.recordAdvice.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    });

    it("should mark an over-registering complaint VERIFIED and refuse advice on it (its way out is the adjustment)", async () => {
      const { complaintId } = await verified("METER_OVER_REGISTERING");
      const complaint = (await run(app, COMPLAINT, { id: complaintId }, callers.FRONT_DESK.token)).data.node;
      expect(complaint).toMatchObject({ status: "VERIFIED", availableActions: ["pause"] });
      const auditBefore = await database.db.auditEntry.count();
      const refused = await run(app, ADVICE, { i: { complaintId, advice: "Vigilar el medidor" } }, callers.FRONT_DESK.token);
      expect(refused.data.recordAdvice.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT", field: "complaintId" })]);
      expect(await database.db.auditEntry.count()).toBe(auditBefore);
    });

    it("should refuse completeWorkOrder on a verification (it keeps completeVerification)", async () => {
      const connection = await createConnection(database.db);
      const input = { connectionId: toGlobalId("ServiceConnection", connection.id), kind: "COMPLAINT", category: "METER_MALFUNCTION", channel: "PHONE", description: "Medidor roto" };
      const filed = (await run(app, FILE, { i: input }, callers.FRONT_DESK.token)).data.fileComplaint;
      const verifier = await sessionToken(database.db, idOf("Staff", filed.workOrder.assignee.id));
      const refused = await run(app, COMPLETE, { i: { workOrderId: filed.workOrder.id, notes: "x" } }, verifier);
      expect(refused.data.completeWorkOrder.userErrors).toEqual([expect.objectContaining({ field: "workOrderId", code: "BAD_USER_INPUT" })]);
    });
  });

  describe("reconnection (workflow 2)", () => {
    it("should refuse a connection that owes, stating the amount, and one that is not limited", async () => {
      const owes = await createConnection(database.db, { status: "LIMITED", balance: "1533.90" });
      const refused = await run(app, RECONNECT, { i: { connectionId: toGlobalId("ServiceConnection", owes.id) } }, callers.FRONT_DESK.token);
      expect(refused.data.requestReconnection.userErrors).toEqual([expect.objectContaining({ field: "connectionId", code: "CONFLICT", message: expect.stringContaining("$1,533.90") })]);

      const active = await createConnection(database.db, { status: "ACTIVE", balance: "0" });
      const notLimited = await run(app, RECONNECT, { i: { connectionId: toGlobalId("ServiceConnection", active.id) } }, callers.HEAD.token);
      expect(notLimited.data.requestReconnection.userErrors).toEqual([expect.objectContaining({ field: "connectionId", code: "CONFLICT" })]);
      expect(await database.db.workOrder.count({ where: { connectionId: { in: [owes.id, active.id] } } })).toBe(0);
    });

    it("should issue one RECONNECTION order carrying the holder, address and observation, due by its 24 office-hour target, and make the connection ACTIVE when completed", async () => {
      const connection = await createConnection(database.db, { status: "LIMITED", balance: "-20.00", holderName: "Rosario Zazueta Báez" });
      const id = toGlobalId("ServiceConnection", connection.id);

      const issued = await run(app, RECONNECT, { i: { connectionId: id } }, callers.FRONT_DESK.token);

      const order = issued.data.requestReconnection.workOrder;
      expect(issued.data.requestReconnection.userErrors).toEqual([]);
      expect(order).toMatchObject({ type: "RECONNECTION", status: "ISSUED", department: "COLLECTIONS", observations: "Reinstalación de servicio" });
      expect(order.folio).toMatch(/^OR-\d{4}-\d{6}$/);
      expect(order.connection).toMatchObject({ controlNumber: connection.controlNumber, street: connection.street, holder: { fullName: "Rosario Zazueta Báez" } });
      expect(order.connection.locality.name).toBeTruthy();
      // the 24 h target counts office hours on the business clock (issue 7), so the due date comes from that clock
      expect(new Date(order.dueAt)).toEqual(await dueDateFor(database.db, "RECONNECTION", new Date(order.issuedAt)));
      expect(new Date(order.dueAt).getTime() - new Date(order.issuedAt).getTime()).toBeGreaterThanOrEqual(24 * 3_600_000);

      const twice = await run(app, RECONNECT, { i: { connectionId: id } }, callers.FRONT_DESK.token);
      expect(twice.data.requestReconnection.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT", message: expect.stringContaining(order.folio) })]);

      const done = await run(app, COMPLETE, { i: { workOrderId: order.id, notes: "Se retiró el limitador" } }, callers.COLLECTIONS.token);
      expect(done.data.completeWorkOrder.userErrors).toEqual([]);
      expect((await database.db.serviceConnection.findUniqueOrThrow({ where: { id: connection.id } })).status).toBe("ACTIVE");
      const history = await database.db.historyEvent.findMany({ where: { connectionId: connection.id }, orderBy: { id: "asc" } });
      expect(history.map((h) => h.type)).toEqual(["WORK_ORDER_ISSUED", "WORK_ORDER_COMPLETED", "STATUS_CHANGED"]);
      expect(history[2].summary).toContain("activa");
      const audit = await database.db.auditEntry.findMany({ where: { entityType: "ServiceConnection", entityId: String(connection.id), action: "connection.status" } });
      expect(audit).toHaveLength(1);
      expect(audit[0].before).toMatchObject({ status: "LIMITED" });
    });

    it("should issue exactly one order when the counter asks twice at once", async () => {
      const connection = await createConnection(database.db, { status: "LIMITED", balance: "0" });
      const id = toGlobalId("ServiceConnection", connection.id);
      const results = await Promise.all(Array.from({ length: 5 }, () => run(app, RECONNECT, { i: { connectionId: id } }, callers.FRONT_DESK.token)));
      expect(results.filter((r) => r.data.requestReconnection.userErrors.length === 0)).toHaveLength(1);
      expect(await database.db.workOrder.count({ where: { connectionId: connection.id, type: "RECONNECTION" } })).toBe(1);
    });
  });

  describe("limitation and meter replacement results", () => {
    it("should mark the connection LIMITED with history when the crew limits it, and leave it alone otherwise", async () => {
      const limited = await createConnection(database.db, { balance: "900" });
      const first = await order("SERVICE_LIMITATION", limited.id);
      const result = await run(app, COMPLETE, { i: { workOrderId: first.id, limitationResult: "LIMITED", notes: "Limitador instalado" } }, callers.COLLECTIONS.token);
      expect(result.data.completeWorkOrder).toEqual({ workOrder: { status: "COMPLETED", limitationResult: "LIMITED", resultNotes: "Limitador instalado" }, userErrors: [] });
      expect((await database.db.serviceConnection.findUniqueOrThrow({ where: { id: limited.id } })).status).toBe("LIMITED");
      expect(await database.db.historyEvent.count({ where: { connectionId: limited.id, type: "STATUS_CHANGED" } })).toBe(1);

      const paid = await createConnection(database.db, { balance: "900" });
      const second = await order("SERVICE_LIMITATION", paid.id);
      await run(app, COMPLETE, { i: { workOrderId: second.id, limitationResult: "PAID_ON_SITE" } }, callers.COLLECTIONS.token);
      expect((await database.db.serviceConnection.findUniqueOrThrow({ where: { id: paid.id } })).status).toBe("ACTIVE");
    });

    it("should refuse a limitation without its result, or with another type's result, naming the field", async () => {
      const connection = await createConnection(database.db);
      const { row, id } = await order("SERVICE_LIMITATION", connection.id);
      const missing = await run(app, COMPLETE, { i: { workOrderId: id } }, callers.COLLECTIONS.token);
      expect(missing.data.completeWorkOrder.userErrors).toEqual([expect.objectContaining({ field: "limitationResult", code: "BAD_USER_INPUT" })]);
      const foreign = await run(app, COMPLETE, { i: { workOrderId: id, limitationResult: "LIMITED", newMeter: { serialNumber: "A1", initialReadingM3: "0", installedOn: "2026-01-02" } } }, callers.COLLECTIONS.token);
      expect(foreign.data.completeWorkOrder.userErrors).toEqual([expect.objectContaining({ field: "newMeter", code: "BAD_USER_INPUT" })]);
      expect(await database.db.workOrder.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
    });

    it("should retire the old meter and install the new one with its reading when registry completes a replacement", async () => {
      const connection = await createConnection(database.db);
      const { id } = await order("METER_REPLACEMENT", connection.id);
      const newMeter = { serialNumber: `nuevo-${connection.id}`, brand: "Badger", initialReadingM3: "3.5", installedOn: "2026-01-05" };

      const result = await run(app, COMPLETE, { i: { workOrderId: id, newMeter } }, callers.REGISTRY.token);

      expect(result.data.completeWorkOrder.userErrors).toEqual([]);
      const meters = await database.db.meter.findMany({ where: { connectionId: connection.id }, orderBy: { id: "asc" } });
      expect(meters).toHaveLength(2);
      expect(meters[0].removedAt?.toISOString().slice(0, 10)).toBe("2026-01-05");
      expect(meters[1]).toMatchObject({ serialNumber: `NUEVO-${connection.id}`, removedAt: null });
      expect(meters[1].lastReadingM3.toFixed(2)).toBe("3.50");
      const replaced = await database.db.historyEvent.findFirstOrThrow({ where: { connectionId: connection.id, type: "METER_REPLACED" } });
      expect(replaced.summary).toContain(meters[0].serialNumber);
      expect(replaced.summary).toContain("3.50 m³");
    });

    it("should refuse a serial already in use or an installation date in the future, and change nothing", async () => {
      const connection = await createConnection(database.db);
      const { row, id } = await order("METER_REPLACEMENT", connection.id);
      const taken = (await database.db.meter.findFirstOrThrow({ where: { connectionId: connection.id } })).serialNumber;
      const auditBefore = await database.db.auditEntry.count();

      const duplicate = await run(app, COMPLETE, { i: { workOrderId: id, newMeter: { serialNumber: taken, initialReadingM3: "0", installedOn: "2026-01-05" } } }, callers.REGISTRY.token);
      const future = await run(app, COMPLETE, { i: { workOrderId: id, newMeter: { serialNumber: "OTRO-1", initialReadingM3: "0", installedOn: "2099-01-05" } } }, callers.REGISTRY.token);
      const overflow = await run(app, COMPLETE, { i: { workOrderId: id, newMeter: { serialNumber: "OTRO-2", initialReadingM3: "100000000.00", installedOn: "2026-01-05" } } }, callers.REGISTRY.token);

      expect(duplicate.data.completeWorkOrder.userErrors).toEqual([expect.objectContaining({ field: "newMeter.serialNumber", code: "BAD_USER_INPUT" })]);
      expect(future.data.completeWorkOrder.userErrors).toEqual([expect.objectContaining({ field: "newMeter.installedOn", code: "BAD_USER_INPUT" })]);
      // the meter's reading column is Decimal(10,2): 99,999,999.99 at most
      expect(overflow.data.completeWorkOrder.userErrors).toEqual([expect.objectContaining({ field: "newMeter.initialReadingM3", code: "BAD_USER_INPUT" })]);
      expect(await database.db.workOrder.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
      expect(await database.db.meter.count({ where: { connectionId: connection.id } })).toBe(1);
      expect(await database.db.auditEntry.count()).toBe(auditBefore);
    });
  });
});
