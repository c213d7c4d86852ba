// Service targets on the business clock and pause (workflow 5): an order in hours is due after that many office
// hours; pausing it stops its clock and resuming moves its due date by the business time it was paused.
// Hand-checked on the calendar of late 2026 (office 08:00–15:00 in Sinaloa, UTC−7).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection } from "../support/factories.ts";
import { dueDateFor } from "../../server/src/modules/service-target/due-date.ts";
import { pausedSummary } from "../../server/src/modules/service-target/pause.service.ts";

const local = (text: string) => new Date(`${text.replace(" ", "T")}:00-07:00`);
const FIELDS = "folio dueAt pausedAt pauseReason pausedBusinessMinutes escalationLevel";
const PAUSE = `mutation($input: PauseWorkOrderInput!) { pauseWorkOrder(input: $input) { workOrder { ${FIELDS} } userErrors { field message code } } }`;
const ACTIONS = "query($id: ID!) { node(id: $id) { ... on WorkOrder { availableActions } } }";
const COMPLETE = "mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { workOrder { status } userErrors { field message code } } }";
const START = "mutation($i: StartWorkOrderInput!) { startWorkOrder(input: $i) { workOrder { status } userErrors { field message code } } }";
const COMPLAINT_FIELDS = "status pausedAt pauseReason pausedBusinessMinutes";
const COMPLAINT_ACTIONS = "query($id: ID!) { node(id: $id) { ... on Complaint { availableActions } } }";
const PAUSE_COMPLAINT = `mutation($input: PauseComplaintInput!) { pauseComplaint(input: $input) { complaint { ${COMPLAINT_FIELDS} } userErrors { field message code } } }`;
const RESUME_COMPLAINT = `mutation($input: ResumeComplaintInput!) { resumeComplaint(input: $input) { complaint { ${COMPLAINT_FIELDS} } userErrors { field message code } } }`;
const ADVICE = `mutation($i: RecordAdviceInput!) { recordAdvice(input: $i) { complaint { ${COMPLAINT_FIELDS} } userErrors { field message code } } }`;
const RESUME = `mutation($input: ResumeWorkOrderInput!) { resumeWorkOrder(input: $input) { workOrder { ${FIELDS} } userErrors { field message code } } }`;

it("should say how long a resumed order was paused, or that its pause cost no office time", () => {
  expect(pausedSummary(90)).toBe("1 h 30 min hábiles en pausa");
  expect(pausedSummary(0)).toBe("en pausa fuera del horario de oficina");
});

describe.each([
  ["PostgreSQL", createPostgresDatabase],
  ["PGlite", createPGliteDatabase],
])("the business clock on %s", (_name, create) => {
  let database: TestDatabase;
  let app: App;
  let now = local("2026-11-30 10:00");
  let callers: Awaited<ReturnType<typeof callersByRole>>;
  let orderId: string;
  let connectionId: number;

  beforeAll(async () => {
    database = await create();
    app = await createTestApp(database.db, { now: () => now });
    callers = await callersByRole(database.db);
    await database.db.session.updateMany({ data: { expiresAt: new Date("2030-01-01T00:00:00Z") } });
    connectionId = (await createConnection(database.db)).id;
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("should give a target in hours a due date in office hours, and one in days the same hour N business days later", async () => {
    const db = database.db as never;
    // Monday 10:00 + 24 office hours: Monday 5, Tuesday 7, Wednesday 7, Thursday 5 → Thursday 13:00
    expect(await dueDateFor(db, "LEAK_REPAIR", local("2026-11-30 10:00"))).toEqual(local("2026-12-03 13:00"));
    // Thursday 24 December 14:00 + 24 h: 1 h that day, the 25th is a federal holiday, then 7 + 7 + 7 → Thursday 31 December 10:00
    expect(await dueDateFor(db, "LEAK_REPAIR", local("2026-12-24 14:00"))).toEqual(local("2026-12-31 10:00"));
    // 3 business days from Thursday 24 December 11:00, skipping the holiday and the weekend: Wednesday 30 December 11:00
    expect(await dueDateFor(db, "VERIFICATION", local("2026-12-24 11:00"))).toEqual(local("2026-12-30 11:00"));
    // the office hours are a setting
    await database.db.setting.createMany({ data: [{ key: "officeOpensAtHour", value: 9 }, { key: "officeClosesAtHour", value: 17 }] });
    expect(await dueDateFor(db, "LEAK_REPAIR", local("2026-11-30 10:00"))).toEqual(local("2026-12-03 10:00"));
    await database.db.setting.deleteMany({ where: { key: { in: ["officeOpensAtHour", "officeClosesAtHour"] } } });
  });

  it("should pause an open order with the reason, in history and audit, and refuse a second pause", async () => {
    const order = await database.db.workOrder.create({
      data: { folio: "OF-2026-000001", type: "LEAK_REPAIR", status: "ISSUED", connectionId, department: "FOLLOW_UP", issuedAt: local("2026-11-30 10:00"), dueAt: local("2026-12-03 13:00") },
    });
    orderId = toGlobalId("WorkOrder", order.id);
    now = local("2026-12-01 09:00");
    const empty = await run(app, PAUSE, { input: { workOrderId: orderId, reason: "  " } }, callers.HEAD.token);
    expect(empty.data.pauseWorkOrder.userErrors).toEqual([{ field: "reason", message: "Indique qué se espera del usuario", code: "BAD_USER_INPUT" }]);

    const paused = await run(app, PAUSE, { input: { workOrderId: orderId, reason: "El usuario traerá la autorización del propietario" } }, callers.HEAD.token);
    expect(paused.data.pauseWorkOrder).toEqual({
      workOrder: { folio: "OF-2026-000001", dueAt: local("2026-12-03 13:00").toISOString(), pausedAt: now.toISOString(), pauseReason: "El usuario traerá la autorización del propietario", pausedBusinessMinutes: 0, escalationLevel: 0 },
      userErrors: [],
    });
    const again = await run(app, PAUSE, { input: { workOrderId: orderId, reason: "Otra vez" } }, callers.HEAD.token);
    expect(again.data.pauseWorkOrder.userErrors).toEqual([{ field: null, message: "La orden OF-2026-000001 ya está en pausa", code: "CONFLICT" }]);
    const audit = await database.db.auditEntry.findMany({ where: { action: "workOrder.pause" } });
    expect(audit).toHaveLength(1);
  });

  it("should move the due date by the business time paused when resumed, and say so in the history", async () => {
    // paused Tuesday 09:00 with 18 office hours left; resumed Monday 7 December 10:00 after 29 office hours
    now = local("2026-12-07 10:00");
    const resumed = await run(app, RESUME, { input: { workOrderId: orderId } }, callers.HEAD.token);
    expect(resumed.data.resumeWorkOrder).toEqual({
      // 18 h from Monday 10:00: Monday 5, Tuesday 7, Wednesday 6 → Wednesday 9 December 14:00
      workOrder: { folio: "OF-2026-000001", dueAt: local("2026-12-09 14:00").toISOString(), pausedAt: null, pauseReason: null, pausedBusinessMinutes: 29 * 60, escalationLevel: 0 },
      userErrors: [],
    });
    const history = await database.db.historyEvent.findMany({ where: { connectionId }, orderBy: { id: "asc" } });
    expect(history.map((h) => [h.summary, h.details])).toEqual([
      ["Reparación de fuga OF-2026-000001 en pausa: se espera al usuario", { notes: "El usuario traerá la autorización del propietario" }],
      ["Reparación de fuga OF-2026-000001 reanudada: 29 h hábiles en pausa", {}],
    ]);
    const notPaused = await run(app, RESUME, { input: { workOrderId: orderId } }, callers.HEAD.token);
    expect(notPaused.data.resumeWorkOrder.userErrors).toEqual([{ field: null, message: "La orden OF-2026-000001 no está en pausa", code: "CONFLICT" }]);
  });

  it("should let only those who may see the order pause it", async () => {
    const verifier = await run(app, PAUSE, { input: { workOrderId: orderId, reason: "x" } }, callers.VERIFIER.token);
    expect(verifier.data.pauseWorkOrder.userErrors).toEqual([{ field: null, message: "La orden no existe o no está a su alcance", code: "NOT_FOUND" }]);
    const manager = await run(app, PAUSE, { input: { workOrderId: orderId, reason: "x" } }, callers.MANAGER.token);
    expect(manager.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });

  it("should leave pausing to whoever works the order and to the head, not to a desk that only sees it", async () => {
    const row = await database.db.workOrder.create({
      data: { folio: "OF-2026-000090", type: "SERVICE_LIMITATION", status: "ISSUED", connectionId, department: "COLLECTIONS", issuedAt: local("2026-12-07 10:00"), dueAt: local("2026-12-10 13:00") },
    });
    const id = toGlobalId("WorkOrder", row.id);
    const offered = async (token: string) => (await run(app, ACTIONS, { id }, token)).data.node.availableActions;
    expect(await offered(callers.FRONT_DESK.token)).not.toContain("pause");
    const desk = await run(app, PAUSE, { input: { workOrderId: id, reason: "El usuario pagará mañana" } }, callers.FRONT_DESK.token);
    expect(desk.data.pauseWorkOrder.userErrors).toEqual([{ field: null, message: "No le corresponde esta acción sobre la orden OF-2026-000090", code: "FORBIDDEN" }]);
    expect(await offered(callers.COLLECTIONS.token)).toContain("pause");
    expect(await offered(callers.HEAD.token)).toContain("pause");
    const head = await run(app, PAUSE, { input: { workOrderId: id, reason: "El usuario pagará mañana" } }, callers.HEAD.token);
    expect(head.data.pauseWorkOrder.userErrors).toEqual([]);
  });

  it("should offer pause on a running order and resume on a paused one, and hold start and completion until it is resumed", async () => {
    const row = await database.db.workOrder.create({
      data: {
        folio: "OF-2026-000002", type: "LEAK_REPAIR", status: "ASSIGNED", connectionId, department: "FOLLOW_UP", assigneeId: callers.FOLLOW_UP.staffId,
        issuedAt: local("2026-12-07 10:00"), dueAt: local("2026-12-10 13:00"),
      },
    });
    const id = toGlobalId("WorkOrder", row.id);
    const holder = callers.FOLLOW_UP.token;
    const offered = async (token: string) => (await run(app, ACTIONS, { id }, token)).data.node.availableActions;
    expect(await offered(holder)).toEqual(["start", "pause", "complete"]);
    expect(await offered(callers.HEAD.token)).toEqual(["reassign", "pause", "cancel"]);

    now = local("2026-12-07 11:00");
    expect((await run(app, PAUSE, { input: { workOrderId: id, reason: "Se espera que el usuario abra el predio" } }, holder)).data.pauseWorkOrder.userErrors).toEqual([]);
    expect(await offered(holder)).toEqual(["resume"]);
    expect(await offered(callers.HEAD.token)).toEqual(["reassign", "resume", "cancel"]);
    const complete = await run(app, COMPLETE, { i: { workOrderId: id, notes: "Reparada" } }, holder);
    expect(complete.data.completeWorkOrder.userErrors).toEqual([{ field: null, message: "La orden OF-2026-000002 está en pausa: reanúdela antes de continuar", code: "CONFLICT" }]);
    const start = await run(app, START, { i: { workOrderId: id } }, holder);
    expect(start.data.startWorkOrder.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    expect((await database.db.workOrder.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("ASSIGNED");

    // an hour of office time paused: the due date moves by that hour
    now = local("2026-12-07 12:00");
    const resumed = await run(app, RESUME, { input: { workOrderId: id } }, holder);
    expect(resumed.data.resumeWorkOrder.workOrder).toMatchObject({ dueAt: local("2026-12-10 14:00").toISOString(), pausedAt: null, pausedBusinessMinutes: 60 });
    expect(await offered(holder)).toEqual(["start", "pause", "complete"]);
    expect((await run(app, COMPLETE, { i: { workOrderId: id, notes: "Reparada" } }, holder)).data.completeWorkOrder.userErrors).toEqual([]);
    const closed = await run(app, PAUSE, { input: { workOrderId: id, reason: "Tarde" } }, holder);
    expect(closed.data.pauseWorkOrder.userErrors).toEqual([{ field: null, message: "La orden OF-2026-000002 está solventada", code: "CONFLICT" }]);
    const audit = await database.db.auditEntry.findMany({ where: { entityType: "WorkOrder", entityId: String(row.id) }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["workOrder.pause", "workOrder.resume", "workOrder.complete"]);
  });

  it("should pause and resume a complaint waiting on the customer, adding up the business time, and end the pause when it closes", async () => {
    const complaint = await database.db.complaint.create({
      data: {
        folio: "Q-2026-000001", kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", status: "VERIFIED", connectionId,
        reporterName: "Rosa Inzunza", description: "Recibo alto", createdAt: local("2026-12-07 09:00"),
      },
    });
    await database.db.workOrder.create({
      data: {
        folio: "OV-2026-000001", type: "VERIFICATION", status: "COMPLETED", verificationOutcome: "NORMAL", complaintId: complaint.id, connectionId,
        issuedAt: local("2026-12-07 09:00"), dueAt: local("2026-12-10 09:00"), completedAt: local("2026-12-07 12:00"),
      },
    });
    const id = toGlobalId("Complaint", complaint.id);
    const offered = async () => (await run(app, COMPLAINT_ACTIONS, { id }, callers.FRONT_DESK.token)).data.node.availableActions;
    expect(await offered()).toEqual(["recordAdvice", "pause"]);

    now = local("2026-12-08 09:00");
    const paused = await run(app, PAUSE_COMPLAINT, { input: { complaintId: id, reason: "Traerá su último recibo pagado" } }, callers.FRONT_DESK.token);
    expect(paused.data.pauseComplaint).toEqual({ complaint: { status: "VERIFIED", pausedAt: now.toISOString(), pauseReason: "Traerá su último recibo pagado", pausedBusinessMinutes: 0 }, userErrors: [] });
    expect(await offered()).toEqual(["recordAdvice", "resume"]);
    const twice = await run(app, PAUSE_COMPLAINT, { input: { complaintId: id, reason: "Otra" } }, callers.HEAD.token);
    expect(twice.data.pauseComplaint.userErrors).toEqual([{ field: "complaintId", message: "La queja Q-2026-000001 ya está en pausa", code: "CONFLICT" }]);
    for (const role of ["MANAGER", "COLLECTIONS", "AUDITOR"] as const) {
      const refused = await run(app, RESUME_COMPLAINT, { input: { complaintId: id } }, callers[role].token);
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    }

    // a whole office day later (Tuesday 09:00 to Wednesday 09:00: 7 business hours)
    now = local("2026-12-09 09:00");
    const resumed = await run(app, RESUME_COMPLAINT, { input: { complaintId: id } }, callers.FRONT_DESK.token);
    expect(resumed.data.resumeComplaint).toEqual({ complaint: { status: "VERIFIED", pausedAt: null, pauseReason: null, pausedBusinessMinutes: 7 * 60 }, userErrors: [] });
    const notPaused = await run(app, RESUME_COMPLAINT, { input: { complaintId: id } }, callers.FRONT_DESK.token);
    expect(notPaused.data.resumeComplaint.userErrors).toEqual([{ field: "complaintId", message: "La queja Q-2026-000001 no está en pausa", code: "CONFLICT" }]);

    // paused again at 10:00; the customer comes back at 12:00 and the advice closes it, ending the pause
    now = local("2026-12-09 10:00");
    expect((await run(app, PAUSE_COMPLAINT, { input: { complaintId: id, reason: "Volverá con el titular" } }, callers.FRONT_DESK.token)).data.pauseComplaint.userErrors).toEqual([]);
    now = local("2026-12-09 12:00");
    const advice = await run(app, ADVICE, { i: { complaintId: id, advice: "Revisar fugas internas y vigilar el medidor" } }, callers.FRONT_DESK.token);
    expect(advice.data.recordAdvice).toEqual({ complaint: { status: "CLOSED", pausedAt: null, pauseReason: null, pausedBusinessMinutes: 9 * 60 }, userErrors: [] });

    const history = await database.db.historyEvent.findMany({ where: { complaintId: complaint.id, type: "NOTE" }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.summary)).toEqual([
      "Queja Q-2026-000001 en pausa: se espera al usuario",
      "Queja Q-2026-000001 reanudada: 7 h hábiles en pausa",
      "Queja Q-2026-000001 en pausa: se espera al usuario",
    ]);
    const audit = await database.db.auditEntry.findMany({ where: { entityType: "Complaint", entityId: String(complaint.id) }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["complaint.pause", "complaint.resume", "complaint.pause", "complaint.recordAdvice"]);
  });
});
