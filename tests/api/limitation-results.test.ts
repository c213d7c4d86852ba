// Workflow 4's return trip: a crew's list of results recorded at once (recordLimitationResults). Each row is its own
// transaction: the rows that fail are named with their reason and change nothing; the others are kept. LIMITED marks
// the connection LIMITED with history. On PostgreSQL and on the embedded database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { Operations } from "../../server/src/auth/policies.ts";
import { RECEIVING_ROLES } from "../../server/src/shared/workflow-facts.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection, createStaff, sessionToken } from "../support/factories.ts";

const NOW = new Date("2026-11-30T17:00:00Z");

const ISSUE = `mutation($input: IssueLimitationOrdersInput!) { issueLimitationOrders(input: $input) { orders { id folio } userErrors { message } } }`;
const RECORD = `mutation($input: RecordLimitationResultsInput!) {
  recordLimitationResults(input: $input) {
    recorded failed
    results { index workOrderId ok workOrder { folio status limitationResult resultNotes } error { field code message } }
    userErrors { field code message }
  }
}`;
const PAUSE = `mutation($input: PauseWorkOrderInput!) { pauseWorkOrder(input: $input) { userErrors { message } } }`;

it("should let the same roles record a crew's results as may complete a limitation order", () => {
  const completers = RECEIVING_ROLES.SERVICE_LIMITATION.filter((role) => Operations.workOnWorkOrder.includes(role));
  expect([...Operations.recordLimitationResults].sort()).toEqual([...completers].sort());
});

describe.each([
  ["PostgreSQL", createPostgresDatabase],
  ["PGlite", createPGliteDatabase],
])("a crew's limitation results on %s", (_name, create) => {
  let database: TestDatabase;
  let app: App;
  let callers: Awaited<ReturnType<typeof callersByRole>>;
  let orders: { id: string; folio: string; connectionId: number }[];
  let reconnectionId: string;

  beforeAll(async () => {
    database = await create();
    app = await createTestApp(database.db, { now: () => NOW });
    callers = await callersByRole(database.db);
    await database.db.session.updateMany({ data: { expiresAt: new Date("2030-01-01T00:00:00Z") } });
    const crew = await database.db.crew.create({ data: { name: "Cuadrilla Norte", leaderName: "Ramón Félix Soto" } });
    const connections: { id: number }[] = [];
    for (let i = 0; i < 6; i++) connections.push(await createConnection(database.db, { balance: "1200.00", controlNumber: `70000${i}` }));
    // the crew's id as the API gives it (whatever form ids take)
    const crewId = (await run(app, "{ crews { id name } }", {}, callers.COLLECTIONS.token)).data.crews.find((c: { name: string }) => c.name === crew.name).id;
    const issued = await run(app, ISSUE, { input: { crewId, connectionIds: connections.map((c) => toGlobalId("ServiceConnection", c.id)) } }, callers.COLLECTIONS.token);
    expect(issued.errors).toBeUndefined();
    expect(issued.data.issueLimitationOrders.userErrors).toEqual([]);
    orders = issued.data.issueLimitationOrders.orders.map((o: { id: string; folio: string }, i: number) => ({ ...o, connectionId: connections[i].id }));
    const limited = await createConnection(database.db, { status: "LIMITED" });
    const reconnection = await database.db.workOrder.create({
      data: { folio: "OR-2026-000001", type: "RECONNECTION", status: "ISSUED", connectionId: limited.id, department: "COLLECTIONS", dueAt: new Date("2026-12-01T17:00:00Z") },
    });
    reconnectionId = toGlobalId("WorkOrder", reconnection.id);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("should keep the rows that can be recorded and name the ones that cannot, with their reason", async () => {
    const [limited, notFound, paid, refused, paused, longNotes] = orders;
    // one of them is paused waiting on the customer; one comes back twice in the list
    expect((await run(app, PAUSE, { input: { workOrderId: paused.id, reason: "El usuario pidió una cita" } }, callers.COLLECTIONS.token)).data.pauseWorkOrder.userErrors).toEqual([]);
    const auditBefore = await database.db.auditEntry.count();
    const results = [
      { workOrderId: limited.id, result: "LIMITED", notes: "Se colocó el limitador en la toma" },
      { workOrderId: notFound.id, result: "NOT_FOUND" },
      { workOrderId: reconnectionId, result: "LIMITED" },
      { workOrderId: paid.id, result: "PAID_ON_SITE", notes: "Mostró el recibo de pago" },
      { workOrderId: paused.id, result: "LIMITED" },
      { workOrderId: refused.id, result: "REFUSED" },
      { workOrderId: paid.id, result: "LIMITED" },
      { workOrderId: toGlobalId("Complaint", 1), result: "LIMITED" },
      { workOrderId: longNotes.id, result: "REFUSED", notes: "x".repeat(2001) },
    ];
    const answer = await run(app, RECORD, { input: { results } }, callers.COLLECTIONS.token);
    expect(answer.errors).toBeUndefined();
    const payload = answer.data.recordLimitationResults;
    expect(payload.userErrors).toEqual([]);
    expect([payload.recorded, payload.failed]).toEqual([4, 5]);
    expect(payload.results.map((r: { index: number; workOrderId: string; ok: boolean }) => [r.index, r.workOrderId, r.ok])).toEqual(results.map((r, i) => [i, r.workOrderId, [0, 1, 3, 5].includes(i)]));
    expect(payload.results[0].workOrder).toEqual({ folio: limited.folio, status: "COMPLETED", limitationResult: "LIMITED", resultNotes: "Se colocó el limitador en la toma" });
    expect(payload.results[3].workOrder).toMatchObject({ status: "COMPLETED", limitationResult: "PAID_ON_SITE" });
    expect(payload.results.map((r: { error: unknown }) => r.error)).toEqual([
      null,
      null,
      { field: "workOrderId", code: "BAD_USER_INPUT", message: "La orden OR-2026-000001 no es de limitación del servicio" },
      null,
      { field: null, code: "CONFLICT", message: `La orden ${paused.folio} está en pausa: reanúdela antes de continuar` },
      null,
      { field: "workOrderId", code: "BAD_USER_INPUT", message: "La orden ya aparece en otra fila de esta lista" },
      { field: "workOrderId", code: "BAD_USER_INPUT", message: "El identificador no corresponde a una orden" },
      { field: "notes", code: "BAD_USER_INPUT", message: "Las notas admiten hasta 2000 caracteres" },
    ]);

    // LIMITED limits the connection, with history; the others leave it active
    const statuses = await database.db.serviceConnection.findMany({ where: { id: { in: orders.map((o) => o.connectionId) } }, orderBy: { id: "asc" }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(["LIMITED", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE"]);
    const history = await database.db.historyEvent.findMany({ where: { connectionId: limited.connectionId }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.type)).toEqual(["WORK_ORDER_ISSUED", "WORK_ORDER_COMPLETED", "STATUS_CHANGED"]);
    expect(history[2].summary).toBe(`Toma limitada (antes activa) por la orden ${limited.folio}`);

    // the failed rows changed nothing
    const rows = await database.db.workOrder.findMany({ where: { folio: { in: [paused.folio, longNotes.folio, "OR-2026-000001"] } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.status, r.limitationResult])).toEqual([["ISSUED", null], ["ISSUED", null], ["ISSUED", null]]);
    // four completions (order + audit each) and one connection status change
    const audit = await database.db.auditEntry.findMany({ where: { id: { gt: 0 } }, orderBy: { id: "asc" }, skip: auditBefore });
    expect(audit.map((a) => a.action).sort()).toEqual(["connection.status", "workOrder.complete", "workOrder.complete", "workOrder.complete", "workOrder.complete"]);

    // sent again, the recorded ones are refused as already completed
    const again = await run(app, RECORD, { input: { results: [results[0]] } }, callers.COLLECTIONS.token);
    expect(again.data.recordLimitationResults.results[0].error).toEqual({ field: null, code: "CONFLICT", message: `La orden ${limited.folio} está solventada` });
  });

  it("should refuse an empty list as a whole, and an order held by another collector row by row", async () => {
    const empty = await run(app, RECORD, { input: { results: [] } }, callers.COLLECTIONS.token);
    expect(empty.data.recordLimitationResults.userErrors).toEqual([{ field: "results", code: "BAD_USER_INPUT", message: "Indique al menos un resultado" }]);
    const [, , , , , open] = orders;
    const other = await createStaff(database.db, ["COLLECTIONS"]);
    await database.db.workOrder.update({ where: { folio: open.folio }, data: { assigneeId: other.id, status: "ASSIGNED" } });
    const answer = await run(app, RECORD, { input: { results: [{ workOrderId: open.id, result: "LIMITED" }] } }, callers.COLLECTIONS.token);
    expect(answer.data.recordLimitationResults.results[0].error).toMatchObject({ code: "FORBIDDEN" });
    const holder = await sessionToken(database.db, other.id, new Date("2030-01-01T00:00:00Z"));
    const held = await run(app, RECORD, { input: { results: [{ workOrderId: open.id, result: "REFUSED", notes: "No abrieron" }] } }, holder);
    expect(held.data.recordLimitationResults).toMatchObject({ recorded: 1, failed: 0 });
  });

  it("should refuse every role but collections at the gate", async () => {
    for (const role of ["HEAD", "MANAGER", "FRONT_DESK", "AUDITOR", "VERIFIER"] as const) {
      const answer = await run(app, RECORD, { input: { results: [{ workOrderId: orders[1].id, result: "LIMITED" }] } }, callers[role].token);
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
  });
});
