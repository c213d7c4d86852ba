// Folio tracking for citizens (issue 11 §6): status and dates of a complaint and its orders, for the folio with its
// control number or filing phone; a wrong pair answers exactly like an unknown folio; limited per client address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, type GraphQLResult } from "../support/api.ts";
import { createApiClientKey, createConnection, createLocality } from "../support/factories.ts";
import { FOLIO_LOOKUPS_PER_MINUTE_PER_PARTNER } from "../../server/src/modules/folio-tracking/folio-tracking.service.ts";

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let address = 0;

const TRACK = `query($input: TrackFolioInput!) { trackFolio(input: $input) {
  folio kind category status createdAt resolvedAt localityName orders { folio type status issuedAt dueAt completedAt } } }`;

/** One look-up from its own client address (the limit is per address), as `token`'s caller or anonymous. */
async function track(input: Record<string, unknown>, token: string | null = null, from = `198.51.100.${++address}`): Promise<GraphQLResult> {
  const response = await app.execute(TRACK, { input }, token, from);
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as GraphQLResult;
}

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  const locality = await createLocality(database.db, "Gato de Lara");
  const connection = await createConnection(database.db, { controlNumber: "301001", holderName: "Marisol Quintero Leyva", localityId: locality.id, balance: "1533.90" });
  const complaint = await database.db.complaint.create({
    data: {
      folio: "Q-2026-000901", kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", status: "IN_VERIFICATION", description: "Cobro alto: 1,533.90",
      reporterName: "Marisol Quintero Leyva", reporterPhone: "6671234567", connectionId: connection.id, localityId: locality.id, createdAt: new Date("2026-11-02T16:00:00Z"),
    },
  });
  await database.db.workOrder.create({
    data: { folio: "OV-2026-000902", type: "VERIFICATION", status: "ASSIGNED", complaintId: complaint.id, connectionId: connection.id, observations: "Verificar medidor de Marisol", dueAt: new Date("2026-11-05T23:00:00Z"), issuedAt: new Date("2026-11-02T16:00:00Z") },
  });
  await database.db.complaint.create({
    data: { folio: "Q-2026-000903", kind: "PROBLEM_REPORT", category: "WATER_LEAK", channel: "PHONE", description: "Fuga", reporterName: "Vecino", reporterPhone: "6679876543", locationText: "Juárez y Morelos", localityId: locality.id },
  });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe("folio tracking", () => {
  it("should give status and dates of the complaint and its orders for the folio and its control number", async () => {
    const result = await track({ folio: "q-2026-000901", controlNumber: "301001" });
    expect(result.errors).toBeUndefined();
    expect(result.data.trackFolio).toEqual({
      folio: "Q-2026-000901", kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", status: "IN_VERIFICATION", createdAt: "2026-11-02T16:00:00.000Z", resolvedAt: null, localityName: "Gato de Lara",
      orders: [{ folio: "OV-2026-000902", type: "VERIFICATION", status: "ASSIGNED", issuedAt: "2026-11-02T16:00:00.000Z", dueAt: "2026-11-05T23:00:00.000Z", completedAt: null }],
    });
  });

  it("should never show names, addresses, amounts or descriptions", async () => {
    const text = JSON.stringify((await track({ folio: "Q-2026-000901", phone: "(667) 123 4567" })).data);
    expect(text).toContain("Q-2026-000901");
    expect(text).not.toMatch(/Marisol|Quintero|1,?533|Cobro|Verificar|Calle|6671234567/);
  });

  it("should accept the filing phone as written in any usual way, for a report without a connection", async () => {
    expect((await track({ folio: "Q-2026-000903", phone: "667 987 6543" })).data.trackFolio).toMatchObject({ folio: "Q-2026-000903", status: "OPEN", localityName: "Gato de Lara", orders: [] });
  });

  it("should answer a wrong pair exactly as an unknown folio", async () => {
    const unknown = await track({ folio: "Q-2026-999999", controlNumber: "301001" });
    const wrongNumber = await track({ folio: "Q-2026-000901", controlNumber: "301002" });
    const wrongPhone = await track({ folio: "Q-2026-000901", phone: "6679876543" });
    const otherComplaintsNumber = await track({ folio: "Q-2026-000903", controlNumber: "301001" });
    const noProof = await track({ folio: "Q-2026-000901" });
    for (const answer of [wrongNumber, wrongPhone, otherComplaintsNumber, noProof]) expect(answer).toEqual(unknown);
    expect(unknown).toEqual({ data: { trackFolio: null } });
  });

  it("should answer anonymous callers, staff and partners alike", async () => {
    const partner = await createApiClientKey(database.db, ["connections:read"]);
    for (const token of [null, callers.VERIFIER.token, callers.AUDITOR.token, partner]) {
      expect((await track({ folio: "Q-2026-000901", controlNumber: "301001" }, token)).data.trackFolio.folio).toBe("Q-2026-000901");
    }
  });

  it("should limit look-ups per client address, then answer RATE_LIMITED without looking", async () => {
    const from = "203.0.113.77";
    for (let i = 0; i < 10; i++) expect((await track({ folio: `Q-2026-00${1000 + i}`, controlNumber: "301001" }, null, from)).data.trackFolio).toBeNull();
    const limited = await track({ folio: "Q-2026-000901", controlNumber: "301001" }, null, from);
    expect(limited.errors?.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
    expect(limited.data?.trackFolio ?? null).toBeNull();
    expect((await track({ folio: "Q-2026-000901", controlNumber: "301001" })).data.trackFolio.folio).toBe("Q-2026-000901");
  });

  it("should limit a partner's key on its own, not per address (the website asks for many visitors from one address)", async () => {
    const website = await createApiClientKey(database.db, ["connections:read"]);
    const from = "203.0.113.78";
    for (let i = 0; i < 12; i++) expect((await track({ folio: "Q-2026-000901", controlNumber: "301001" }, website, from)).data.trackFolio.folio).toBe("Q-2026-000901");
    // the same address without the key is still a citizen's: 10 a minute
    for (let i = 0; i < 10; i++) await track({ folio: "Q-2026-000901", controlNumber: "301001" }, null, from);
    expect((await track({ folio: "Q-2026-000901", controlNumber: "301001" }, null, from)).errors?.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
    // the key's own bucket: its minute's allowance (and what it earns back while the test runs), then RATE_LIMITED
    let answered = 12;
    while (answered < FOLIO_LOOKUPS_PER_MINUTE_PER_PARTNER + 20 && !(await track({ folio: "Q-2026-000901", controlNumber: "301001" }, website, from)).errors) answered++;
    expect(answered).toBeGreaterThanOrEqual(FOLIO_LOOKUPS_PER_MINUTE_PER_PARTNER);
    expect(answered).toBeLessThan(FOLIO_LOOKUPS_PER_MINUTE_PER_PARTNER + 20);
  });

  it("should refuse an overlong folio naming the field", async () => {
    const result = await track({ folio: "Q".repeat(41), controlNumber: "301001" });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result.errors)).toContain("folio");
  });
});
