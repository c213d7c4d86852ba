// The contract on ids and pages (issue 11), over the API: ids are global and node(id) fetches them back through the
// same row rules; raw database ids are refused naming the argument; lists sorted by time page on (time, id).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { toGlobalId, tryFromGlobalId } from "../../server/src/shared/global-id.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, errorCodes, run, type GraphQLResult } from "../support/api.ts";
import { createConnection, createLocality } from "../support/factories.ts";

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let connectionId: number;
let localityId: number;

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  localityId = (await createLocality(database.db, "Estación Capomos")).id;
  connectionId = (await createConnection(database.db, { holderName: "Lidia Sauceda Ruiz", localityId })).id;
  // entered out of order (the later rows are older): the timeline must follow the instant, not the insertion
  const at = (day: number) => new Date(Date.UTC(2026, 9, day, 17));
  for (const [n, day] of [[1, 20], [2, 5], [3, 12], [4, 12], [5, 12], [6, 28], [7, 1]] as const) {
    await database.db.historyEvent.create({ data: { connectionId, type: "NOTE", summary: `evento ${n}`, occurredAt: at(day) } });
  }
  let balance = 0;
  for (const [n, day] of [[1, 3], [2, 3], [3, 1], [4, 9]] as const) {
    balance += 100;
    await database.db.ledgerEntry.create({ data: { connectionId, kind: "CHARGE", period: "2026-10", amount: "100.00", balanceAfter: String(balance), description: `cargo ${n}`, postedAt: at(day) } });
  }
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const HISTORY = `query($id: ID!, $after: String) { node(id: $id) { ... on ServiceConnection { history(first: 3, after: $after) { nodes { id summary occurredAt } pageInfo { hasNextPage endCursor } } } } }`;
const LEDGER = `query($id: ID!, $after: String) { node(id: $id) { ... on ServiceConnection { ledger(first: 3, after: $after) { nodes { id description } pageInfo { hasNextPage endCursor } } } } }`;

async function allPages(query: string, field: "history" | "ledger", label: "summary" | "description") {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 10; guard++) {
    const result: GraphQLResult = await run(app, query, { id: toGlobalId("ServiceConnection", connectionId), after }, callers.AUDITOR.token);
    expect(result.errors).toBeUndefined();
    const page: { nodes: Record<string, string>[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = result.data.node[field];
    seen.push(...page.nodes.map((n) => n[label]));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return seen;
}

describe("global ids", () => {
  it("should show global ids that node(id) fetches back for staff, localities, history and audit entries", async () => {
    const staff = (await run(app, "{ staffMembers(first: 1) { nodes { id username } } }", {}, callers.ADMIN.token)).data.staffMembers.nodes[0];
    expect(tryFromGlobalId(staff.id)?.type).toBe("Staff");
    expect((await run(app, `query($id: ID!) { node(id: $id) { id ... on Staff { username } } }`, { id: staff.id }, callers.ADMIN.token)).data.node).toEqual(staff);

    const locality = (await run(app, "{ localities { id name } }", {}, callers.FRONT_DESK.token)).data.localities.find((l: { name: string }) => l.name === "Estación Capomos");
    expect(locality.id).toBe(toGlobalId("Locality", localityId));
    expect((await run(app, `query($id: ID!) { node(id: $id) { ... on Locality { name } } }`, { id: locality.id }, callers.VERIFIER.token)).data.node).toEqual({ name: "Estación Capomos" });

    await run(app, `mutation($i: LocalityInput!) { saveLocality(input: $i) { userErrors { message } } }`, { i: { id: locality.id, name: "Estación Capomos" } }, callers.ADMIN.token);
    const entry = (await run(app, `{ auditEntries(first: 1, filter: { action: "locality.update" }) { nodes { id entityType entityId } } }`, {}, callers.AUDITOR.token)).data.auditEntries.nodes[0];
    expect(entry).toMatchObject({ entityType: "Locality", entityId: locality.id });
    expect(tryFromGlobalId(entry.id)?.type).toBe("AuditEntry");
    const byEntity = await run(app, `query($e: String) { auditEntries(first: 5, filter: { entityId: $e }) { nodes { id } } }`, { e: locality.id }, callers.AUDITOR.token);
    expect(byEntity.data.auditEntries.nodes).toEqual([{ id: entry.id }]);
    expect((await run(app, `query($id: ID!) { node(id: $id) { ... on AuditEntry { action } } }`, { id: entry.id }, callers.AUDITOR.token)).data.node).toEqual({ action: "locality.update" });
  });

  it("should answer null from node(id) to a role that may not read the type", async () => {
    const entry = (await run(app, `{ auditEntries(first: 1) { nodes { id } } }`, {}, callers.AUDITOR.token)).data.auditEntries.nodes[0];
    const asFrontDesk = await run(app, `query($id: ID!) { node(id: $id) { id } }`, { id: entry.id }, callers.FRONT_DESK.token);
    expect(asFrontDesk.data.node).toBeNull();
    const [event] = (await run(app, HISTORY, { id: toGlobalId("ServiceConnection", connectionId) }, callers.AUDITOR.token)).data.node.history.nodes;
    expect(tryFromGlobalId(event.id)?.type).toBe("HistoryEvent");
    expect((await run(app, `query($id: ID!) { node(id: $id) { id } }`, { id: event.id }, callers.IT.token)).data.node).toBeNull();
    expect((await run(app, `query($id: ID!) { node(id: $id) { id } }`, { id: event.id }, callers.AUDITOR.token)).data.node).toEqual({ id: event.id });
  });

  it("should refuse a raw database id naming the argument, and change nothing", async () => {
    const filtered = await run(app, `query($l: ID) { serviceConnections(first: 1, filter: { localityId: $l }) { totalCount } }`, { l: String(localityId) }, callers.FRONT_DESK.token);
    expect(errorCodes(filtered)).toEqual(["BAD_USER_INPUT"]);
    expect(JSON.stringify(filtered.errors)).toContain("filter.localityId");
    const wrongType = await run(app, `query($l: ID) { serviceConnections(first: 1, filter: { localityId: $l }) { totalCount } }`, { l: toGlobalId("Staff", localityId) }, callers.FRONT_DESK.token);
    expect(errorCodes(wrongType)).toEqual(["BAD_USER_INPUT"]);
    const renamed = await run(app, `mutation($i: LocalityInput!) { saveLocality(input: $i) { locality { name } userErrors { field code } } }`, { i: { id: String(localityId), name: "Otra" } }, callers.ADMIN.token);
    expect(renamed.data?.saveLocality ?? null).toBeNull();
    expect(errorCodes(renamed)).toEqual(["BAD_USER_INPUT"]);
    expect((renamed.errors?.[0]?.extensions as { field?: string } | undefined)?.field).toBe("input.id");
    expect((await database.db.locality.findUniqueOrThrow({ where: { id: localityId } })).name).toBe("Estación Capomos");
  });
});

describe("lists sorted by time", () => {
  it("should page a connection's history newest first by when it happened, ties by id, none skipped or repeated", async () => {
    // day 28, 20, then the three of day 12 newest id first, 5, 1
    expect(await allPages(HISTORY, "history", "summary")).toEqual(["evento 6", "evento 1", "evento 5", "evento 4", "evento 3", "evento 2", "evento 7"]);
  });

  it("should page a connection's account newest first by when it was posted", async () => {
    expect(await allPages(LEDGER, "ledger", "description")).toEqual(["cargo 4", "cargo 2", "cargo 1", "cargo 3"]);
  });
});
