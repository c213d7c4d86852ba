// The tablero and the head's pending work against a known dataset (hand-counted), on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createComplaint, createConnection, createWorkOrder } from "../support/factories.ts";

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
    // an order's item carries the order itself: who has it and its countdown in business time; a request's, none
    const withOrders = await run(app, `{ pendingWork(first: 20) { items { folio workOrder { folio assignee { fullName } department dueCountdown { text } } } } }`, {}, callers.HEAD.token);
    expect(withOrders.errors).toBeUndefined();
    const byFolio = new Map(withOrders.data.pendingWork.items.map((i: { folio: string }) => [i.folio, i]));
    const verifierName = (await database.db.staff.findUniqueOrThrow({ where: { id: callers.VERIFIER.staffId } })).fullName;
    // due Sunday 10:00, now Monday 10:00: the two office hours of Monday have passed
    expect(byFolio.get("OV-2026-000001")).toEqual({ folio: "OV-2026-000001", workOrder: { folio: "OV-2026-000001", assignee: { fullName: verifierName }, department: null, dueCountdown: { text: "Vencida hace 2 h hábiles" } } });
    expect(byFolio.get("OF-2026-000006")).toMatchObject({ workOrder: { assignee: null, department: "FOLLOW_UP" } });
    expect(byFolio.get("SAI-2026-000003")).toEqual({ folio: "SAI-2026-000003", workOrder: null });
    const two = await run(app, PENDING, { first: 2 }, callers.MANAGER.token);
    expect(two.data.pendingWork.items.map((i: { folio: string }) => i.folio)).toEqual(["OF-2026-000006", "OV-2026-000001"]);
    const bad = await run(app, PENDING, { first: 0 }, callers.HEAD.token);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "first" } });
  });
});

const DASHBOARD = `query($year: Int, $month: Int) { departmentDashboard(year: $year, month: $month) {
  year month asOf openByTypeAndDepartment { type department open overdue } aging { bucket open overdue }
  complaintsFiled complaintsByCategoryAndChannel { category channel count } complaintsResolved complaintResolutionMedianHours
  ordersCompletedByType { type completed medianHours onTime } verificationsByOutcome { outcome count } } }`;

describe.each([
  ["PostgreSQL", createPostgresDatabase],
  ["PGlite", createPGliteDatabase],
])("the tablero's figures on %s", (_name, create) => {
  let database: TestDatabase;
  let app: App;
  let callers: Awaited<ReturnType<typeof callersByRole>>;

  // a known month (November 2026, Mazatlán time), counted by hand in the comments
  beforeAll(async () => {
    database = await create();
    app = await createTestApp(database.db, { now: () => NOW });
    callers = await callersByRole(database.db);
    await database.db.session.updateMany({ data: { expiresAt: new Date("2030-01-01T00:00:00Z") } });
    const db = database.db;
    const verifier = callers.VERIFIER.staffId;
    const order = (type: "VERIFICATION" | "LEAK_REPAIR" | "SERVICE_LIMITATION" | "METER_REPLACEMENT" | "RECONNECTION", status: "ISSUED" | "ASSIGNED" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED", issued: string, due: string, extra: object = {}) =>
      createWorkOrder(db, { type, status, issuedAt: local(issued), dueAt: local(due), ...extra });
    // open: age bucket · holding department · overdue?
    await order("VERIFICATION", "ASSIGNED", "2026-11-30 08:00", "2026-12-03 08:00", { assigneeId: verifier }); // <1 d · VERIFIER · no
    await order("VERIFICATION", "IN_PROGRESS", "2026-11-25 09:00", "2026-11-28 09:00", { assigneeId: verifier, escalationLevel: 1 }); // 3–7 d · VERIFIER · yes
    await order("LEAK_REPAIR", "ISSUED", "2026-11-28 12:00", "2026-11-29 12:00", { department: "FOLLOW_UP" }); // 1–3 d · FOLLOW_UP · yes
    await order("LEAK_REPAIR", "ISSUED", "2026-11-29 15:00", "2026-12-01 09:00", { department: "REGISTRY" }); // <1 d · REGISTRY · no
    await order("SERVICE_LIMITATION", "ISSUED", "2026-11-10 09:00", "2026-11-17 09:00"); // 7–30 d · COLLECTIONS (its type's) · yes
    await order("METER_REPLACEMENT", "ASSIGNED", "2026-10-15 09:00", "2026-10-22 09:00", { escalationLevel: 2 }); // >30 d · REGISTRY · yes
    // closed: completed in November (hours to complete · on time?), one in October, one cancelled
    await order("VERIFICATION", "COMPLETED", "2026-11-02 09:00", "2026-11-05 09:00", { completedAt: local("2026-11-03 09:00"), verificationOutcome: "NORMAL" }); // 24 h · yes
    await order("VERIFICATION", "COMPLETED", "2026-11-10 09:00", "2026-11-13 09:00", { completedAt: local("2026-11-12 15:00"), verificationOutcome: "METER_OVER_REGISTERING", excessM3: "5" }); // 54 h · yes
    await order("VERIFICATION", "COMPLETED", "2026-11-16 09:00", "2026-11-19 09:00", { completedAt: local("2026-11-20 09:00"), verificationOutcome: "EXTERNAL_LEAK" }); // 96 h · late
    await order("VERIFICATION", "COMPLETED", "2026-10-28 09:00", "2026-10-31 09:00", { completedAt: local("2026-10-30 09:00"), verificationOutcome: "NORMAL" }); // October
    await order("LEAK_REPAIR", "COMPLETED", "2026-11-20 10:00", "2026-11-21 10:00", { completedAt: local("2026-11-20 16:00"), department: "FOLLOW_UP" }); // 6 h · yes
    await order("RECONNECTION", "CANCELLED", "2026-11-20 10:00", "2026-11-21 10:00", { department: "COLLECTIONS" });
    // complaints: filed in November (local) · resolved (hours)
    const complaint = (category: "EXCESS_CONSUMPTION" | "WATER_LEAK" | "NO_WATER" | "BILLING", channel: "IN_PERSON" | "PHONE" | "WEB", created: string, resolved?: string) =>
      createComplaint(db, { category, channel, createdAt: local(created), ...(resolved ? { status: "RESOLVED", resolvedAt: local(resolved) } : {}) });
    await complaint("EXCESS_CONSUMPTION", "IN_PERSON", "2026-11-03 10:00", "2026-11-05 10:00"); // 48 h
    await complaint("EXCESS_CONSUMPTION", "IN_PERSON", "2026-11-12 10:00");
    await complaint("EXCESS_CONSUMPTION", "PHONE", "2026-11-20 10:00");
    await complaint("WATER_LEAK", "PHONE", "2026-11-20 10:00", "2026-11-20 16:00"); // 6 h
    await complaint("WATER_LEAK", "WEB", "2026-11-27 10:00");
    await complaint("BILLING", "IN_PERSON", "2026-11-01 00:30", "2026-11-01 12:30"); // the month's first hour (07:30 UTC) · 12 h
    await complaint("NO_WATER", "IN_PERSON", "2026-10-31 23:30", "2026-11-02 11:30"); // October locally (November in UTC) · resolved in November, 36 h
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("should give the head the month's exact figures: open work by type and department, ages, complaints, medians, outcomes", async () => {
    const result = await run(app, DASHBOARD, {}, callers.HEAD.token);
    expect(result.errors).toBeUndefined();
    expect(result.data.departmentDashboard).toEqual({
      year: 2026, month: 11, asOf: NOW.toISOString(),
      openByTypeAndDepartment: [
        { type: "VERIFICATION", department: "VERIFIER", open: 2, overdue: 1 },
        { type: "METER_REPLACEMENT", department: "REGISTRY", open: 1, overdue: 1 },
        { type: "LEAK_REPAIR", department: "REGISTRY", open: 1, overdue: 0 },
        { type: "LEAK_REPAIR", department: "FOLLOW_UP", open: 1, overdue: 1 },
        { type: "SERVICE_LIMITATION", department: "COLLECTIONS", open: 1, overdue: 1 },
      ],
      aging: [
        { bucket: "UNDER_1_DAY", open: 2, overdue: 0 },
        { bucket: "DAYS_1_TO_3", open: 1, overdue: 1 },
        { bucket: "DAYS_3_TO_7", open: 1, overdue: 1 },
        { bucket: "DAYS_7_TO_30", open: 1, overdue: 1 },
        { bucket: "OVER_30_DAYS", open: 1, overdue: 1 },
      ],
      complaintsFiled: 6,
      complaintsByCategoryAndChannel: [
        { category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", count: 2 },
        { category: "EXCESS_CONSUMPTION", channel: "PHONE", count: 1 },
        { category: "WATER_LEAK", channel: "PHONE", count: 1 },
        { category: "WATER_LEAK", channel: "WEB", count: 1 },
        { category: "BILLING", channel: "IN_PERSON", count: 1 },
      ],
      complaintsResolved: 4,
      complaintResolutionMedianHours: 24, // 6, 12, 36, 48
      ordersCompletedByType: [
        { type: "VERIFICATION", completed: 3, medianHours: 54, onTime: 2 },
        { type: "METER_REPLACEMENT", completed: 0, medianHours: null, onTime: 0 },
        { type: "RECONNECTION", completed: 0, medianHours: null, onTime: 0 },
        { type: "LEAK_REPAIR", completed: 1, medianHours: 6, onTime: 1 },
        { type: "SERVICE_LIMITATION", completed: 0, medianHours: null, onTime: 0 },
      ],
      verificationsByOutcome: [
        { outcome: "METER_OVER_REGISTERING", count: 1 },
        { outcome: "EXTERNAL_LEAK", count: 1 },
        { outcome: "NORMAL", count: 1 },
      ],
    });
  });

  it("should give the figures of another month when asked, and refuse a month out of range naming the argument", async () => {
    const october = await run(app, DASHBOARD, { year: 2026, month: 10 }, callers.MANAGER.token);
    expect(october.errors).toBeUndefined();
    expect(october.data.departmentDashboard).toMatchObject({
      year: 2026, month: 10, complaintsFiled: 1, complaintsResolved: 0, complaintResolutionMedianHours: null,
      complaintsByCategoryAndChannel: [{ category: "NO_WATER", channel: "IN_PERSON", count: 1 }],
      verificationsByOutcome: [{ outcome: "METER_OVER_REGISTERING", count: 0 }, { outcome: "EXTERNAL_LEAK", count: 0 }, { outcome: "NORMAL", count: 1 }],
    });
    const bad = await run(app, DASHBOARD, { year: 2026, month: 13 }, callers.HEAD.token);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "month" } });
  });

  it("should refuse the figures to everyone but the head and the manager", async () => {
    for (const role of ["FRONT_DESK", "VERIFIER", "FOLLOW_UP", "COLLECTIONS", "AUDITOR", "ADMIN"] as const) {
      const result = await run(app, DASHBOARD, {}, callers[role].token);
      expect(result.data?.departmentDashboard ?? null, role).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
    }
  });
});
