// Issue 5 §3: each hostile input that answered INTERNAL_SERVER_ERROR (or was silently ignored) is a clear
// BAD_USER_INPUT naming the field, and changes nothing; a search with no usable term finds nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run, type GraphQLResult } from "../support/api.ts";
import { createConnection, createLocality } from "../support/factories.ts";

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let connection: Awaited<ReturnType<typeof createConnection>>;
let orderId: number;

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  const locality = await createLocality(database.db, "Alhuey");
  connection = await createConnection(database.db, { holderName: "José García Núñez", localityId: locality.id });
  await createConnection(database.db, { holderName: "Rosa Elenes Castro", localityId: locality.id });
  orderId = (await database.db.workOrder.create({
    data: { connectionId: connection.id, folio: "OV-2026-900001", type: "VERIFICATION", status: "ASSIGNED", assigneeId: callers.VERIFIER.staffId, dueAt: new Date() },
  })).id;
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const b64 = (text: string) => Buffer.from(text).toString("base64url");

/** the one error of a refused operation: BAD_USER_INPUT naming `field` */
function expectRefused(result: GraphQLResult, field: string) {
  expect(result.errors?.map((e) => ({ code: e.extensions?.code, field: (e.extensions as { field?: string })?.field }))).toEqual([{ code: "BAD_USER_INPUT", field }]);
}

const counts = async () => ({
  complaints: await database.db.complaint.count(),
  loginAttempts: await database.db.loginAttempt.count(),
  audit: await database.db.auditEntry.count(),
});

describe("NUL bytes and ill-formed text", () => {
  it("should refuse a NUL in the login username, naming input.username, and record nothing", async () => {
    const before = await counts();
    const login = `mutation($u: String!) { login(input: { username: $u, password: "x" }) { token userErrors { field } } }`;
    expectRefused(await run(app, login, { u: "front_desk\u0000" }), "input.username");
    expect(await counts()).toEqual(before);
  });

  it("should refuse a NUL written in the document itself (a literal, not a variable)", async () => {
    const result = await run(app, `{ serviceConnection(controlNumber: "1\\u0000") { id } }`, {}, callers.FRONT_DESK.token);
    expectRefused(result, "controlNumber");
  });

  it("should refuse a NUL in a control number, a search filter and a complaint's description", async () => {
    const lookUp = `query($c: String) { serviceConnection(controlNumber: $c) { id } }`;
    expectRefused(await run(app, lookUp, { c: `${connection.controlNumber}\u0000` }, callers.FRONT_DESK.token), "controlNumber");
    const search = `query($q: String) { serviceConnections(filter: { search: $q }) { totalCount } }`;
    expectRefused(await run(app, search, { q: "garcia\u0000" }, callers.FRONT_DESK.token), "filter.search");

    const before = await counts();
    const file = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { complaint { id } userErrors { field } } }`;
    const input = { connectionId: toGlobalId("ServiceConnection", connection.id), kind: "COMPLAINT", category: "BILLING", channel: "IN_PERSON", description: "Cobro\u0000 doble" };
    expectRefused(await run(app, file, { input }, callers.FRONT_DESK.token), "input.description");
    expect(await counts()).toEqual(before);
  });

  it("should refuse a lone surrogate (text that is not Unicode)", async () => {
    const search = `query($q: String) { users(filter: { search: $q }) { totalCount } }`;
    expectRefused(await run(app, search, { q: "garc\uD800ia" }, callers.FRONT_DESK.token), "filter.search");
  });
});

describe("order: access first, then input", () => {
  it("should answer UNAUTHENTICATED to a caller without a session and FORBIDDEN to one without the right, whatever the input", async () => {
    const file = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { userErrors { field } } }`;
    const input = { connectionId: "x", kind: "COMPLAINT", category: "BILLING", channel: "IN_PERSON", description: "Cobro\u0000 doble" };
    expect((await run(app, file, { input }, null)).errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    const search = `query($q: String, $l: ID) { serviceConnections(filter: { search: $q, localityId: $l }) { totalCount } }`;
    expect((await run(app, search, { q: "a\u0000", l: "abc" }, callers.VERIFIER.token)).errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });
});

describe("many invalid values at once", () => {
  it("should refuse more invalid variables than graphql-js reports with BAD_USER_INPUT, not a server error", async () => {
    const save = `mutation($input: TariffInput!) { saveTariff(input: $input) { userErrors { field } } }`;
    const blocks = Array.from({ length: 60 }, () => ({ fromM3: "no es número", pricePerM3: "1" }));
    const result = await run(app, save, { input: { connectionType: "DOMESTIC", validFrom: "2099-01-01", minimumM3: "10", minimumCharge: "100", blocks } }, callers.ADMIN.token);
    expectRefused(result, "input");
  });
});

describe("ids and cursors beyond the id columns", () => {
  it("should refuse node(id) of User:2147483648", async () => {
    expectRefused(await run(app, `query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId("User", 2_147_483_648) }, callers.FRONT_DESK.token), "id");
  });

  it("should refuse localityId 2147483648 and abc instead of ignoring them", async () => {
    const byLocality = `query($l: ID) { serviceConnections(filter: { localityId: $l }) { totalCount } }`;
    expectRefused(await run(app, byLocality, { l: "2147483648" }, callers.FRONT_DESK.token), "filter.localityId");
    expectRefused(await run(app, byLocality, { l: "abc" }, callers.FRONT_DESK.token), "filter.localityId");
    const valid = await run(app, byLocality, { l: toGlobalId("Locality", connection.localityId) }, callers.FRONT_DESK.token);
    expect(valid.data.serviceConnections.totalCount).toBe(2);
  });

  it("should refuse the cursor c:9007199254740991", async () => {
    const page = `query($after: String) { serviceConnections(after: $after) { totalCount } }`;
    expectRefused(await run(app, page, { after: b64("c:9007199254740991") }, callers.FRONT_DESK.token), "after");
  });

  it("should refuse a sorted list's cursor whose value is not of the key's type", async () => {
    const page = `query($after: String) { informationRequests(after: $after) { totalCount } }`;
    expectRefused(await run(app, page, { after: b64(JSON.stringify(["no es fecha", 1])) }, callers.IT.token), "after");
    expectRefused(await run(app, page, { after: b64(JSON.stringify([{ d: "2026-01-01T00:00:00.000Z" }, 2_147_483_648])) }, callers.IT.token), "after");
  });
});

describe("years the calendar is asked about", () => {
  it("should refuse a month of year 1051782553 naming year, instead of failing on the dates", async () => {
    const figures = `query($y: Int!) { transparencyReport(year: $y, month: 11) { complaintsFiled } }`;
    expectRefused(await run(app, figures, { y: 1_051_782_553 }, callers.HEAD.token), "year");
    const month = `query($y: Int!) { transparencyMonth(year: $y, month: 1) { dueOn } }`;
    expectRefused(await run(app, month, { y: -5 }, callers.HEAD.token), "year");
  });
});

describe("decimals bounded by their column", () => {
  it("should refuse excessM3 9999999999.99 (the m³ column holds 99,999,999.99) and leave the order as it was", async () => {
    const complete = `mutation($input: CompleteVerificationInput!) { completeVerification(input: $input) { workOrder { id } userErrors { field code } } }`;
    const input = { workOrderId: toGlobalId("WorkOrder", orderId), outcome: "METER_OVER_REGISTERING", excessM3: "9999999999.99" };
    const result = await run(app, complete, { input }, callers.VERIFIER.token);
    expect(result.data.completeVerification).toEqual({ workOrder: null, userErrors: [{ field: "excessM3", code: "BAD_USER_INPUT" }] });
    expect(await database.db.workOrder.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "ASSIGNED", excessM3: null });
  });

  it("should refuse a tariff block's m³ beyond its column, naming the block's field", async () => {
    const save = `mutation($input: TariffInput!) { saveTariff(input: $input) { userErrors { field code } } }`;
    const blocks = [{ fromM3: "10", toM3: "9999999999", pricePerM3: "1" }, { fromM3: "9999999999", pricePerM3: "1" }];
    const result = await run(app, save, { input: { connectionType: "DOMESTIC", validFrom: "2099-01-01", minimumM3: "10", minimumCharge: "100", blocks } }, callers.ADMIN.token);
    expect(result.data.saveTariff.userErrors[0]).toEqual({ field: "blocks.0.toM3", code: "BAD_USER_INPUT" });
    expect(await database.db.tariff.count({ where: { validFrom: new Date("2099-01-01") } })).toBe(0);
  });
});

describe("searches with no usable term", () => {
  const search = `query($q: String) { serviceConnections(filter: { search: $q }) { totalCount } users(filter: { search: $q }) { totalCount } }`;

  it.each(["%", "_", "\\", "%_\\%", "😀", "💧🚰"])("should find nothing for %j", async (q) => {
    const result = await run(app, search, { q }, callers.FRONT_DESK.token);
    expect(result.data).toEqual({ serviceConnections: { totalCount: 0 }, users: { totalCount: 0 } });
  });

  it("should read full-width letters as the plain ones", async () => {
    const result = await run(app, search, { q: "ＧＡＲＣＩＡ" }, callers.FRONT_DESK.token);
    expect(result.data).toEqual({ serviceConnections: { totalCount: 1 }, users: { totalCount: 1 } });
  });

  it("should take % and _ literally in the staff search", async () => {
    const staff = `query($q: String) { staffMembers(filter: { search: $q }) { totalCount } }`;
    expect((await run(app, staff, { q: "%" }, callers.ADMIN.token)).data.staffMembers.totalCount).toBe(0);
    expect((await run(app, staff, { q: "front%desk" }, callers.ADMIN.token)).data.staffMembers.totalCount).toBe(0);
    expect((await run(app, staff, { q: "ＦＲＯＮＴ＿ＤＥＳＫ" }, callers.ADMIN.token)).data.staffMembers.totalCount).toBe(1);
  });
});
