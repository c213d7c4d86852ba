// The monthly transparency figures against a hand-checked dataset (tests/support/transparency-dataset.ts), on
// PostgreSQL and on the embedded database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { buildOctoberDataset, OCTOBER_FIGURES } from "../support/transparency-dataset.ts";
import { computeFigures, monthWindow } from "../../server/src/modules/transparency/transparency.figures.ts";

const at = (iso: string) => new Date(iso);

describe.each([
  ["PostgreSQL", createPostgresDatabase],
  ["PGlite", createPGliteDatabase],
])("transparency figures on %s", (_name, create) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await create();
    await buildOctoberDataset(database.db);
  });
  afterAll(async () => database?.drop());

  it("should compute every figure of the hand-checked month", async () => {
    expect(await computeFigures(database.db, 2026, 10)).toEqual(OCTOBER_FIGURES);
  });

  // The figures count on different dates and things, as the portal says beside them (review legal-informatica-03):
  // resolved in the month by resolution date vs filed in the month by status; leak reports vs repair orders.
  it("should differ only by definition between resolved complaints and statuses, and between leak reports and repair orders", async () => {
    const f = await computeFigures(database.db, 2026, 10);
    const status = (key: string) => f.complaintsByStatus.find((s) => s.key === key)!.count;
    // 3 resolved in October = 2 filed in October and resolved (RESOLVED + CLOSED) + 1 filed in September
    expect(f.complaintsResolved).toBe(status("RESOLVED") + status("CLOSED") + 1);
    // 2 repair orders completed in October; 1 leak report of October attended (the other order answers q1's verification)
    expect(f.workOrdersByType.find((o) => o.type === "LEAK_REPAIR")!.completed).toBe(2);
    expect(f.leakReportsAttended).toBe(1);
  });

  it("should count nothing in a month without operations", async () => {
    const figures = await computeFigures(database.db, 2026, 8);
    expect(figures.complaintsFiled).toBe(0);
    expect(figures.resolutionMedianHours).toBeNull();
    expect(figures.discounts).toEqual([{ decision: "REQUESTED", count: 0, amount: "0.00" }, { decision: "AUTHORIZED", count: 0, amount: "0.00" }, { decision: "REJECTED", count: 0, amount: "0.00" }]);
  });
});

describe("month window", () => {
  it("should follow the utility's calendar month", () => {
    expect(monthWindow(2026, 10)).toEqual({ from: at("2026-10-01T07:00:00Z"), to: at("2026-11-01T07:00:00Z") });
    expect(monthWindow(2026, 12).to).toEqual(at("2027-01-01T07:00:00Z"));
  });
});
