import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, errorCodes, run } from "../support/api.ts";
import { createConnection, createLocality, createStaff } from "../support/factories.ts";

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let localityId: number;
const orderIds: Record<string, number> = {};

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  localityId = (await createLocality(database.db, "Alhuey")).id;
  for (const name of ["José Pérez Núñez", "Josefina Pereira López", "Ramón Camacho Ibarra", "María Félix Valenzuela", "Jesús Inzunza Pérez"]) {
    await createConnection(database.db, { holderName: name, localityId });
  }
  const connection = await createConnection(database.db, { holderName: "Rosa Elenes Castro", localityId });
  const base = { connectionId: connection.id, dueAt: new Date(Date.now() - 3_600_000) };
  orderIds.mine = (await database.db.workOrder.create({ data: { ...base, folio: "OV-2026-800001", type: "VERIFICATION", status: "ASSIGNED", assigneeId: callers.VERIFIER.staffId } })).id;
  orderIds.leak = (await database.db.workOrder.create({ data: { ...base, folio: "OF-2026-800002", type: "LEAK_REPAIR", status: "ISSUED", department: "FOLLOW_UP" } })).id;
  // one order of every other type, and a verification of another verifier's, so that each row rule has rows to refuse
  const otherVerifier = await createStaff(database.db, ["VERIFIER"]);
  await database.db.workOrder.create({ data: { ...base, folio: "OV-2026-800004", type: "VERIFICATION", status: "ASSIGNED", assigneeId: otherVerifier.id } });
  await database.db.workOrder.create({ data: { ...base, folio: "OM-2026-800005", type: "METER_REPLACEMENT", status: "ISSUED", department: "REGISTRY" } });
  await database.db.workOrder.create({ data: { ...base, folio: "OR-2026-800006", type: "RECONNECTION", status: "ISSUED", department: "COLLECTIONS" } });
  await database.db.workOrder.create({ data: { ...base, folio: "OL-2026-800007", type: "SERVICE_LIMITATION", status: "ISSUED", department: "COLLECTIONS" } });
  await database.db.complaint.create({ data: { folio: "Q-2026-800001", kind: "PROBLEM_REPORT", category: "WATER_LEAK", channel: "PHONE", description: "Fuga en la banqueta", reporterName: "Vecino", connectionId: connection.id } });
  await database.db.complaint.create({ data: { folio: "Q-2026-800002", kind: "COMPLAINT", category: "BILLING", channel: "IN_PERSON", description: "Cobro doble", reporterName: "Rosa", connectionId: connection.id } });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const SEARCH = `query($q: String, $first: Int, $after: String, $locality: ID) {
  serviceConnections(first: $first, after: $after, filter: { search: $q, localityId: $locality }) {
    totalCount nodes { controlNumber holder { fullName } } pageInfo { hasNextPage endCursor }
  }
}`;

describe("serviceConnections", () => {
  it("should find holders by name ignoring accents and case, every word required", async () => {
    const result = await run(app, SEARCH, { q: "JOSE perez", locality: toGlobalId("Locality", localityId) }, callers.FRONT_DESK.token);
    expect(result.data.serviceConnections.nodes.map((n: any) => n.holder.fullName)).toEqual(["José Pérez Núñez"]);
  });

  it("should find a connection by its control number", async () => {
    const [any] = (await run(app, SEARCH, { locality: toGlobalId("Locality", localityId), first: 1 }, callers.FRONT_DESK.token)).data.serviceConnections.nodes;
    const result = await run(app, SEARCH, { q: any.controlNumber }, callers.FRONT_DESK.token);
    expect(result.data.serviceConnections.nodes.map((n: any) => n.controlNumber)).toEqual([any.controlNumber]);
  });

  it("should page with cursors without repeating or skipping, and count the whole list", async () => {
    const first = await run(app, SEARCH, { locality: toGlobalId("Locality", localityId), first: 4 }, callers.FRONT_DESK.token);
    const page1 = first.data.serviceConnections;
    const second = await run(app, SEARCH, { locality: toGlobalId("Locality", localityId), first: 4, after: page1.pageInfo.endCursor }, callers.FRONT_DESK.token);
    const page2 = second.data.serviceConnections;
    expect(page1.totalCount).toBe(6);
    expect([page1.nodes.length, page1.pageInfo.hasNextPage, page2.nodes.length, page2.pageInfo.hasNextPage]).toEqual([4, true, 2, false]);
    const all = [...page1.nodes, ...page2.nodes].map((n: any) => n.controlNumber);
    expect(new Set(all).size).toBe(6);
  });

  it("should refuse a page larger than 100 with BAD_USER_INPUT", async () => {
    const result = await run(app, SEARCH, { first: 101 }, callers.FRONT_DESK.token);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
  });

  it("should refuse a malformed cursor with BAD_USER_INPUT", async () => {
    const result = await run(app, SEARCH, { after: "not-a-cursor" }, callers.FRONT_DESK.token);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
  });

  it("should refuse the list to a VERIFIER", async () => {
    expect(errorCodes(await run(app, SEARCH, { q: "jose" }, callers.VERIFIER.token))).toEqual(["FORBIDDEN"]);
  });
});

describe("row rules", () => {
  const ORDERS = `{ workOrders(first: 100) { nodes { folio overdue } } }`;
  const folios = async (role: keyof typeof callers) => (await run(app, ORDERS, {}, callers[role].token)).data.workOrders.nodes.map((n: any) => n.folio).sort();
  const EVERY_ORDER = ["OF-2026-800002", "OL-2026-800007", "OM-2026-800005", "OR-2026-800006", "OV-2026-800001", "OV-2026-800004"];

  // each role's whole list, so that a rule which lets through too much fails as surely as one that hides too much
  it.each([
    ["VERIFIER", ["OV-2026-800001"]],
    ["REGISTRY", ["OF-2026-800002", "OM-2026-800005"]],
    ["FOLLOW_UP", ["OF-2026-800002"]],
    ["COLLECTIONS", ["OL-2026-800007", "OR-2026-800006"]],
    ["FRONT_DESK", EVERY_ORDER],
    ["HEAD", EVERY_ORDER],
    ["MANAGER", EVERY_ORDER],
    ["AUDITOR", EVERY_ORDER],
  ] as const)("should show %s exactly the work orders of its row rule", async (role, expected) => {
    expect(await folios(role)).toEqual(expected);
  });

  it("should show FOLLOW_UP only leak reports among complaints", async () => {
    const complaints = await run(app, `{ complaints { nodes { folio } } }`, {}, callers.FOLLOW_UP.token);
    expect(complaints.data.complaints.nodes.map((n: any) => n.folio)).toEqual(["Q-2026-800001"]);
  });

  it("should flag the overdue orders", async () => {
    const result = await run(app, ORDERS, {}, callers.FRONT_DESK.token);
    expect(result.data.workOrders.nodes).toEqual(expect.arrayContaining([{ folio: "OV-2026-800001", overdue: true }, { folio: "OF-2026-800002", overdue: true }]));
  });

  it("should read another's order as null through node(id) for a VERIFIER, and return its own", async () => {
    const NODE = `query($id: ID!) { node(id: $id) { id ... on WorkOrder { folio } } }`;
    const other = await run(app, NODE, { id: toGlobalId("WorkOrder", orderIds.leak) }, callers.VERIFIER.token);
    const own = await run(app, NODE, { id: toGlobalId("WorkOrder", orderIds.mine) }, callers.VERIFIER.token);
    expect(other.data.node).toBeNull();
    expect(own.data.node).toEqual({ id: toGlobalId("WorkOrder", orderIds.mine), folio: "OV-2026-800001" });
  });
});

describe("list filters", () => {
  it("should accept an explicit null filter as no filter", async () => {
    const connections = await run(app, `{ serviceConnections(first: 1, filter: null) { totalCount } }`, {}, callers.FRONT_DESK.token);
    const orders = await run(app, `{ workOrders(filter: null) { totalCount } }`, {}, callers.FRONT_DESK.token);
    const complaints = await run(app, `{ complaints(filter: null) { totalCount } }`, {}, callers.FRONT_DESK.token);
    expect([connections.errors, orders.errors, complaints.errors]).toEqual([undefined, undefined, undefined]);
    expect(orders.data.workOrders.totalCount).toBe(6);
  });

  it("should list only open orders when asked", async () => {
    await database.db.workOrder.create({ data: { folio: "OV-2026-800003", type: "VERIFICATION", status: "COMPLETED", assigneeId: callers.VERIFIER.staffId, dueAt: new Date() } });
    const result = await run(app, `{ workOrders(filter: { open: true, assignedToMe: true }) { nodes { folio } } }`, {}, callers.VERIFIER.token);
    expect(result.data.workOrders.nodes).toEqual([{ folio: "OV-2026-800001" }]);
  });
});

describe("argument validation", () => {
  it("should refuse an over-long search with BAD_USER_INPUT naming the property", async () => {
    const result = await run(app, SEARCH, { q: "x".repeat(101) }, callers.FRONT_DESK.token);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect((result.errors![0].extensions as any).validationErrors[0].property).toBe("search");
  });
});

describe("calendar dates", () => {
  it("should give a meter's installation day as yyyy-mm-dd, not as an instant", async () => {
    const [any] = (await run(app, SEARCH, { locality: toGlobalId("Locality", localityId), first: 1 }, callers.FRONT_DESK.token)).data.serviceConnections.nodes;
    const result = await run(app, `query($cn: String!) { serviceConnection(controlNumber: $cn) { meter { installedAt } } }`, { cn: any.controlNumber }, callers.FRONT_DESK.token);
    expect(result.data.serviceConnection.meter.installedAt).toBe("2024-01-15");
  });
});
