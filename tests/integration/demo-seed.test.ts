// The demo data follow the same rules as real data: restricted figures stay out of free text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { seedDemo } from "../../server/src/db/seed.ts";

const MONEY_IN_TEXT = /\$\s?\d/;

let database: TestDatabase;
beforeAll(async () => {
  database = await createPostgresDatabase();
  await seedDemo(database.db, { users: 300, now: new Date("2026-11-30T18:00:00Z") });
});
afterAll(async () => database?.drop());

describe("demo seed", () => {
  it("should keep debts in the structured details of history events, never in their summaries", async () => {
    const events = await database.db.historyEvent.findMany({ select: { summary: true, details: true, type: true } });
    expect(events.filter((e) => MONEY_IN_TEXT.test(e.summary)).map((e) => e.summary)).toEqual([]);
    const limitations = events.filter((e) => e.type === "STATUS_CHANGED");
    expect(limitations.length).toBeGreaterThan(0);
    expect(limitations.every((e) => Number((e.details as { amount?: string }).amount) > 0)).toBe(true);
  });

  it("should keep amounts out of work orders' free text too", async () => {
    const orders = await database.db.workOrder.findMany({ select: { observations: true, resultNotes: true } });
    expect(orders.filter((o) => MONEY_IN_TEXT.test(`${o.observations} ${o.resultNotes}`))).toEqual([]);
  });

  it("should give every crew the localities of the connections it works (the crews screen shows them)", async () => {
    const covered = new Set((await database.db.crewLocality.findMany()).map((c) => `${c.crewId}:${c.localityId}`));
    const worked = await database.db.serviceConnection.findMany({ where: { crewId: { not: null } }, distinct: ["crewId", "localityId"], select: { crewId: true, localityId: true } });
    expect(worked.length).toBeGreaterThan(0);
    expect(worked.filter((w) => !covered.has(`${w.crewId}:${w.localityId}`))).toEqual([]);
  });

  it("should leave no leak report with a repair order in the registry's queue of reports to forward", async () => {
    const queued = await database.db.complaint.findMany({ where: { status: "OPEN", category: { in: ["WATER_LEAK", "SEWER_LEAK"] }, workOrders: { some: {} } }, select: { folio: true } });
    expect(queued).toEqual([]);
  });
});
