// Partner systems (e.g. the municipal 073 line) file and read complaints with scoped API keys.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, errorCodes, run } from "../support/api.ts";
import { createApiClientKey } from "../support/factories.ts";

const FILE = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { complaint { folio channel status } workOrder { folio } userErrors { field code } } }`;
const LIST = `{ complaints(first: 100) { nodes { folio } } }`;
const leak = { kind: "PROBLEM_REPORT", category: "WATER_LEAK", channel: "PARTNER", description: "Fuga en la esquina de Juárez y Morelos", locationText: "Juárez y Morelos, Angostura" };

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe("partner API keys", () => {
  it("should let a complaints:write partner file a leak report by location, and list only its own complaints", async () => {
    const line073 = await createApiClientKey(database.db, ["complaints:write"]);
    const website = await createApiClientKey(database.db, ["complaints:write"]);
    const own = await run(app, FILE, { input: leak }, line073);
    await run(app, FILE, { input: { ...leak, description: "Otra fuga" } }, website);

    expect(own.data.fileComplaint).toMatchObject({ complaint: { channel: "PARTNER", status: "OPEN" }, workOrder: null, userErrors: [] });
    const listed = await run(app, LIST, {}, line073);
    expect(listed.data.complaints.nodes).toEqual([{ folio: own.data.fileComplaint.complaint.folio }]);
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "complaint.file" }, orderBy: { id: "asc" } });
    expect(audit.actorApiClientId).not.toBeNull();
    expect(audit.actorName).toMatch(/^api:/);
  });

  it("should refuse a partner without complaints:write", async () => {
    const readOnly = await createApiClientKey(database.db, ["connections:read"]);
    expect(errorCodes(await run(app, FILE, { input: leak }, readOnly))).toEqual(["FORBIDDEN"]);
  });

  it("should refuse a partner the work orders and the audit log", async () => {
    const key = await createApiClientKey(database.db, ["complaints:write", "connections:read", "billing:read"]);
    expect(errorCodes(await run(app, `{ workOrders { totalCount } }`, {}, key))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await run(app, `{ auditEntries { totalCount } }`, {}, key))).toEqual(["FORBIDDEN"]);
  });

  it("should keep staff complaints out of a partner's list", async () => {
    const staffFiled = await run(app, FILE, { input: { ...leak, connectionId: null, description: "Presencial" } }, callers.FRONT_DESK.token);
    expect(staffFiled.data.fileComplaint.userErrors).toEqual([]);
    const key = await createApiClientKey(database.db, ["complaints:read"]);
    expect((await run(app, LIST, {}, key)).data.complaints.nodes).toEqual([]);
  });
});
