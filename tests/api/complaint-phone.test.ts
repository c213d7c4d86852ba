// The phone rule (server/src/shared/phone.ts) through the API: what the counter types is what is stored, normalised.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createTestApp, run } from "../support/api.ts";
import { createConnection, createStaff, sessionToken } from "../support/factories.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";

const FILE = `mutation File($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    complaint { id folio }
    userErrors { field message code }
  }
}`;

let database: TestDatabase;
let app: App;
let token: string;
let connectionId: string;

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  token = await sessionToken(database.db, (await createStaff(database.db, ["FRONT_DESK"])).id);
  connectionId = toGlobalId("ServiceConnection", (await createConnection(database.db)).id);
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const leak = (reporterPhone: string | null) => ({
  input: { connectionId, kind: "PROBLEM_REPORT", category: "WATER_LEAK", channel: "PHONE", description: "Fuga en la banqueta frente al domicilio", reporterPhone },
});

describe("fileComplaint's reporterPhone", () => {
  it.each([
    ["(667) 123 4567", "6671234567"],
    ["+52 667 123 4567", "6671234567"],
    ["044 697 123 4567", "6971234567"],
  ])("should store %j as its 10 digits when it is a Mexican number", async (written, stored) => {
    const result = await run(app, FILE, leak(written), token);
    expect(result.data.fileComplaint.userErrors).toEqual([]);
    const folio = result.data.fileComplaint.complaint.folio;
    expect((await database.db.complaint.findUniqueOrThrow({ where: { folio } })).reporterPhone).toBe(stored);
  });

  it("should store no phone when none is given", async () => {
    const result = await run(app, FILE, leak(""), token);
    const folio = result.data.fileComplaint.complaint.folio;
    expect((await database.db.complaint.findUniqueOrThrow({ where: { folio } })).reporterPhone).toBeNull();
  });

  it("should refuse a phone that is not one with a Spanish userError on reporterPhone, and file nothing", async () => {
    const before = await database.db.complaint.count();
    const result = await run(app, FILE, leak("667 123 45"), token);
    expect(result.errors).toBeUndefined();
    expect(result.data.fileComplaint.complaint).toBeNull();
    expect(result.data.fileComplaint.userErrors).toEqual([
      { field: "reporterPhone", code: "BAD_USER_INPUT", message: expect.stringMatching(/^El teléfono de contacto no es un número de teléfono/) },
    ]);
    expect(await database.db.complaint.count()).toBe(before);
  });
});
