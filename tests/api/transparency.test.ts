// Workflow 6 through the API: the months with their legal due day (the 20th), frozen versions sealed with SHA-256,
// delivery recorded once, and a delivered report that never changes (not even with direct SQL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, errorCodes, run } from "../support/api.ts";
import { buildOctoberDataset, OCTOBER_FIGURES } from "../support/transparency-dataset.ts";
import { snapshotDigest } from "../../server/src/modules/transparency/transparency.service.ts";

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
// Tuesday 10 November 2026, 11:00 in Sinaloa
const NOW = new Date("2026-11-10T18:00:00Z");

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db, { now: () => NOW });
  callers = await callersByRole(database.db);
  await database.db.session.updateMany({ data: { expiresAt: new Date("2030-01-01T00:00:00Z") } });
  await buildOctoberDataset(database.db);
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const FIGURES = `complaintsFiled complaintsByCategory { key count } complaintsByChannel { key count } complaintsByStatus { key count }
  complaintsResolved resolutionMedianHours resolutionP90Hours workOrdersByType { type issued completed overdue }
  verificationsByOutcome { key count } discounts { decision count amount } reconnectionsCompleted
  reconnectionMedianHoursAfterPayment reconnectionP90HoursAfterPayment leakReportsFiled leakReportsAttended leakReportsWithinTarget`;
const REPORT = `id year month version generatedAt sha256 deliveredAt deliveredBy { username } generatedBy { username } availableActions figures { ${FIGURES} }`;
const GENERATE = `mutation($input: GenerateTransparencyReportInput!) { generateTransparencyReport(input: $input) { report { ${REPORT} } userErrors { field message code } } }`;
const DELIVER = `mutation($input: MarkTransparencyReportDeliveredInput!) { markTransparencyReportDelivered(input: $input) { report { ${REPORT} } userErrors { field message code } } }`;
const MONTHS = `{ transparencyMonths(count: 3) { year month dueOn delivered availableActions deadline { dueOn daysLeft businessDaysLeft overdue } reports { version } } }`;

describe("transparency reports", () => {
  let first: { id: string; sha256: string; generatedAt: string };

  it("should show each ended month with the days left to the 20th of the next, in calendar and business days", async () => {
    const result = await run(app, MONTHS, {}, callers.IT.token);
    expect(result.errors).toBeUndefined();
    // October is due Friday 20 November: 10 days, 7 business days (16 November is Revolution Day)
    expect(result.data.transparencyMonths[0]).toEqual({
      year: 2026, month: 10, dueOn: "2026-11-20", delivered: false, availableActions: ["generate"], reports: [],
      deadline: { dueOn: "2026-11-20", daysLeft: 10, businessDaysLeft: 7, overdue: false },
    });
    // September was due 20 October: 21 days ago
    expect(result.data.transparencyMonths[1]).toMatchObject({ month: 9, deadline: { daysLeft: -21, overdue: true } });
  });

  it("should compute the live figures of a month", async () => {
    const result = await run(app, `{ transparencyReport(year: 2026, month: 10) { ${FIGURES} } }`, {}, callers.AUDITOR.token);
    expect(result.data.transparencyReport).toEqual(OCTOBER_FIGURES);
  });

  it("should freeze the figures as version 1, sealed with the SHA-256 of their canonical JSON", async () => {
    const result = await run(app, GENERATE, { input: { year: 2026, month: 10 } }, callers.IT.token);
    const { report, userErrors } = result.data.generateTransparencyReport;
    expect(userErrors).toEqual([]);
    expect(report).toMatchObject({ year: 2026, month: 10, version: 1, generatedAt: NOW.toISOString(), deliveredAt: null, availableActions: ["deliver"], figures: OCTOBER_FIGURES });
    const row = await database.db.transparencyReport.findFirstOrThrow({ where: { version: 1 } });
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.sha256).toBe(snapshotDigest(row));
    first = report;
  });

  it("should refuse to generate a month that has not ended", async () => {
    const result = await run(app, GENERATE, { input: { year: 2026, month: 11 } }, callers.HEAD.token);
    expect(result.data.generateTransparencyReport.userErrors).toEqual([
      { field: "month", message: "noviembre de 2026 aún no termina: su informe se genera a partir del día 1 siguiente", code: "BAD_USER_INPUT" },
    ]);
  });

  it("should keep version 1 as it was when a regeneration makes version 2, and deliver only the latest", async () => {
    await database.db.complaint.create({ data: { folio: "Q-T-TARDE", kind: "COMPLAINT", category: "OTHER", channel: "PHONE", description: "x", reporterName: "x", locationText: "x", createdAt: new Date("2026-10-20T16:00:00Z") } });
    const second = (await run(app, GENERATE, { input: { year: 2026, month: 10 } }, callers.HEAD.token)).data.generateTransparencyReport.report;
    expect(second).toMatchObject({ version: 2, figures: { complaintsFiled: 5 }, generatedBy: { username: expect.stringMatching(/^head_/) } });
    const old = await run(app, `query($id: ID!) { node(id: $id) { ... on TransparencyReport { ${REPORT} } } }`, { id: first.id }, callers.MANAGER.token);
    expect(old.data.node).toMatchObject({ version: 1, sha256: first.sha256, availableActions: [], figures: { complaintsFiled: 4 } });

    const superseded = await run(app, DELIVER, { input: { id: first.id } }, callers.IT.token);
    expect(superseded.data.markTransparencyReportDelivered.userErrors).toEqual([{ field: null, message: "La versión 1 fue sustituida por la 2: entregue la más reciente", code: "CONFLICT" }]);
    const delivered = await run(app, DELIVER, { input: { id: second.id } }, callers.IT.token);
    expect(delivered.data.markTransparencyReportDelivered.report).toMatchObject({ version: 2, deliveredAt: NOW.toISOString(), deliveredBy: { username: expect.stringMatching(/^it_/) }, availableActions: [] });
    const again = await run(app, DELIVER, { input: { id: second.id } }, callers.IT.token);
    expect(again.data.markTransparencyReportDelivered.userErrors[0].code).toBe("CONFLICT");

    const months = await run(app, MONTHS, {}, callers.IT.token);
    expect(months.data.transparencyMonths[0]).toMatchObject({ delivered: true, reports: [{ version: 2 }, { version: 1 }] });
    const audit = await database.db.auditEntry.findMany({ where: { entityType: "TransparencyReport" }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["transparencyReport.generate", "transparencyReport.generate", "transparencyReport.deliver"]);
  });

  it("should refuse any change to a delivered report, even with direct SQL", async () => {
    const row = await database.db.transparencyReport.findFirstOrThrow({ where: { version: 2 } });
    await expect(database.db.$executeRawUnsafe(`UPDATE "TransparencyReport" SET figures = '{}' WHERE id = ${row.id}`)).rejects.toThrow(/frozen/);
    await expect(database.db.$executeRawUnsafe(`UPDATE "TransparencyReport" SET "deliveredAt" = now() WHERE id = ${row.id}`)).rejects.toThrow(/frozen/);
    await expect(database.db.$executeRawUnsafe(`DELETE FROM "TransparencyReport" WHERE id = ${row.id}`)).rejects.toThrow(/frozen/);
    const undelivered = await database.db.transparencyReport.findFirstOrThrow({ where: { version: 1 } });
    await expect(database.db.$executeRawUnsafe(`UPDATE "TransparencyReport" SET sha256 = 'x' WHERE id = ${undelivered.id}`)).rejects.toThrow(/frozen/);
  });

  it("should let IT and HEAD generate, only IT deliver, and refuse the auditor", async () => {
    for (const role of ["AUDITOR", "MANAGER", "FRONT_DESK", "ADMIN"] as const) {
      expect(errorCodes(await run(app, GENERATE, { input: { year: 2026, month: 9 } }, callers[role].token)), role).toEqual(["FORBIDDEN"]);
    }
    for (const role of ["AUDITOR", "HEAD"] as const) {
      expect(errorCodes(await run(app, DELIVER, { input: { id: first.id } }, callers[role].token)), role).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await run(app, MONTHS, {}, callers.CASHIER.token))).toEqual(["FORBIDDEN"]);
    const auditorMonths = await run(app, MONTHS, {}, callers.AUDITOR.token);
    expect(auditorMonths.data.transparencyMonths.every((m: { availableActions: string[] }) => m.availableActions.length === 0)).toBe(true);
  });
});
