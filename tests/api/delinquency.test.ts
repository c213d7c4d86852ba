// Workflow 4: the delinquency list per crew (thresholds from the settings, totals per crew, paging across crews) and
// limitation orders issued in one transaction, skipping what needs none; on PostgreSQL and on the embedded database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import type { Db } from "../../server/src/db/client.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection, createLocality } from "../support/factories.ts";

// Monday 30 November 2026, 10:00 in Sinaloa
const NOW = new Date("2026-11-30T17:00:00Z");

const LIST = `query($filter: DelinquencyFilter, $first: Int, $after: String) {
  delinquencyList(filter: $filter) {
    minBalance minPeriodsOwed
    crews { crew { id name leaderName } connections totalBalance }
    connections(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { connectionId controlNumber holderName address localityName status balance periodsOwed lastPaymentAt crew { name } openLimitationOrder { folio } }
    }
  }
}`;
const ISSUE = `mutation($input: IssueLimitationOrdersInput!) {
  issueLimitationOrders(input: $input) {
    orders { folio type status dueAt crew { name } connection { controlNumber } }
    skipped { controlNumber reason message }
    userErrors { field message code }
  }
}`;
const CREW_ORDERS = `query($crewId: ID!) { crewLimitationOrders(crewId: $crewId, first: 50) { totalCount nodes { folio connection { controlNumber balance } } } }`;

interface World {
  crewNorte: number;
  crewSur: number;
  localityA: number;
  connections: Record<string, number>;
}

/** Seven connections over two crews: four owe enough (one of them already limited), three do not. */
async function buildWorld(db: Db): Promise<World> {
  const localityA = (await createLocality(db, "Angostura")).id;
  const localityB = (await createLocality(db, "La Reforma")).id;
  const crewNorte = (await db.crew.create({ data: { name: "Cuadrilla Norte", leaderName: "Ramón Félix Soto" } })).id;
  const crewSur = (await db.crew.create({ data: { name: "Cuadrilla Sur", leaderName: "Lucía Armenta" } })).id;
  const spec: [string, string, number, number, number | null, "ACTIVE" | "LIMITED"][] = [
    // control, balance, periods, locality, crew, status
    ["100001", "1500.00", 4, localityA, crewNorte, "ACTIVE"],
    ["100002", "800.00", 2, localityA, crewNorte, "ACTIVE"],
    ["100003", "499.99", 5, localityA, crewNorte, "ACTIVE"], // under the balance threshold
    ["100004", "2600.50", 1, localityB, crewSur, "ACTIVE"], // under the periods threshold
    ["100005", "950.00", 3, localityB, crewSur, "ACTIVE"],
    ["100006", "3000.00", 6, localityB, crewSur, "LIMITED"],
    ["100007", "700.00", 2, localityB, null, "ACTIVE"], // no crew covers it
  ];
  const connections: Record<string, number> = {};
  for (const [controlNumber, balance, periodsOwed, localityId, crewId, status] of spec) {
    const c = await createConnection(db, { controlNumber, balance, localityId, status, holderName: `Titular ${controlNumber}` });
    await db.serviceConnection.update({ where: { id: c.id }, data: { periodsOwed, crewId } });
    connections[controlNumber] = c.id;
  }
  await db.ledgerEntry.create({
    data: { connectionId: connections["100001"], kind: "PAYMENT", amount: "200.00", balanceAfter: "1500.00", description: "Pago en caja", postedAt: new Date("2026-08-14T18:00:00Z") },
  });
  return { crewNorte, crewSur, localityA, connections };
}

describe.each([
  ["PostgreSQL", createPostgresDatabase],
  ["PGlite", createPGliteDatabase],
])("delinquency on %s", (name, create) => {
  let database: TestDatabase;
  let app: App;
  let callers: Awaited<ReturnType<typeof callersByRole>>;
  let world: World;
  const gid = (control: string) => toGlobalId("ServiceConnection", world.connections[control]);

  beforeAll(async () => {
    database = await create();
    app = await createTestApp(database.db, { now: () => NOW });
    callers = await callersByRole(database.db);
    await database.db.session.updateMany({ data: { expiresAt: new Date("2030-01-01T00:00:00Z") } });
    world = await buildWorld(database.db);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  const list = async (variables: Record<string, unknown> = {}, token = callers.COLLECTIONS.token) => {
    const result = await run(app, LIST, variables, token);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data.delinquencyList;
  };

  it("should list, with the settings' thresholds, the active connections owing enough, grouped by crew with totals", async () => {
    const result = await list({ first: 50 });
    expect(result).toMatchObject({ minBalance: "500.00", minPeriodsOwed: 2 });
    expect(result.crews).toEqual([
      { crew: { id: toGlobalId("Crew", world.crewNorte), name: "Cuadrilla Norte", leaderName: "Ramón Félix Soto" }, connections: 2, totalBalance: "2300.00" },
      { crew: { id: toGlobalId("Crew", world.crewSur), name: "Cuadrilla Sur", leaderName: "Lucía Armenta" }, connections: 1, totalBalance: "950.00" },
      { crew: null, connections: 1, totalBalance: "700.00" },
    ]);
    expect(result.connections.totalCount).toBe(4);
    expect(result.connections.nodes.map((n: { controlNumber: string }) => n.controlNumber)).toEqual(["100001", "100002", "100005", "100007"]);
    expect(result.connections.nodes[0]).toEqual({
      connectionId: gid("100001"), controlNumber: "100001", holderName: "Titular 100001", address: expect.stringContaining("Calle Benito Juárez"),
      localityName: "Angostura", status: "ACTIVE", balance: "1500.00", periodsOwed: 4, lastPaymentAt: "2026-08-14T18:00:00.000Z",
      crew: { name: "Cuadrilla Norte" }, openLimitationOrder: null,
    });
    expect(result.connections.nodes[1].lastPaymentAt).toBeNull();
  });

  it("should filter by crew and locality, take explicit thresholds, and include limited connections when asked", async () => {
    const sur = await list({ filter: { crewId: toGlobalId("Crew", world.crewSur), includeLimited: true } });
    expect(sur.crews).toEqual([{ crew: expect.objectContaining({ name: "Cuadrilla Sur" }), connections: 2, totalBalance: "3950.00" }]);
    expect(sur.connections.nodes.map((n: { controlNumber: string; status: string }) => [n.controlNumber, n.status])).toEqual([["100006", "LIMITED"], ["100005", "ACTIVE"]]);

    const lower = await list({ filter: { localityId: toGlobalId("Locality", world.localityA), minBalance: "100", minPeriodsOwed: 1 } });
    expect(lower).toMatchObject({ minBalance: "100.00", minPeriodsOwed: 1 });
    expect(lower.connections.nodes.map((n: { controlNumber: string }) => n.controlNumber)).toEqual(["100001", "100002", "100003"]);
  });

  it("should follow the configured thresholds when the settings change", async () => {
    await database.db.setting.upsert({ where: { key: "delinquencyMinPeriods" }, create: { key: "delinquencyMinPeriods", value: 1 }, update: { value: 1 } });
    const result = await list();
    expect(result.minPeriodsOwed).toBe(1);
    expect(result.connections.totalCount).toBe(5); // 100004 owes one period only
    await database.db.setting.update({ where: { key: "delinquencyMinPeriods" }, data: { value: 2 } });
  });

  it("should page through the crews' rows without skipping or repeating any", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { connections: { nodes: { controlNumber: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await list({ first: 1, after, filter: { minBalance: "0", minPeriodsOwed: 0, includeLimited: true } });
      seen.push(...page.connections.nodes.map((n) => n.controlNumber));
      after = page.connections.pageInfo.hasNextPage ? page.connections.pageInfo.endCursor : null;
    } while (after);
    // by crew (Norte, Sur, none), then the largest debt first
    expect(seen).toEqual(["100001", "100002", "100003", "100006", "100004", "100005", "100007"]);
  });

  it("should refuse bad thresholds naming the field", async () => {
    const result = await run(app, LIST, { filter: { minPeriodsOwed: -1 } }, callers.HEAD.token);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "minPeriodsOwed" } });
  });

  it("should issue one limitation order per connection for the crew, with history and audit, skipping and reporting the limited", async () => {
    const auditBefore = await database.db.auditEntry.count();
    const result = await run(app, ISSUE, { input: { crewId: toGlobalId("Crew", world.crewNorte), connectionIds: [gid("100001"), gid("100002"), gid("100006")] } }, callers.COLLECTIONS.token);
    expect(result.errors).toBeUndefined();
    const payload = result.data.issueLimitationOrders;
    expect(payload.userErrors).toEqual([]);
    expect(payload.orders).toEqual([
      // five business days after Monday 30 November: Monday 7 December, same hour
      { folio: "OL-2026-000001", type: "SERVICE_LIMITATION", status: "ISSUED", dueAt: "2026-12-07T17:00:00.000Z", crew: { name: "Cuadrilla Norte" }, connection: { controlNumber: "100001" } },
      { folio: "OL-2026-000002", type: "SERVICE_LIMITATION", status: "ISSUED", dueAt: "2026-12-07T17:00:00.000Z", crew: { name: "Cuadrilla Norte" }, connection: { controlNumber: "100002" } },
    ]);
    expect(payload.skipped).toEqual([{ controlNumber: "100006", reason: "ALREADY_LIMITED", message: "Toma 100006: ya está limitada" }]);
    const history = await database.db.historyEvent.findMany({ where: { connectionId: world.connections["100001"] } });
    expect(history.map((h) => [h.type, h.summary])).toEqual([["WORK_ORDER_ISSUED", "Orden OL-2026-000001 emitida"]]);
    expect(await database.db.auditEntry.count()).toBe(auditBefore + 2);
    const order = await database.db.workOrder.findFirstOrThrow({ where: { folio: "OL-2026-000001" } });
    expect(order).toMatchObject({ department: "COLLECTIONS", crewId: world.crewNorte, assigneeId: null });
  });

  it("should skip connections with an open limitation order, and show the order on the list and the crew's sheet", async () => {
    const again = await run(app, ISSUE, { input: { crewId: toGlobalId("Crew", world.crewNorte), connectionIds: [gid("100002")] } }, callers.COLLECTIONS.token);
    expect(again.data.issueLimitationOrders).toMatchObject({
      orders: [],
      skipped: [{ controlNumber: "100002", reason: "OPEN_LIMITATION_ORDER", message: "Toma 100002: ya tiene una orden de limitación abierta (OL-2026-000002)" }],
    });
    const result = await list({ filter: { crewId: toGlobalId("Crew", world.crewNorte) } });
    expect(result.connections.nodes.map((n: { openLimitationOrder: { folio: string } | null }) => n.openLimitationOrder?.folio)).toEqual(["OL-2026-000001", "OL-2026-000002"]);
    const sheet = await run(app, CREW_ORDERS, { crewId: toGlobalId("Crew", world.crewNorte) }, callers.COLLECTIONS.token);
    expect(sheet.data.crewLimitationOrders).toEqual({
      totalCount: 2,
      nodes: [{ folio: "OL-2026-000001", connection: { controlNumber: "100001", balance: "1500.00" } }, { folio: "OL-2026-000002", connection: { controlNumber: "100002", balance: "800.00" } }],
    });
  });

  it("should change nothing when a connection or the crew is unknown", async () => {
    const before = await database.db.workOrder.count();
    const unknown = await run(app, ISSUE, { input: { crewId: toGlobalId("Crew", world.crewSur), connectionIds: [gid("100005"), toGlobalId("ServiceConnection", 999_999)] } }, callers.COLLECTIONS.token);
    expect(unknown.data.issueLimitationOrders.userErrors).toEqual([{ field: "connectionIds", message: "Alguna toma no existe o no está a su alcance", code: "BAD_USER_INPUT" }]);
    const noCrew = await run(app, ISSUE, { input: { crewId: toGlobalId("Crew", 999_999), connectionIds: [gid("100005")] } }, callers.COLLECTIONS.token);
    expect(noCrew.data.issueLimitationOrders.userErrors).toEqual([{ field: null, message: "La cuadrilla no existe o no está a su alcance", code: "NOT_FOUND" }]);
    const empty = await run(app, ISSUE, { input: { crewId: toGlobalId("Crew", world.crewSur), connectionIds: [] } }, callers.COLLECTIONS.token);
    expect(empty.data.issueLimitationOrders.userErrors).toEqual([{ field: "connectionIds", message: "Seleccione al menos una toma", code: "BAD_USER_INPUT" }]);
    expect(await database.db.workOrder.count()).toBe(before);
  });

  it.runIf(name === "PostgreSQL")("should issue one order only when two batches for the same connection run at once", async () => {
    const input = { crewId: toGlobalId("Crew", world.crewSur), connectionIds: [gid("100005")] };
    const [a, b] = await Promise.all([run(app, ISSUE, { input }, callers.COLLECTIONS.token), run(app, ISSUE, { input }, callers.COLLECTIONS.token)]);
    const issued = [a, b].flatMap((r) => r.data.issueLimitationOrders.orders);
    const skipped = [a, b].flatMap((r) => r.data.issueLimitationOrders.skipped.map((s: { reason: string }) => s.reason));
    expect(issued).toHaveLength(1);
    expect(skipped).toEqual(["OPEN_LIMITATION_ORDER"]);
  });
});
