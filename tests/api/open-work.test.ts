// The work inbox (openWork): each role's open orders through its row scope, overdue first, narrowed by mine / my
// department / department / type / assignee / overdue / escalated, paged on (due date, id), with the due date counted
// down in business time (office hours Mon–Fri 08:00–15:00, America/Mazatlan) and the actions the API allows per row.
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createStaff, createWorkOrder, sessionToken } from "../support/factories.ts";

const local = (text: string) => new Date(`${text.replace(" ", "T")}:00-07:00`);
const NOW = local("2026-11-30 10:00"); // a Monday, office open

const OPEN_WORK = `query($filter: OpenWorkFilter, $first: Int, $after: String) {
  openWork(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { folio availableActions dueCountdown { businessMinutes overdue paused text } }
  } }`;

type Row = { folio: string; availableActions: string[]; dueCountdown: { businessMinutes: number; overdue: boolean; paused: boolean; text: string } };

describe.each([
  ["PostgreSQL", createPostgresDatabase],
  ["PGlite", createPGliteDatabase],
])("the work inbox on %s", (_name, create) => {
  let database: TestDatabase;
  let app: App;
  let callers: Awaited<ReturnType<typeof callersByRole>>;
  let otherVerifier: { id: number; token: string };

  const folios = async (token: string, filter: object | null = null, first = 50) => {
    const result = await run(app, OPEN_WORK, { filter, first }, token);
    expect(result.errors).toBeUndefined();
    return (result.data.openWork.nodes as Row[]).map((r) => r.folio);
  };

  beforeAll(async () => {
    database = await create();
    app = await createTestApp(database.db, { now: () => NOW });
    callers = await callersByRole(database.db);
    await database.db.session.updateMany({ data: { expiresAt: new Date("2030-01-01T00:00:00Z") } });
    const v2 = await createStaff(database.db, ["VERIFIER"]);
    otherVerifier = { id: v2.id, token: await sessionToken(database.db, v2.id, new Date("2030-01-01T00:00:00Z")) };
    const db = database.db;
    const v1 = callers.VERIFIER.staffId;
    const issuedAt = local("2026-11-20 09:00");
    await createWorkOrder(db, { folio: "O1", type: "VERIFICATION", status: "ASSIGNED", assigneeId: v1, issuedAt, dueAt: local("2026-11-30 13:00") });
    await createWorkOrder(db, { folio: "O2", type: "VERIFICATION", status: "IN_PROGRESS", assigneeId: v1, issuedAt, dueAt: local("2026-11-27 10:00"), escalationLevel: 1 });
    await createWorkOrder(db, { folio: "O3", type: "VERIFICATION", status: "ASSIGNED", assigneeId: v2.id, issuedAt, dueAt: local("2026-12-02 10:00") });
    await createWorkOrder(db, { folio: "O4", type: "LEAK_REPAIR", status: "ISSUED", department: "FOLLOW_UP", issuedAt, dueAt: local("2026-11-30 09:00"), escalationLevel: 2 });
    await createWorkOrder(db, { folio: "O5", type: "SERVICE_LIMITATION", status: "ISSUED", issuedAt, dueAt: local("2026-12-07 10:00") });
    await createWorkOrder(db, { folio: "O6", type: "METER_REPLACEMENT", status: "ISSUED", issuedAt, dueAt: local("2026-11-30 12:00"), pausedAt: local("2026-11-27 14:00"), pauseReason: "Esperando al usuario" });
    await createWorkOrder(db, { folio: "O7", type: "VERIFICATION", status: "COMPLETED", assigneeId: v1, issuedAt, dueAt: local("2026-11-25 10:00"), completedAt: local("2026-11-24 10:00"), verificationOutcome: "NORMAL" });
    await createWorkOrder(db, { folio: "O8", type: "LEAK_REPAIR", status: "ISSUED", department: "REGISTRY", issuedAt, dueAt: local("2026-12-01 10:00") });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("should list the head every open order, the longest overdue first, with its countdown in business time", async () => {
    const result = await run(app, OPEN_WORK, { first: 50 }, callers.HEAD.token);
    expect(result.errors).toBeUndefined();
    expect(result.data.openWork.totalCount).toBe(7);
    const rows = new Map((result.data.openWork.nodes as Row[]).map((r) => [r.folio, r]));
    expect([...rows.keys()]).toEqual(["O2", "O4", "O6", "O1", "O8", "O3", "O5"]);
    // Friday 10:00 → Monday 10:00: 5 h on Friday + 2 h on Monday = one office day of 7 h
    expect(rows.get("O2")!.dueCountdown).toEqual({ businessMinutes: -420, overdue: true, paused: false, text: "Vencida hace 1 día hábil" });
    expect(rows.get("O4")!.dueCountdown).toEqual({ businessMinutes: -60, overdue: true, paused: false, text: "Vencida hace 1 h hábil" });
    // paused on Friday 14:00 with 1 h left that day and 4 h on Monday: its clock stands still
    expect(rows.get("O6")!.dueCountdown).toEqual({ businessMinutes: 300, overdue: false, paused: true, text: "En pausa: quedan 5 h hábiles" });
    expect(rows.get("O1")!.dueCountdown).toEqual({ businessMinutes: 180, overdue: false, paused: false, text: "Vence en 3 h hábiles" });
    expect(rows.get("O3")!.dueCountdown.text).toBe("Vence en 2 días hábiles");
    // the rows carry the API's actions for the caller: the head reassigns and cancels, it does not start
    expect(rows.get("O1")!.availableActions).toEqual(expect.arrayContaining(["reassign", "cancel"]));
    expect(rows.get("O1")!.availableActions).not.toContain("start");
  });

  it("should show a verifier only its own orders, with start and complete among its actions", async () => {
    const result = await run(app, OPEN_WORK, { first: 50 }, callers.VERIFIER.token);
    expect((result.data.openWork.nodes as Row[]).map((r) => r.folio)).toEqual(["O2", "O1"]);
    const o1 = (result.data.openWork.nodes as Row[]).find((r) => r.folio === "O1")!;
    expect(o1.availableActions).toEqual(expect.arrayContaining(["start", "complete"]));
    expect(o1.availableActions).not.toContain("cancel");
    expect(await folios(callers.VERIFIER.token, { mine: true })).toEqual(["O2", "O1"]);
    expect(await folios(callers.VERIFIER.token, { myDepartment: true })).toEqual(["O2", "O1"]);
    expect(await folios(otherVerifier.token, { mine: true })).toEqual(["O3"]);
    // another verifier's order stays out of reach whatever the filter asks
    expect(await folios(otherVerifier.token, { assigneeId: toGlobalId("Staff", callers.VERIFIER.staffId) })).toEqual([]);
  });

  it("should give each department its desk's work: sent to it, or of a type it receives and sent nowhere else", async () => {
    expect(await folios(callers.FOLLOW_UP.token)).toEqual(["O4", "O8"]);
    expect(await folios(callers.FOLLOW_UP.token, { myDepartment: true })).toEqual(["O4"]);
    expect(await folios(callers.REGISTRY.token, { myDepartment: true })).toEqual(["O6", "O8"]);
    expect(await folios(callers.COLLECTIONS.token, { myDepartment: true })).toEqual(["O5"]);
    expect(await folios(callers.HEAD.token, { myDepartment: true })).toEqual(["O2", "O4", "O6", "O1", "O8", "O3", "O5"]);
    expect(await folios(callers.HEAD.token, { mine: true })).toEqual([]);
  });

  it("should narrow by overdue, escalated, department, type and assignee", async () => {
    const head = callers.HEAD.token;
    expect(await folios(head, { overdue: true })).toEqual(["O2", "O4"]);
    expect(await folios(head, { escalated: true })).toEqual(["O2", "O4"]);
    expect(await folios(head, { overdue: false, escalated: false })).toEqual(["O6", "O1", "O8", "O3", "O5"]);
    expect(await folios(head, { department: "COLLECTIONS" })).toEqual(["O5"]);
    expect(await folios(head, { department: "REGISTRY" })).toEqual(["O6", "O8"]);
    expect(await folios(head, { type: "VERIFICATION" })).toEqual(["O2", "O1", "O3"]);
    expect(await folios(head, { assigneeId: toGlobalId("Staff", otherVerifier.id) })).toEqual(["O3"]);
  });

  it("should page on (due date, id) without skipping or repeating a row", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: any = await run(app, OPEN_WORK, { first: 3, after }, callers.HEAD.token);
      expect(result.errors).toBeUndefined();
      seen.push(...(result.data.openWork.nodes as Row[]).map((r) => r.folio));
      if (!result.data.openWork.pageInfo.hasNextPage) break;
      after = result.data.openWork.pageInfo.endCursor;
    }
    expect(seen).toEqual(["O2", "O4", "O6", "O1", "O8", "O3", "O5"]);
  });

  it("should refuse a malformed assignee or page size naming the argument", async () => {
    const badAssignee = await run(app, OPEN_WORK, { filter: { assigneeId: "nadie" } }, callers.HEAD.token);
    expect(badAssignee.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badFirst = await run(app, OPEN_WORK, { first: 0 }, callers.HEAD.token);
    expect(badFirst.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
  });
});
