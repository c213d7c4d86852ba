// The tablero and the head's pending work against a known dataset (hand-counted), on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection } from "../support/factories.ts";

const local = (text: string) => new Date(`${text.replace(" ", "T")}:00-07:00`);
const NOW = local("2026-11-30 10:00"); // a Monday

const BOARD = `{ followUpBoard { open overdue dueToday paused escalatedToHead escalatedToManager
  byTypeAndStatus { type status count overdue } byAssignee { assignee { fullName } department open overdue } } }`;
const PENDING = `query($first: Int!) { pendingWork(first: $first) { totalCount items { kind folio title orderType overdue escalationLevel paused } } }`;

describe.each([
  ["PostgreSQL", createPostgresDatabase],
  ["PGlite", createPGliteDatabase],
])("tablero on %s", (_name, create) => {
  let database: TestDatabase;
  let app: App;
  let callers: Awaited<ReturnType<typeof callersByRole>>;

  beforeAll(async () => {
    database = await create();
    app = await createTestApp(database.db, { now: () => NOW });
    callers = await callersByRole(database.db);
    await database.db.session.updateMany({ data: { expiresAt: new Date("2030-01-01T00:00:00Z") } });
    const db = database.db;
    const connectionId = (await createConnection(db)).id;
    const verifier = callers.VERIFIER.staffId;
    const order = (folio: string, type: "VERIFICATION" | "LEAK_REPAIR" | "SERVICE_LIMITATION" | "RECONNECTION", status: "ISSUED" | "ASSIGNED" | "IN_PROGRESS" | "COMPLETED", dueAt: string, extra: object = {}) =>
      db.workOrder.create({ data: { folio, type, status, connectionId, dueAt: local(dueAt), issuedAt: local("2026-11-16 09:00"), observations: `Orden ${folio}`, ...extra } });
    await order("OV-2026-000001", "VERIFICATION", "ASSIGNED", "2026-11-29 10:00", { assigneeId: verifier, escalationLevel: 1 });
    await order("OV-2026-000002", "VERIFICATION", "IN_PROGRESS", "2026-11-30 14:00", { assigneeId: verifier });
    await order("OF-2026-000003", "LEAK_REPAIR", "ISSUED", "2026-12-03 13:00", { department: "FOLLOW_UP", pausedAt: local("2026-11-27 09:00"), pauseReason: "Esperando al usuario" });
    await order("OL-2026-000004", "SERVICE_LIMITATION", "ISSUED", "2026-12-07 10:00", { department: "COLLECTIONS" });
    await order("OR-2026-000005", "RECONNECTION", "COMPLETED", "2026-11-20 10:00", { department: "COLLECTIONS" });
    await order("OF-2026-000006", "LEAK_REPAIR", "ISSUED", "2026-11-20 10:00", { department: "FOLLOW_UP", escalationLevel: 2 });
    // escalated, not yet overdue: after every overdue item
    await order("OL-2026-000007", "SERVICE_LIMITATION", "ISSUED", "2026-12-10 10:00", { department: "COLLECTIONS", escalationLevel: 1 });
    const request = (folio: string, dueAt: string, status: "RECEIVED" | "ANSWERED" = "RECEIVED") =>
      db.informationRequest.create({ data: { folio, receivedAt: local("2026-11-01 09:00"), subject: `Asunto ${folio}`, responsibleArea: "Comercial", dueAt: new Date(`${dueAt}T00:00:00Z`), originalDueAt: new Date(`${dueAt}T00:00:00Z`), status } });
    await request("SAI-2026-000001", "2026-12-02"); // two business days left: near
    await request("SAI-2026-000002", "2026-12-31"); // far
    await request("SAI-2026-000003", "2026-11-27"); // overdue
    await request("SAI-2026-000004", "2026-11-25", "ANSWERED"); // done
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("should count the open orders by type and status, overdue, due today, paused, escalated and by assignee", async () => {
    const result = await run(app, BOARD, {}, callers.HEAD.token);
    expect(result.errors).toBeUndefined();
    const verifierName = (await database.db.staff.findUniqueOrThrow({ where: { id: callers.VERIFIER.staffId } })).fullName;
    expect(result.data.followUpBoard).toEqual({
      open: 6, overdue: 2, dueToday: 1, paused: 1, escalatedToHead: 2, escalatedToManager: 1,
      byTypeAndStatus: [
        { type: "VERIFICATION", status: "ASSIGNED", count: 1, overdue: 1 },
        { type: "VERIFICATION", status: "IN_PROGRESS", count: 1, overdue: 0 },
        { type: "LEAK_REPAIR", status: "ISSUED", count: 2, overdue: 1 },
        { type: "SERVICE_LIMITATION", status: "ISSUED", count: 2, overdue: 0 },
      ],
      byAssignee: [
        { assignee: { fullName: verifierName }, department: null, open: 2, overdue: 1 },
        { assignee: null, department: "FOLLOW_UP", open: 2, overdue: 1 },
        { assignee: null, department: "COLLECTIONS", open: 2, overdue: 0 },
      ],
    });
  });

  it("should list the head's pending work overdue and escalated first, with the information requests near their deadline", async () => {
    const result = await run(app, PENDING, { first: 20 }, callers.HEAD.token);
    expect(result.errors).toBeUndefined();
    expect(result.data.pendingWork.totalCount).toBe(6);
    expect(result.data.pendingWork.items.map((i: { folio: string; overdue: boolean; kind: string }) => [i.folio, i.kind, i.overdue])).toEqual([
      ["OF-2026-000006", "WORK_ORDER", true],
      ["OV-2026-000001", "WORK_ORDER", true],
      ["SAI-2026-000003", "INFORMATION_REQUEST", true],
      ["OL-2026-000007", "WORK_ORDER", false],
      ["OV-2026-000002", "WORK_ORDER", false],
      ["SAI-2026-000001", "INFORMATION_REQUEST", false],
    ]);
    expect(result.data.pendingWork.items[2]).toMatchObject({ title: "Asunto SAI-2026-000003", orderType: null, escalationLevel: 0 });
    const two = await run(app, PENDING, { first: 2 }, callers.MANAGER.token);
    expect(two.data.pendingWork.items.map((i: { folio: string }) => i.folio)).toEqual(["OF-2026-000006", "OV-2026-000001"]);
    const bad = await run(app, PENDING, { first: 0 }, callers.HEAD.token);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "first" } });
  });
});
