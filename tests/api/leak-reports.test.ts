// Workflow 3: a leak report (at a connection or at a place) goes to the registry's queue, is forwarded to follow-up
// as a LEAK_REPAIR field report, and its result resolves it; reports of the same leak are linked, not duplicated.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { metresBetween } from "../../server/src/modules/complaint/leak-nearby.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, errorCodes, run } from "../support/api.ts";
import { createConnection, createLocality } from "../support/factories.ts";

const FILE = `mutation($i: FileComplaintInput!) {
  fileComplaint(input: $i) {
    complaint { id folio status street latitude longitude locality { name } duplicateOf { folio } resolution }
    workOrder { id }
    nearbyLeakReports { folio }
    userErrors { field code message }
  }
}`;
const NEARBY = `query($p: LeakPlaceInput!) { nearbyLeakReports(place: $p) { folio } }`;
const FORWARD = `mutation($i: ForwardLeakReportInput!) {
  forwardLeakReport(input: $i) { complaint { status } workOrder { id folio type status department observations } userErrors { field code message } }
}`;
const COMPLETE = `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { workOrder { status } userErrors { field code } } }`;
const QUEUE = `query { complaints(first: 50, filter: { status: OPEN, categories: [WATER_LEAK, SEWER_LEAK] }) { nodes { folio availableActions } } }`;

// a corner in Angostura, Sinaloa; 0.0005° of latitude is ~55 m
const CORNER = { latitude: 25.3651, longitude: -108.1623 };

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let locality: { id: number; name: string };

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  locality = await createLocality(database.db, "La Reforma");
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const leakAt = (overrides: Record<string, unknown> = {}) => ({
  kind: "PROBLEM_REPORT",
  category: "WATER_LEAK",
  channel: "PHONE",
  description: "Brota agua en la esquina desde anoche",
  locationText: "Esquina de Hidalgo y Morelos",
  street: "Hidalgo",
  localityId: toGlobalId("Locality", locality.id),
  ...overrides,
});

describe("leak reports", () => {
  it("should file a leak at a place with no connection into the registry's queue, with no order yet", async () => {
    const result = await run(app, FILE, { i: leakAt({ ...CORNER }) }, callers.FRONT_DESK.token);

    const payload = result.data.fileComplaint;
    expect(payload.userErrors).toEqual([]);
    expect(payload.complaint).toMatchObject({ status: "OPEN", street: "Hidalgo", ...CORNER, locality: { name: "La Reforma" }, duplicateOf: null });
    expect(payload.workOrder).toBeNull();
    const queue = (await run(app, QUEUE, {}, callers.REGISTRY.token)).data.complaints.nodes;
    expect(queue).toContainEqual({ folio: payload.complaint.folio, availableActions: ["forward"] });
  });

  // issue 6 §6: a leak with no connection needs a location (text, optionally coordinates); the locality is optional,
  // so a 073 line that knows only "Juárez y Morelos" can still file it (tests/api/partner.test.ts)
  it("should take a leak with no connection and no locality from its location text, and want both coordinates or none", async () => {
    const noLocality = await run(app, FILE, { i: leakAt({ localityId: null }) }, callers.FRONT_DESK.token);
    expect(noLocality.data.fileComplaint.userErrors).toEqual([]);
    expect(noLocality.data.fileComplaint.complaint.status).toBe("OPEN");
    const noPlace = await run(app, FILE, { i: leakAt({ localityId: null, locationText: " " }) }, callers.FRONT_DESK.token);
    expect(noPlace.data.fileComplaint.userErrors).toEqual([expect.objectContaining({ field: "locationText", code: "BAD_USER_INPUT" })]);
    const half = await run(app, FILE, { i: leakAt({ latitude: 25.1 }) }, callers.FRONT_DESK.token);
    expect(half.data.fileComplaint.userErrors).toEqual([expect.objectContaining({ field: "longitude", code: "BAD_USER_INPUT" })]);
  });

  it("should answer with open reports within 100 m or on the same street of the same locality, and not farther ones", async () => {
    const first = (await run(app, FILE, { i: leakAt({ street: "Calle Zaragoza", ...CORNER, latitude: CORNER.latitude + 0.01 }) }, callers.FRONT_DESK.token)).data.fileComplaint.complaint;
    const near = { latitude: CORNER.latitude + 0.01 + 0.0006, longitude: CORNER.longitude };
    expect(metresBetween({ latitude: CORNER.latitude + 0.01, longitude: CORNER.longitude }, near)).toBeLessThan(100);

    const byCoordinates = await run(app, NEARBY, { p: near }, callers.FRONT_DESK.token);
    expect(byCoordinates.data.nearbyLeakReports.map((c: { folio: string }) => c.folio)).toContain(first.folio);
    const byStreet = await run(app, NEARBY, { p: { street: "  calle ZARAGOZA ", localityId: toGlobalId("Locality", locality.id) } }, callers.HEAD.token);
    expect(byStreet.data.nearbyLeakReports.map((c: { folio: string }) => c.folio)).toContain(first.folio);

    const far = { latitude: CORNER.latitude + 0.01 + 0.0015, longitude: CORNER.longitude }; // ~165 m
    const otherTown = await createLocality(database.db);
    expect((await run(app, NEARBY, { p: far }, callers.FRONT_DESK.token)).data.nearbyLeakReports.map((c: { folio: string }) => c.folio)).not.toContain(first.folio);
    expect((await run(app, NEARBY, { p: { street: "Calle Zaragoza", localityId: toGlobalId("Locality", otherTown.id) } }, callers.FRONT_DESK.token)).data.nearbyLeakReports).toEqual([]);

    // filing a second report there answers with the first
    const second = await run(app, FILE, { i: leakAt({ street: "Zaragoza", ...near, locationText: "Frente a la escuela" }) }, callers.FRONT_DESK.token);
    expect(second.data.fileComplaint.nearbyLeakReports.map((c: { folio: string }) => c.folio)).toContain(first.folio);
  });

  it("should file a report linked to the open one of the same leak, closed at once and out of the queue", async () => {
    const original = (await run(app, FILE, { i: leakAt({ street: "Av. Juárez" }) }, callers.FRONT_DESK.token)).data.fileComplaint.complaint;

    const linked = await run(app, FILE, { i: leakAt({ street: "Av. Juárez", duplicateOfId: original.id, reporterName: "Vecina" }) }, callers.FRONT_DESK.token);

    expect(linked.data.fileComplaint.userErrors).toEqual([]);
    expect(linked.data.fileComplaint.complaint).toMatchObject({ status: "CLOSED", duplicateOf: { folio: original.folio } });
    expect(linked.data.fileComplaint.complaint.resolution).toContain(original.folio);
    const queue = (await run(app, QUEUE, {}, callers.REGISTRY.token)).data.complaints.nodes.map((c: { folio: string }) => c.folio);
    expect(queue).toContain(original.folio);
    expect(queue).not.toContain(linked.data.fileComplaint.complaint.folio);

    // a closed or non-leak complaint is not something to link to
    const notOpen = await run(app, FILE, { i: leakAt({ duplicateOfId: linked.data.fileComplaint.complaint.id }) }, callers.FRONT_DESK.token);
    expect(notOpen.data.fileComplaint.userErrors).toEqual([expect.objectContaining({ field: "duplicateOfId", code: "BAD_USER_INPUT" })]);
  });

  it("should forward a report to follow-up as a LEAK_REPAIR, and resolve it with follow-up's result in the connection's history", async () => {
    const connection = await createConnection(database.db, { localityId: locality.id });
    const filed = await run(app, FILE, { i: leakAt({ connectionId: toGlobalId("ServiceConnection", connection.id), category: "SEWER_LEAK", locationText: null, street: null, localityId: null }) }, callers.FRONT_DESK.token);
    const complaint = filed.data.fileComplaint.complaint;
    expect(complaint.street).toBe(connection.street);

    const forwarded = await run(app, FORWARD, { i: { complaintId: complaint.id, instructions: "Llevar desazolvadora" } }, callers.REGISTRY.token);

    const payload = forwarded.data.forwardLeakReport;
    expect(payload.userErrors).toEqual([]);
    expect(payload.complaint.status).toBe("FORWARDED");
    expect(payload.workOrder).toMatchObject({ type: "LEAK_REPAIR", status: "ISSUED", department: "FOLLOW_UP" });
    expect(payload.workOrder.observations).toContain("Llevar desazolvadora");
    const again = await run(app, FORWARD, { i: { complaintId: complaint.id } }, callers.REGISTRY.token);
    expect(again.data.forwardLeakReport.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    expect(await database.db.workOrder.count({ where: { complaintId: await idOfFolio(complaint.folio) } })).toBe(1);

    const done = await run(app, COMPLETE, { i: { workOrderId: payload.workOrder.id, notes: "Se desazolvó el registro" } }, callers.FOLLOW_UP.token);

    expect(done.data.completeWorkOrder).toEqual({ workOrder: { status: "COMPLETED" }, userErrors: [] });
    const row = await database.db.complaint.findUniqueOrThrow({ where: { folio: complaint.folio } });
    expect(row).toMatchObject({ status: "RESOLVED", resolution: "Se desazolvó el registro" });
    const history = await database.db.historyEvent.findMany({ where: { connectionId: connection.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.type)).toEqual(["COMPLAINT_FILED", "WORK_ORDER_ISSUED", "WORK_ORDER_COMPLETED"]);
    expect(history[2]).toMatchObject({ details: { notes: "Se desazolvó el registro" }, actorId: callers.FOLLOW_UP.staffId });
    expect(history[0].summary).toMatch(/^Reporte de problema Q-/);
  });

  it("should forward a report at a place with no connection, and refuse to forward what is not a leak", async () => {
    const leak = (await run(app, FILE, { i: leakAt({ street: "Callejón Sin Nombre" }) }, callers.FRONT_DESK.token)).data.fileComplaint.complaint;
    const forwarded = await run(app, FORWARD, { i: { complaintId: leak.id } }, callers.REGISTRY.token);
    expect(forwarded.data.forwardLeakReport.userErrors).toEqual([]);
    expect(forwarded.data.forwardLeakReport.workOrder.observations).toContain("Esquina de Hidalgo y Morelos");
    const done = await run(app, COMPLETE, { i: { workOrderId: forwarded.data.forwardLeakReport.workOrder.id, notes: "Válvula reparada" } }, callers.FOLLOW_UP.token);
    expect(done.data.completeWorkOrder.userErrors).toEqual([]);

    const billing = (await run(app, FILE, { i: leakAt({ category: "BILLING" }) }, callers.FRONT_DESK.token)).data.fileComplaint.complaint;
    const auditBefore = await database.db.auditEntry.count();
    const refused = await run(app, FORWARD, { i: { complaintId: billing.id } }, callers.REGISTRY.token);
    expect(refused.data.forwardLeakReport.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    expect(await database.db.auditEntry.count()).toBe(auditBefore);
  });

  it.each(["FRONT_DESK", "HEAD", "FOLLOW_UP", "AUDITOR"] as const)("should refuse forwardLeakReport to %s with FORBIDDEN", async (role) => {
    const leak = (await run(app, FILE, { i: leakAt() }, callers.FRONT_DESK.token)).data.fileComplaint.complaint;
    expect(errorCodes(await run(app, FORWARD, { i: { complaintId: leak.id } }, callers[role].token))).toEqual(["FORBIDDEN"]);
    expect((await database.db.complaint.findUniqueOrThrow({ where: { folio: leak.folio } })).status).toBe("OPEN");
  });
});

async function idOfFolio(folio: string) {
  return (await database.db.complaint.findUniqueOrThrow({ where: { folio } })).id;
}
