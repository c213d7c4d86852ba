// Row rules on every path, not only root fields: whichever field a caller follows (orders → connection → holder →
// connections, complaints → connection, users, node, look-up), it reaches only the rows its readable-rows filter
// lets through. A verifier sees the connections of its own orders and nothing else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../server/src/generated/prisma/enums.ts";
import type { App } from "../../server/src/app.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { ALL_ROLES, callersByRole, createTestApp, run } from "../support/api.ts";
import { createApiClientKey, createConnection, createStaff, sessionToken } from "../support/factories.ts";

const CONNECTION = "controlNumber holder { fullName connections { controlNumber meter { serialNumber } latitude } }";
/** Every way the API offers from a root field to a connection. */
const PATHS: Record<string, string> = {
  orders: `{ workOrders(first: 100) { nodes { connection { ${CONNECTION} } complaint { connection { ${CONNECTION} } } } } }`,
  complaints: `{ complaints(first: 100) { nodes { connection { ${CONNECTION} } workOrders { connection { controlNumber } } } } }`,
  connections: `{ serviceConnections(first: 100) { nodes { ${CONNECTION} openWorkOrders { connection { controlNumber } } } } }`,
  // a customer's connections, without going on to their holder's connections again (a page of 100 customers × 50 × 50
  // connections is over the cost budget of one operation, see server/src/graphql/query-limits.ts)
  users: `{ users(first: 100) { nodes { connections { controlNumber meter { serialNumber } latitude } } } }`,
  discounts: `{ discounts(first: 100) { nodes { connection { ${CONNECTION} } } } }`,
  lookUp: `query($cn: String!) { serviceConnection(controlNumber: $cn) { ${CONNECTION} } }`,
  node: `query($id: ID!) { node(id: $id) { ... on ServiceConnection { ${CONNECTION} } ... on User { connections { controlNumber } } } }`,
  history: `query($cn: String!) { serviceConnection(controlNumber: $cn) { history(first: 100) { nodes { summary } } ledger(first: 100) { nodes { amount } } } }`,
};

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
const numbers = { ordered: "", sibling: "", other: "" };
let siblingHolderId = 0;
let siblingId = 0;

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  const db = database.db;
  // the verifier's one order is at `ordered`; the same holder has `sibling`, which no order of the verifier's reaches
  const ordered = await createConnection(db, { holderName: "Rosa Elenes Castro" });
  const sibling = await db.serviceConnection.create({
    data: { controlNumber: "700002", holderId: ordered.holderId, street: "Calle Sinaloa", localityId: ordered.localityId, searchText: "700002 rosa elenes castro calle sinaloa", latitude: "25.36" },
  });
  await db.meter.create({ data: { serialNumber: "MED-HERMANA", connectionId: sibling.id, installedAt: new Date("2024-01-01") } });
  const other = await createConnection(db, { holderName: "Ramón Camacho Ibarra" });
  Object.assign(numbers, { ordered: ordered.controlNumber, sibling: sibling.controlNumber, other: other.controlNumber });
  siblingHolderId = ordered.holderId;
  siblingId = sibling.id;

  const order = { type: "VERIFICATION" as const, status: "ASSIGNED" as const, dueAt: new Date() };
  const complaint = await db.complaint.create({ data: { folio: "Q-2026-700001", kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", description: "Consumo alto", reporterName: "Rosa", connectionId: ordered.id } });
  await db.workOrder.create({ data: { ...order, folio: "OV-2026-700001", connectionId: ordered.id, complaintId: complaint.id, assigneeId: callers.VERIFIER.staffId } });
  const otherVerifier = await createStaff(db, ["VERIFIER"]);
  await db.workOrder.create({ data: { ...order, folio: "OV-2026-700002", connectionId: other.id, assigneeId: otherVerifier.id } });
  await db.workOrder.create({ data: { ...order, folio: "OV-2026-700003", connectionId: sibling.id, assigneeId: otherVerifier.id } });
  await db.discount.create({ data: { kind: "SOCIAL", connectionId: sibling.id, amount: "10.00", reason: "Pensionado", requestedById: callers.FRONT_DESK.staffId } });
  await db.historyEvent.create({ data: { connectionId: sibling.id, type: "NOTE", summary: "Nota" } });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

/** Every control number anywhere in a response. */
function controlNumbers(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => controlNumbers(v, found));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "controlNumber" && typeof v === "string") found.add(v);
      else controlNumbers(v, found);
    }
  }
  return found;
}

async function reachable(token: string): Promise<string[]> {
  const found = new Set<string>();
  const variables = { cn: numbers.sibling, id: toGlobalId("ServiceConnection", siblingId) };
  for (const query of Object.values(PATHS)) {
    const result = await run(app, query, variables, token);
    controlNumbers(result.data, found);
    for (const error of result.errors ?? []) expect(["FORBIDDEN"], `${query}: ${error.message}`).toContain(error.extensions?.code);
  }
  // a holder read by node(id) must not open the way either
  controlNumbers((await run(app, PATHS.node, { id: toGlobalId("User", siblingHolderId) }, token)).data, found);
  controlNumbers((await run(app, PATHS.lookUp, { cn: numbers.other }, token)).data, found);
  return [...found].sort();
}

describe("readable rows on nested paths", () => {
  it("should let a VERIFIER reach only the connection of its own order, through any path", async () => {
    expect(await reachable(callers.VERIFIER.token)).toEqual([numbers.ordered]);
  });

  it("should let a VERIFIER with no orders reach no connection at all", async () => {
    const idle = await createStaff(database.db, ["VERIFIER"]);
    expect(await reachable(await sessionToken(database.db, idle.id))).toEqual([]);
  });

  const OFFICE: Role[] = ALL_ROLES.filter((role) => role !== "VERIFIER");
  it.each(OFFICE)("should let %s reach every connection it may look up", async (role) => {
    expect(await reachable(callers[role].token)).toEqual([numbers.ordered, numbers.sibling, numbers.other].sort());
  });

  it("should show a partner with connections:read only the connection it looks up, never the holder's others", async () => {
    const key = await createApiClientKey(database.db, ["connections:read"]);
    expect(await reachable(key)).toEqual([numbers.other, numbers.sibling].sort());
  });

  it("should show a complaints partner no connection it did not report on", async () => {
    const key = await createApiClientKey(database.db, ["complaints:read"]);
    expect(await reachable(key)).toEqual([]);
  });

  it("should give a VERIFIER no history or ledger rows even of its own order's connection", async () => {
    const query = `{ workOrders { nodes { connection { controlNumber history(first: 5) { totalCount } ledger(first: 5) { totalCount } } } } }`;
    const result = await run(app, query, {}, callers.VERIFIER.token);
    expect(result.data.workOrders.nodes).toEqual([{ connection: { controlNumber: numbers.ordered, history: null, ledger: null } }]);
  });
});
